/**
 * Core start: open the database, check migrations, first query — against bare
 * better-sqlite3 + SELECT 1. Two rows: the app's doors ('after-open': quick_check in a
 * worker right after open, daily backup later) and the CLI ('on-open': quick_check first).
 */
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
    // today's daily backup exists first, as on every start but the day's first
    const first = Core.open({ dataDir: ctx.officeDir, seed: false });
    first.close();
    const baselineSamples = await timeRuns(() => {
      const db = new Database(join(ctx.officeDir, 'plandesk.sqlite'));
      db.prepare('SELECT 1').get();
      db.close();
    }, iterations);
    const start = (integrityCheck: 'after-open' | 'on-open') => () => {
      const core = Core.open({ dataDir: ctx.officeDir, seed: false, integrityCheck });
      getStats(core.sql);
      core.close();
    };
    const samples = await timeRuns(start('after-open'), iterations);
    const cli = await timeRuns(start('on-open'), ctx.quick ? 5 : 3, 1);
    return [
      { name: 'core start (app: open, migrations, stats; quick_check after open)', samples, baselineSamples, note: 'open + pragmas + migration check + stats query' },
      // the CLI opens 'after-open' too since the backup-worker change: this is restore's and the tests' way
      { name: 'core start (quick_check before open: restore, tests)', samples: cli, baselineSamples, note: 'the same with quick_check on the critical path' },
    ];
  },
};
