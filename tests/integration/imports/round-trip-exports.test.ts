/**
 * Round trip through the real exports (issues 5 and 7): every task and target table
 * PlanDesk exports — the plan's appendices as .xlsx and inside the .docx — imports back
 * identically: same codes, groups, titles, lead and coordinating bodies, outputs,
 * deadlines, targets, budgets, funding and departments, with no error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../../src-main/core/exports/service';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import { orgSnapshots, previewImport } from '../../../src-main/core/imports/commit';
import { getPlanDetail } from '../../../src-main/core/plans/service';
import { openCore } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
let plans: Array<{ id: number; tasks: number; targets: number; tables: string[] }>;
beforeAll(() => {
  env = openCore();
  plans = (env.core.db.prepare('SELECT id FROM plans ORDER BY id').all() as Array<{ id: number }>)
    .map(({ id }) => {
      const p = getPlanDetail(env.core.sql, id);
      // the tables the plan prints as appendices (a target list kept in the body is not one)
      const tables = p.appendices
        .map((a) => a.tableKind)
        .filter((k) => (k === 'tasks' && p.tasks.length > 0) || (k === 'targets' && p.targets.length > 0))
        .sort();
      return { id, tasks: p.tasks.length, targets: p.targets.length, tables };
    })
    .filter((p) => p.tables.length > 0);
});
afterAll(() => env.close());

type Detail = ReturnType<typeof getPlanDetail>;
const TASK_VALUES: Record<string, (t: Detail['tasks'][number]) => string | null> = {
  lead: (t) => t.leadText,
  coordinating: (t) => t.coordinatingText,
  output: (t) => t.output,
  deadline: (t) => t.deadlineText,
  departments: (t) => t.departmentsText,
  budget: (t) => t.budgetText,
  funding: (t) => t.fundingSource,
};
const TARGET_VALUES: Record<string, (t: Detail['targets'][number]) => string | null> = {
  unit: (t) => t.unit,
  target: (t) => t.targetText,
  departments: (t) => t.departmentsText,
};

/** The columns an export must carry: the code, the title, and every field some row fills (empty optional columns are left out). */
function fieldsWithValues(plan: Detail, kind: 'tasks' | 'targets'): string[] {
  if (kind === 'tasks') return ['code', 'title', ...Object.keys(TASK_VALUES).filter((f) => plan.tasks.some((t) => TASK_VALUES[f]!(t)))].sort();
  return ['code', 'name', ...Object.keys(TARGET_VALUES).filter((f) => plan.targets.some((t) => TARGET_VALUES[f]!(t)))].sort();
}

describe('exported tables import back identically', () => {
  it('the seed has plans with task and target appendices', () => {
    expect(plans.some((p) => p.tables.includes('tasks') && p.tables.includes('targets'))).toBe(true);
    const plan003 = plans.find((p) => p.id === plan003Id(env.core.db));
    expect(plan003).toMatchObject({ tasks: 50, targets: 53, tables: ['targets', 'tasks'] });
    expect(plans.length).toBeGreaterThanOrEqual(2);
  });

  it.each(['xlsx', 'docx'] as const)('every plan’s appendices as .%s', async (format) => {
    const orgs = orgSnapshots(env.core.sql);
    for (const p of plans) {
      const [file] = await exportPlan(env.core.sql, p.id, format, { today: new Date('2026-03-01') });
      const a = await analyzeFile(file!.bytes, file!.fileName, { orgs });
      const tables = a.tables.filter((t) => t.kind === 'tasks' || t.kind === 'targets');
      const label = `plan ${p.id} ${format}`;
      expect(tables.map((t) => t.kind).sort(), label).toEqual(p.tables);
      for (const t of tables) {
        const mapped = t.columns.filter((c) => c.field).map((c) => c.field);
        expect(mapped.sort(), `${label} ${t.kind} columns`).toEqual(fieldsWithValues(getPlanDetail(env.core.sql, p.id), t.kind as 'tasks' | 'targets'));
        const { parsed, diff } = previewImport(env.core.sql, { planId: p.id, kind: t.kind!, records: t.rows.map((r) => r.record) });
        const changed = diff.items.filter((i) => i.status !== 'unchanged').map((i) => ({ status: i.status, code: i.code, changes: i.changes }));
        expect(changed, `${label} ${t.kind}`).toEqual([]);
        expect(diff.counts.unchanged, label).toBe(t.kind === 'tasks' ? p.tasks : p.targets);
        const errors = [...t.issues, ...parsed.issues].filter((i) => i.severity === 'error');
        expect(errors, label).toEqual([]);
      }
    }
  });
});
