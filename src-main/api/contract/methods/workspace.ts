/** Methods: Plan workspace (issue: edit plans, grids, derive, history, organisations, settings). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const workspaceMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
