import { listPlanSummaries } from '../../core/plans/repository';
import { getPlanDetail } from '../../core/plans/service';
import type { HandlerMap } from './types';

export const planHandlers = {
  'plans.list': (ctx) => listPlanSummaries(ctx.core.sql),
  'plans.get': (ctx, input) => getPlanDetail(ctx.core.sql, input.id),
} satisfies Partial<HandlerMap>;
