import { getStats } from '../../core/stats/service';
import type { HandlerMap } from './types';

export const appHandlers = {
  'app.info': (ctx) => ({
    version: ctx.version,
    schemaVersion: ctx.core.schemaVersion,
    dataDir: ctx.core.dataDir,
    door: ctx.door,
  }),
  'stats.get': (ctx) => getStats(ctx.core.sql),
} satisfies Partial<HandlerMap>;
