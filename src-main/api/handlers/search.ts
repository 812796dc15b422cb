/** Handlers for methods/search.ts of the contract. */
import { search } from '../../core/search/service';
import type { HandlerMap } from './types';

export const searchHandlers = {
  'search.query': (ctx, input) => search(ctx.core.sql, input.query, { limit: input.limit, types: input.types }),
} satisfies Partial<HandlerMap>;
