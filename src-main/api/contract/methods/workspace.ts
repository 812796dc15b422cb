/** Methods: Plan workspace (edit plans and documents, appendix grids, derive, history). */
import type { z } from 'zod';
import { gridMethods } from './workspace/grids';
import { historyMethods } from './workspace/history';
import { planEditMethods } from './workspace/plans';

export const workspaceMethods = {
  ...planEditMethods,
  ...gridMethods,
  ...historyMethods,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
