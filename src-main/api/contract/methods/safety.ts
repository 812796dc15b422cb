/** Methods: Data safety (backups, restore, integrity). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const safetyMethods = {} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
