/**
 * EXPLAIN QUERY PLAN guards for the two plans chosen by selectivity: the task list's text
 * filter (an id set for few matches, a walk of the sort index with an FTS seek per row for
 * many) and search's bounded candidate reads (rowid order given by FTS5, no sorter). Both
 * plans of the list must answer the same rows in the same order.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Core } from '../../src-main/core/core';
import { listGroups } from '../../src-main/core/lists/service';
import { taskIdsQuery, textPlanFor, type TextPlan } from '../../src-main/core/lists/task-list';
import { listViewStateSchema, TASK_SORT_KEYS, type ListViewState } from '../../src-main/core/lists/view-state';
import { planQuery } from '../../src-main/core/search/query';
import { countMatchesUpTo, newestMatchesQuery } from '../../src-main/core/search/repository';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();

const view = (s: z.input<typeof listViewStateSchema>): ListViewState => listViewStateSchema.parse(s);
type Compilable = { compile(): { sql: string; parameters: readonly unknown[] } };
function explain(c: Core, q: Compilable): string[] {
  const { sql, parameters } = q.compile();
  return (c.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as Array<{ detail: string }>).map((r) => r.detail);
}
const ftsIndex = (plan: string) => Number(/search_index VIRTUAL TABLE INDEX (\d+):/u.exec(plan)?.[1] ?? -1);
const ids = (c: Core, s: ListViewState, offset: number, limit: number, plan: TextPlan) =>
  (c.sql.all(taskIdsQuery(c.sql, s.filter, s.sort, undefined, offset, limit, plan)) as Array<{ id: number }>).map((r) => r.id);

describe('task list text filter: plan by selectivity', () => {
  it('walks the sort index for a word most tasks hold, keeps the id set otherwise', () => {
    const c = core();
    const common = view({ filter: { text: 'giáo dục' }, sort: { key: 'deadline', dir: 'asc' } });
    expect(textPlanFor(c.sql, common.filter, common.sort, 0, 100)).toBe('walk');
    // a deep window or the status sort (no index holds it) keep the set
    expect(textPlanFor(c.sql, common.filter, common.sort, 900, 100)).toBe('set');
    expect(textPlanFor(c.sql, common.filter, { key: 'status', dir: 'asc' }, 0, 100)).toBe('set');
    const rare = view({ filter: { text: 'Cambridge' }, sort: { key: 'deadline', dir: 'asc' } });
    expect(textPlanFor(c.sql, rare.filter, rare.sort, 0, 100)).toBe('set');
    expect(textPlanFor(c.sql, view({}).filter, common.sort, 0, 100)).toBe('set');
  });

  it('gives the same rows in the same order on both plans, for every sort and direction', () => {
    const c = core();
    for (const key of TASK_SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const s = view({ filter: { text: 'giáo dục' }, sort: { key, dir } });
        for (const [offset, limit] of [[0, 100], [0, 7], [40, 30], [100, 50]] as const) {
          const set = ids(c, s, offset, limit, 'set');
          expect(ids(c, s, offset, limit, 'walk'), `${key} ${dir} ${offset}`).toEqual(set);
          if (offset === 0) expect(set.length).toBe(limit === 100 ? 100 : limit);
        }
      }
    }
  });

  it('walk: the sort index in order, one FTS seek per row, no sorter, no id list', () => {
    const c = core();
    const plans: Array<[ListViewState['sort'], string]> = [
      [{ key: 'deadline', dir: 'asc' }, 'tasks_deadline_end'],
      [{ key: 'deadline', dir: 'desc' }, 'tasks_deadline_end'],
      [{ key: 'title', dir: 'asc' }, 'tasks_title_folded'],
      [{ key: 'plan', dir: 'desc' }, 'tasks_plan_position'],
    ];
    for (const [sort, index] of plans) {
      const s = view({ filter: { text: 'giáo dục' }, sort });
      const plan = explain(c, taskIdsQuery(c.sql, s.filter, s.sort, undefined, 0, 100, 'walk')).join('\n');
      expect(plan).toContain(`SCAN t USING COVERING INDEX ${index}`);
      expect(plan).toMatch(/search_index VIRTUAL TABLE INDEX \d+:=M/u);
      expect(plan).not.toContain('TEMP B-TREE');
      expect(plan).not.toContain('LIST SUBQUERY');
    }
  });

  it('set: the FTS matches as one id list, then the sort index', () => {
    const c = core();
    const s = view({ filter: { text: 'Cambridge' }, sort: { key: 'deadline', dir: 'asc' } });
    const plan = explain(c, taskIdsQuery(c.sql, s.filter, s.sort, undefined, 0, 100, 'set')).join('\n');
    expect(plan).toMatch(/LIST SUBQUERY/u);
    expect(plan).toMatch(/SCAN search_index VIRTUAL TABLE INDEX \d+:M/u);
  });
});

describe('task list total for words alone', () => {
  it('counts from the index exactly the rows the list holds, with and without an archived plan', () => {
    const c = core();
    const s = view({ filter: { text: 'giáo dục' } });
    const expected = () =>
      (c.db.prepare(`SELECT count(*) AS n FROM tasks t JOIN plans p ON p.id = t.plan_id JOIN documents d ON d.id = p.document_id
        WHERE d.archived_at IS NULL AND t.id IN (SELECT rowid >> 3 FROM search_index WHERE search_index MATCH ? AND rowid & 7 = 3)`).get(planQuery('giáo dục').match) as { n: number }).n;
    const before = listGroups(c.sql, 'tasks', s).total;
    expect(before).toBe(expected());
    expect(before).toBe(ids(c, s, 0, 500, 'set').length);
    c.db.prepare("UPDATE documents SET archived_at = '2026-01-01T00:00:00Z' WHERE id = (SELECT document_id FROM plans WHERE id = 1)").run();
    const after = listGroups(c.sql, 'tasks', s).total;
    expect(after).toBe(expected());
    expect(after).toBeLessThan(before);
  });
});

describe('search: bounded reads for common words', () => {
  it('reads the newest matches in rowid order given by FTS5 (no sorter over the matches)', () => {
    const c = core();
    const match = planQuery('giáo dục').match!;
    const newest = explain(c, newestMatchesQuery(c.sql, `{title} : (${match})`, 40)).join('\n');
    // FTS5's idxNum: 0x40 = it returns rows in rowid order, 0x80 = descending
    expect(newest).not.toContain('TEMP B-TREE');
    expect(ftsIndex(newest)).toBeGreaterThan(0);
    expect(ftsIndex(newest) & 0xc0).toBe(0xc0);
    const documents = explain(c, newestMatchesQuery(c.sql, match, 40, { kinds: ['document'], maxRowid: 800 })).join('\n');
    expect(documents).not.toContain('TEMP B-TREE');
    expect(ftsIndex(documents) & 0xc0).toBe(0x40);
  });

  it('counts matches no further than the cap', () => {
    const c = core();
    const match = planQuery('giáo dục').match!;
    const all = (c.db.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(match) as { n: number }).n;
    expect(all).toBeGreaterThan(100);
    expect(countMatchesUpTo(c.sql, match, 100)).toBe(100);
    expect(countMatchesUpTo(c.sql, match, all + 50)).toBe(all);
    expect(countMatchesUpTo(c.sql, match, 100, ['organization'])).toBeLessThan(100);
  });
});
