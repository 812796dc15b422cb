/**
 * Measure (not a test): search and list windows over a database grown to N tasks.
 *   npx tsx scripts/measure-workspace.ts [N=100000]
 * Prints the median of several runs of each operation, in milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { Core } from '../src-main/core/core';
import { listGroups, listTaskWindow } from '../src-main/core/lists/service';
import { listViewStateSchema, type ListViewState } from '../src-main/core/lists/view-state';
import { search } from '../src-main/core/search/service';
import { growTasks } from './lib/grow-tasks';

const N = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'plandesk-measure-'));
const core = Core.open({ dataDir: dir });
let t0 = performance.now();
growTasks(core.db, N);
console.log(`grew to ${N} tasks in ${(performance.now() - t0).toFixed(0)} ms (search triggers included)`);

function median(fn: () => unknown, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
const row = (label: string, ms: number) => console.log(`${label.padEnd(64)} ${ms.toFixed(1).padStart(8)} ms`);
const state = (s: z.input<typeof listViewStateSchema>): ListViewState => listViewStateSchema.parse(s);

for (const q of ['chuyen doi so', 'dao tao', 'giao vien', 'c', 'so gd&dt', 'xay dung co so du lieu nganh giao duc']) {
  row(`search "${q}" (50 hits)`, median(() => search(core.sql, q, { limit: 50 })));
}
const views: Array<[string, ListViewState]> = [
  ['all, plan order', state({})],
  ['all, by deadline', state({ sort: { key: 'deadline', dir: 'asc' } })],
  ['all, by title desc', state({ sort: { key: 'title', dir: 'desc' } })],
  ['all, by status', state({ sort: { key: 'status', dir: 'asc' } })],
  ['status = overdue', state({ filter: { statuses: ['overdue'] } })],
  ['status = not_started', state({ filter: { statuses: ['not_started'] } })],
  ['deadline in 2027', state({ filter: { from: '2027-01-01', to: '2027-12-31' } })],
  ['text "giao vien"', state({ filter: { text: 'giao vien' } })],
  ['lead = org 8', state({ filter: { leadOrgIds: [8] } })],
  ['grouped by department', state({ groupBy: 'department' })],
  ['grouped by plan, by deadline', state({ groupBy: 'plan', sort: { key: 'deadline', dir: 'asc' } })],
];
for (const [label, s] of views) {
  let groups = listGroups(core.sql, 'tasks', s);
  row(`groups+counts: ${label} (${groups.total} rows)`, median(() => (groups = listGroups(core.sql, 'tasks', s)), 5));
  const g = groups.groups[0]?.key ?? 0;
  row(`  window 100 at top`, median(() => listTaskWindow(core.sql, s, g, 0, 100)));
  const deep = Math.max(0, (groups.groups[0]?.count ?? 0) - 200);
  row(`  window 100 at offset ${deep}`, median(() => listTaskWindow(core.sql, s, g, deep, 100)));
}
core.close();
rmSync(dir, { recursive: true, force: true });
