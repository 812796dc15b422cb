import { searchOrganizations } from '../../core/organizations/service';
import type { HandlerMap } from './types';

export const organizationHandlers = {
  'organizations.list': (ctx, input) => searchOrganizations(ctx.core.sql, input.query ?? ''),
} satisfies Partial<HandlerMap>;
