/**
 * The hot SQL paths use their indexes (EXPLAIN QUERY PLAN of the statements the services
 * really run, captured from Sql): search, the task window with filters and sort, the
 * dashboard's status counts by department for a plan and period, and progress lookups.
 * No timing here: benchmarks measure time (npm run bench); these guard the plans.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { listTaskWindow } from '../../src-main/core/lists/service';
import { listViewStateSchema } from '../../src-main/core/lists/view-state';
import { countsByBody, dashboard, statusCounts } from '../../src-main/core/progress/dashboard';
import { findEntry, listEntriesWithOrg } from '../../src-main/core/progress/repository';
import { planQuery } from '../../src-main/core/search/query';
import { search } from '../../src-main/core/search/service';
import { tempDir } from '../helpers/tmp';

let core: Core;
// no ANALYZE: without statistics SQLite assumes large tables, as in a ten-year office
// (statistics of a seed-sized database would make a scan of a few rows look best)
beforeEach(() => {
  core = Core.open({ dataDir: tempDir(), backups: false });
  const period = core.db.prepare("INSERT INTO reporting_periods (plan_id, kind, label, year, start_date, end_date, due_date, position) VALUES (1, 'year', 'Năm 2026', 2026, '2025-12-15', '2026-12-14', '2026-12-20', 0)").run();
  const dept = (core.db.prepare("SELECT id FROM organizations WHERE kind = 'department' LIMIT 1").get() as { id: number }).id;
  const ins = core.db.prepare("INSERT INTO progress_entries (period_id, task_id, reporter_org_id, status, reported_at) VALUES (?, ?, ?, 'in_progress', '2026-06-10')");
  for (const t of core.db.prepare('SELECT id FROM tasks WHERE plan_id = 1').all() as Array<{ id: number }>) ins.run(period.lastInsertRowid, t.id, dept);
});
afterEach(() => core.close());

/** Run fn and return the query plan of every statement it ran through Sql (all/first). */
function plansOf(fn: () => unknown, only?: RegExp): Array<{ sql: string; parameters: readonly unknown[]; plan: string }> {
  const out: Array<{ sql: string; parameters: readonly unknown[]; plan: string }> = [];
  const sql = core.sql;
  const capture = (q: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
    const c = q.compile();
    if (!only || only.test(c.sql)) {
      const rows = core.db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.parameters) as Array<{ detail: string }>;
      out.push({ sql: c.sql, parameters: c.parameters, plan: rows.map((r) => r.detail).join(' | ') });
    }
  };
  const all = sql.all.bind(sql);
  const first = sql.first.bind(sql);
  sql.all = ((q: never) => (capture(q), all(q))) as typeof sql.all;
  sql.first = ((q: never) => (capture(q), first(q))) as typeof sql.first;
  try {
    fn();
  } finally {
    sql.all = all;
    sql.first = first;
  }
  return out;
}

const periodId = () => (core.db.prepare('SELECT max(id) AS id FROM reporting_periods').get() as { id: number }).id;

