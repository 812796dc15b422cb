/** Core start: open the database, check migrations, first query — against bare better-sqlite3 + SELECT 1. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Core } from '../../core/core';
import { getStats } from '../../core/stats/service';
import type { BenchCase } from '../context';
import { timeRuns } from '../measure';

export const coreStart: BenchCase = {
  name: 'core start',
  async run(ctx) {
    const iterations = ctx.quick ? 10 : 20;
    const baselineSamples = await timeRuns(() => {
      const db = new Database(join(ctx.officeDir, 'plandesk.sqlite'));
      db.prepare('SELECT 1').get();
      db.close();
    }, iterations);
    const samples = await timeRuns(() => {
      const core = Core.open({ dataDir: ctx.officeDir, seed: false });
      getStats(core.sql);
      core.close();
    }, iterations);
    return [{ name: 'core start', samples, baselineSamples, note: 'open + pragmas + migration check + stats query' }];
  },
};
