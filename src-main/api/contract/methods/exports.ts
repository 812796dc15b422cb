/** Methods: Report drafts and plans to Word/Excel. Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const exportsMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
