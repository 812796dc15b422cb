/** Methods: Import bridge (xlsx/docx appendix tables: preview, map, commit, undo). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const importsMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