describe('query plans of the hot paths', () => {
  it('search: the full-text index answers the MATCH, source rows come by primary key', () => {
    const plans = plansOf(() => search(core.sql, 'chuyen doi so', { limit: 20 }));
    const match = plans.find((p) => /search_index MATCH/.test(p.sql))!;
    expect(match.plan).toMatch(/SCAN search_index VIRTUAL TABLE INDEX \d+:M/);
    const tasks = plans.find((p) => /from "tasks" as "t"/.test(p.sql))!;
    expect(tasks.plan).toMatch(/SEARCH t USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    for (const p of plans) expect(p.plan, p.sql).not.toMatch(/SCAN (t|tasks|targets|documents|progress_entries)\b(?! USING)/);
  });

  it('search, words each in most rows: the side-by-side phrase is only walked in FTS5 rowid order, never counted or ranked', () => {
    // the seed holds "văn phòng" apart in 54 rows, side by side in 34: the cap is lowered to make the words common
    // the phrase as typed, with or without the prefix star (a complete last word is matched whole)
    const phrase = planQuery('văn phòng').phraseMatch!.replace(/\*$/u, '');
    const plans = plansOf(() => search(core.sql, 'văn phòng', { limit: 30, commonAt: 40 }));
    const onPhrase = plans.filter((p) => p.parameters.some((v) => typeof v === 'string' && v.includes(phrase)));
    expect(onPhrase.length).toBeGreaterThan(0);
    for (const p of onPhrase) {
      expect(p.sql).not.toMatch(/bm25|count\(/);
      // FTS5's idxNum: 0x40 = rows come in rowid order, 0x80 = descending; no sorter over the matches
      expect(p.plan).toMatch(/SCAN search_index VIRTUAL TABLE INDEX \d+:M/);
      expect(Number(/INDEX (\d+):/.exec(p.plan)![1]) & 0x40).toBe(0x40);
      expect(p.plan).not.toContain('TEMP B-TREE');
    }
  });

  it('task window: a plan filter with a deadline sort reads the plan index, no table scan', () => {
    const state = listViewStateSchema.parse({ filter: { planIds: [1] }, sort: { key: 'deadline', dir: 'asc' } });
    const plans = plansOf(() => listTaskWindow(core.sql, state, 0, 0, 100), /^select "t"\."id" from "tasks"/);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans[0]!.plan).toMatch(/(SEARCH|SCAN) t USING (COVERING )?INDEX tasks_(plan_position|deadline_end)/);
    expect(plans[0]!.plan).not.toMatch(/SCAN t(?! USING)/);
  });

  it('task window: a text filter goes through the full-text index, not a scan of titles', () => {
    const state = listViewStateSchema.parse({ filter: { text: 'giáo dục' }, sort: { key: 'title', dir: 'asc' } });
    const plans = plansOf(() => listTaskWindow(core.sql, state, 0, 0, 100), /^select "t"\."id" from "tasks"/);
    expect(plans[0]!.plan).toMatch(/search_index VIRTUAL TABLE INDEX/);
    expect(plans[0]!.plan).toMatch(/INDEX tasks_title_folded|INTEGER PRIMARY KEY/);
  });

  it('dashboard: status counts and counts by department for a plan and period use the period indexes', () => {
    const p = periodId();
    const [status] = plansOf(() => statusCounts(core.sql, 1, p), /from "progress_entries"/);
    expect(status!.plan).toMatch(/SEARCH progress_entries USING COVERING INDEX progress_entries_period_status \(period_id=\?\)/);
    const [byBody] = plansOf(() => countsByBody(core.sql, p), /from "progress_entries"/);
    expect(byBody!.plan).toMatch(/SEARCH e USING COVERING INDEX progress_entries_period_reporter_status \(period_id=\?\)/);
    expect(byBody!.plan).toMatch(/SEARCH o USING INTEGER PRIMARY KEY/);
    // the whole page never scans the million-row table
    for (const q of plansOf(() => dashboard(core.sql, 1, p, '2026-12-31'))) {
      expect(q.plan, q.sql).not.toMatch(/SCAN (e|progress_entries)(?! USING)/);
    }
  });

  it('progress lookups: one entry by (period, task, body) and a period list use the entry indexes', () => {
    const p = periodId();
    const task = (core.db.prepare('SELECT task_id FROM progress_entries WHERE period_id = ? LIMIT 1').get(p) as { task_id: number }).task_id;
    const org = (core.db.prepare('SELECT reporter_org_id AS o FROM progress_entries WHERE period_id = ? LIMIT 1').get(p) as { o: number }).o;
    const [one] = plansOf(() => findEntry(core.sql, p, task, null, org));
    expect(one!.plan).toMatch(/SEARCH progress_entries USING INDEX progress_entries_(period_task|one_report|period_reporter_status) \(period_id=\?/);
    const [list] = plansOf(() => listEntriesWithOrg(core.sql, p));
    expect(list!.plan).toMatch(/SEARCH e USING INDEX progress_entries_period_\w+ \(period_id=\?\)/);
  });
});
