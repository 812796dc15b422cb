/** Methods: Search across everything (FTS5 over folded text). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const searchMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
