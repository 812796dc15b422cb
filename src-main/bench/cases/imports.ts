/**
 * Import cases: the commit of 10,000 rows through the real commit path into an empty plan
 * (baseline: the same task rows alone, written as the commit writes them, the search text
 * deferred as the commit defers it; core/bench/commit-case.ts) with the longest pause of the main event
 * loop during the commit and during its undo (both written by the commit worker), the
 * verified pre-import backup with the event-loop pause while it runs, and
 * the longest pause of the main event loop while the largest appendix file goes through
 * the app's import path (API dispatch → worker thread, which validates and serialises the
 * answer → the web door's body parts, passed through as the worker's JSON bytes).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch, wireParts } from '../../api/dispatch';
import { Core } from '../../core/core';
import { analyzeFile, type Analysis } from '../../core/imports/analyze';
import { commitImport, orgSnapshots } from '../../core/imports/commit';
import { stopImportWorker } from '../../core/imports/run-worker';
import { undoImport } from '../../core/imports/undo';
import { backupDir, listBackupFiles, sidecarPath } from '../../core/safety/backup-files';
import { backupNow } from '../../core/safety/service';
import { bareTaskInserts, deleteTasksOf, removeCaseWrites, startCommitCase } from '../../core/bench/commit-case';
import type { BenchCase, CaseContext, CaseResult } from '../context';
import { longestPause } from '../measure';

function commitInput(a: Analysis, planId: number) {
  const t = a.tables.find((x) => x.kind === 'tasks');
  if (!t) throw new Error('no task table found in the appendix file');
  const mapping: Record<string, string> = {};
  for (const c of t.columns) if (c.field) mapping[c.field] = c.header;
  return { planId, kind: 'tasks' as const, records: t.rows.map((r) => r.record), file: a.file, source: t.source, mapping };
}

export const importCommitCase: BenchCase = {
  name: 'import commit',
  async run(ctx) {
    // backups: false — the verified pre-import backup is timed on its own row below
    const core = Core.open({ dataDir: ctx.officeDir, seed: false, backups: false });
    // --quick: 1,000 rows, so the quick run stays under a minute
    const file = ctx.quick ? 'tasks-1000-exceljs.xlsx' : 'tasks-10000-exceljs.xlsx';
    const a = await analyzeFile(readFileSync(join(ctx.filesDir, file)), file, { orgs: orgSnapshots(core.sql) });
    const mark = startCommitCase(core);
    const planId = mark.planId;
    const input = commitInput(a, planId);
    let last = 0;
    const samples: number[] = [];
    // the commit and the undo run in the commit worker: the main event loop's longest pause meanwhile
    const commitPauses: number[] = [];
    const undoPauses: number[] = [];
    const runs = ctx.quick ? 3 : 4;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const commitPause = await longestPause(async () => (last = (await commitImport(core, input)).batchId));
      const took = performance.now() - t;
      const undoPause = await longestPause(() => undoImport(core, last));
      if (i === 0) continue; // the first run is the warm-up (the worker starts)
      samples.push(took);
      commitPauses.push(commitPause);
      undoPauses.push(undoPause);
    }
    // the same task rows and nothing else, written as the commit writes them: the bare cost of
    // these rows in this table (its indexes and triggers), nothing the commit does not also pay
    const bare = bareTaskInserts(core, planId, input.records);
    const baselineSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      bare();
      if (i > 0) baselineSamples.push(performance.now() - t);
      deleteTasksOf(core, planId);
    }
    removeCaseWrites(core, mark);
    const backup = await preImportBackup(ctx);
    core.close();
    const rows = input.records.length;
    return [
      { name: `import commit (${rows} rows, new plan)`, samples, baselineSamples, note: 'baseline: the task rows alone, 50 a statement as the commit writes them, one transaction, search indexing deferred as in the commit' },
      { name: `event-loop pause during the commit of ${rows} rows (longest ms)`, samples: commitPauses, note: 'commit worker; before it: the whole commit' },
      { name: `event-loop pause during the undo of ${rows} rows (longest ms)`, samples: undoPauses, note: 'commit worker; before it: the whole undo' },
      ...backup,
    ];
  },
};

/**
 * The verified pre-import backup as the app makes it (backup worker), timed, with the
 * longest pause of the main event loop while it runs. --quick also measures the pause of
 * the same backup on the app's connection (the way before the worker) as the baseline;
 * on the full office that pause is the backup's whole duration (docs/BENCHMARKS.md).
 * The backups made here are removed again: the office is left as it was found.
 */
async function preImportBackup(ctx: CaseContext): Promise<CaseResult[]> {
  const dir = backupDir(ctx.officeDir);
  const before = new Set(listBackupFiles(dir).map((b) => b.name));
  const withBackup = Core.open({ dataDir: ctx.officeDir, seed: false, backups: true });
  try {
    const backupSamples: number[] = [];
    const pauseSamples: number[] = [];
    for (let i = 0; i < (ctx.quick ? 3 : 1); i++) {
      const t = performance.now(); // the first includes the worker's start, as the first backup of a session does
      pauseSamples.push(await longestPause(() => withBackup.backupBefore('import')));
      backupSamples.push(performance.now() - t);
    }
    const onThread = ctx.quick ? [await longestPause(async () => backupNow(withBackup, 'manual'))] : undefined;
    return [
      { name: 'pre-import verified backup (whole office, backup worker)', samples: backupSamples, note: 'VACUUM INTO + integrity_check + sha256, in a worker thread' },
      {
        name: 'event-loop pause during the pre-import backup (longest ms)',
        samples: pauseSamples,
        baselineSamples: onThread,
        note: onThread ? 'baseline: the same backup on the app connection (before the worker)' : 'before the worker: the whole backup',
      },
    ];
  } finally {
    withBackup.close();
    for (const b of listBackupFiles(dir)) {
      if (before.has(b.name)) continue;
      rmSync(b.file, { force: true });
      rmSync(sidecarPath(b.file), { force: true });
    }
  }
}

function largestFile(ctx: CaseContext): string {
  return ctx.quick ? 'tasks-10000-exceljs.xlsx' : 'tasks-50000-exceljs.xlsx';
}

export const eventLoopCase: BenchCase = {
  name: 'event-loop pause',
  async run(ctx) {
    const core = Core.open({ dataDir: ctx.officeDir, seed: false, backups: false });
    const file = largestFile(ctx);
    const dataBase64 = readFileSync(join(ctx.filesDir, file)).toString('base64');
    const apiCtx = { core, door: 'web' as const, version: 'bench' };
    const importOnce = async () => {
      const r = await dispatch(apiCtx, 'imports.analyze', { fileName: file, dataBase64 });
      if (!r.ok) throw new Error(r.error.message);
      // what the web door writes for the window (a worker's raw JSON is passed through as bytes)
      return wireParts(r).reduce((n, p) => n + p.length, 0);
    };
    await importOnce(); // warm-up: the worker starts, modules load
    const samples: number[] = [];
    for (let i = 0; i < (ctx.quick ? 2 : 3); i++) samples.push(await longestPause(importOnce));
    const baselineSamples: number[] = [];
    for (let i = 0; i < 3; i++) baselineSamples.push(await longestPause(() => new Promise((r) => setTimeout(r, 500))));
    stopImportWorker();
    core.close();
    const rows = file.match(/\d+/)![0];
    return [{ name: `event-loop pause (import of ${rows} rows via worker, longest ms)`, samples, baselineSamples, note: 'baseline: the same probe over an idle 500 ms' }];
  },
};
