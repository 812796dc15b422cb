/** Methods: Progress and reporting (periods, entries, statuses, completeness, dashboard). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const progressMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
