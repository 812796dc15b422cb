/**
 * Which methods wait while a worker thread writes (an import commit or undo, see
 * core/db/write-gate.ts) before they run: every method but the few below that only read.
 * A method missing here waits, which is always safe; a method listed here must never write
 * (lists with a text filter and search index queued search text first, so they wait).
 */
import type { Core } from '../core/core';

export const READ_ONLY_METHODS: ReadonlySet<string> = new Set([
  'app.info',
  'stats.get',
  'plans.list',
  'plans.get',
  'organizations.list',
  'registry.tree',
  'officeSettings.get',
  'views.list',
  'history.list',
  'imports.analyze',
  'imports.preview',
  'imports.suggestPlan',
  'imports.batches',
  'imports.profiles',
  'exports.job',
  'safety.status',
  'safety.location',
  'backups.list',
]);

/** Methods that replace the database file: they wait until no worker connection is open on it. */
const REPLACES_FILE: ReadonlySet<string> = new Set(['backups.restore']);

/** Resolves when the method may run without waiting on SQLite's lock (never a synchronous wait). */
export async function waitForWorkerWrites(core: Core, method: string): Promise<void> {
  if (READ_ONLY_METHODS.has(method)) return;
  if (REPLACES_FILE.has(method)) await core.workerWrites.quiet();
  else await core.workerWrites.idle();
}
