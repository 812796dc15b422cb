import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { generatePeriods } from '../../src-main/core/periods/service';
import { attainment } from '../../src-main/core/progress/attainment';
import { completeness } from '../../src-main/core/progress/completeness';
import { dashboard, statusCounts } from '../../src-main/core/progress/dashboard';
import { drillRows } from '../../src-main/core/progress/drilldown';
import { saveEntry } from '../../src-main/core/progress/entries';
import { progressSheet } from '../../src-main/core/progress/sheet';
import { tempDir } from '../helpers/tmp';

function setup() {
  const core = Core.open({ dataDir: tempDir() });
  generatePeriods(core.sql, 1, {}, '2026-06-01');
  const id = (table: 'tasks' | 'targets', code: string) => core.sql.first(core.sql.qb.selectFrom(table).select('id').where('plan_id', '=', 1).where('code', '=', code))!.id;
  return { core, task: (c: string) => id('tasks', c), target: (c: string) => id('targets', c) };
}

describe('progress entries, dashboard and completeness', () => {
  it('counts by status, body and group, and finds overdue, due-soon and lagging items', () => {
    const { core, task, target } = setup();
    const s = core.sql;
    saveEntry(s, { periodId: 3, taskId: task('II.4'), orgId: 13, claim: 'done', completedDate: '2026-05-20', reportedAt: '2026-06-18' }, '2026-06-18');
    saveEntry(s, { periodId: 3, taskId: task('V.6'), orgId: 14, claim: 'in_progress', reportedAt: '2026-06-25' }, '2026-06-25'); // "Năm 2025": overdue
    saveEntry(s, { periodId: 3, targetId: target('1.2'), orgId: 12, actualValue: 80, reportedAt: '2026-06-19' }, '2026-06-19'); // ≥ 85: lagging
    saveEntry(s, { periodId: 3, targetId: target('6.1'), orgId: 11, actualValue: 8, reportedAt: '2026-06-19' }, '2026-06-19'); // < 10: met
    const d = dashboard(s, 1, 3, '2026-06-16');
    expect(d.byStatus).toEqual({ done_on_time: 2, done_late: 0, in_progress: 1, overdue: 1, not_started: 0, dropped: 0 });
    expect(statusCounts(s, 1, 3)).toEqual(d.byStatus);
    expect(d.byDepartment.map((b) => [b.name, b.total])).toEqual([
      ['Phòng Giáo dục Mầm non và Giáo dục Tiểu học', 1],
      ['Phòng Giáo dục Trung học', 1],
      ['Phòng Kế hoạch - Tài chính', 1],
      ['Phòng Quản lý chất lượng', 1],
    ]);
    expect(d.byGroup.map((g) => g.table)).toEqual(['task', 'task', 'target', 'target']);
    expect(d.lagging).toBe(1);
    expect(drillRows(s, 3, { kind: 'lagging' }, '2026-06-16').rows.map((r) => r.code)).toEqual(['1.2']);
    // overdue: the entry for V.6 plus expected, unreported tasks due before the cut-off 14/06/2026
    const overdue = drillRows(s, 3, { kind: 'overdue' }, '2026-06-16').rows;
    expect(overdue).toHaveLength(d.overdue);
    expect(overdue.some((r) => r.code === 'V.6' && r.status === 'overdue')).toBe(true);
    expect(overdue.filter((r) => r.status === null).every((r) => (r.deadlineEnd ?? '') < '2026-06-14')).toBe(true);
    // due in the next 30 days from 16/06/2026: "Quý II năm 2026" tasks (30/06/2026)
    expect(drillRows(s, 3, { kind: 'dueSoon' }, '2026-06-16').rows.map((r) => r.code)).toEqual(['IV.1']);
    expect(d.dueSoon).toBe(1);
    // each number's rows
    expect(drillRows(s, 3, { kind: 'entries', status: 'done_on_time' }, '2026-06-16').rows.map((r) => r.code)).toEqual(['II.4', '6.1']);
    expect(drillRows(s, 3, { kind: 'entries', orgId: 12 }, '2026-06-16').rows).toHaveLength(1);
    expect(drillRows(s, 3, { kind: 'entries', groupKey: d.byGroup[0]!.key }, '2026-06-16').rows).toHaveLength(d.byGroup[0]!.total);
    core.close();
  });

  it('agrees with the pure attainment verdict on every numeric target', () => {
    const { core } = setup();
    const targets = core.sql.all(core.sql.qb.selectFrom('targets').select(['id', 'comparator', 'target_value']).where('plan_id', '=', 1).where('comparator', 'is not', null));
    targets.forEach((t, i) => {
      const actual = (t.target_value ?? 0) + (i % 3) - 1; // below, equal, above
      saveEntry(core.sql, { periodId: 3, targetId: t.id, orgId: null, actualValue: actual }, '2026-06-16');
    });
    const lagging = new Set(drillRows(core.sql, 3, { kind: 'lagging' }, '2026-06-16').rows.map((r) => r.itemId));
    for (const [i, t] of targets.entries()) {
      const a = attainment({ comparator: t.comparator, targetValue: t.target_value }, { actualValue: (t.target_value ?? 0) + (i % 3) - 1, met: null });
      expect(lagging.has(t.id), `target ${t.id}`).toBe(a.met === false);
    }
    core.close();
  });

  it('reports completeness: expected, received, on time against the due date, missing', () => {
    const { core, task, target } = setup();
    const before = completeness(core.sql, 3);
    const qlcl = before.bodies.find((b) => b.orgId === 12)!;
    expect(qlcl).toMatchObject({ expected: 3, received: 0, missing: 3 });
    saveEntry(core.sql, { periodId: 3, targetId: target('1.2'), orgId: 12, actualValue: 90, reportedAt: '2026-06-19' }, '2026-06-19');
    saveEntry(core.sql, { periodId: 3, taskId: task('II.1'), orgId: 12, claim: 'in_progress', reportedAt: '2026-06-22' }, '2026-06-22');
    saveEntry(core.sql, { periodId: 3, taskId: task('V.7'), orgId: 12, claim: 'in_progress', reportedAt: '2026-06-20' }, '2026-06-20');
    const after = completeness(core.sql, 3);
    expect(after.dueDate).toBe('2026-06-20');
    expect(after.bodies.find((b) => b.orgId === 12)).toMatchObject({ expected: 3, received: 3, onTime: 2, late: 1, missing: 0 });
    expect(after.missing.some((m) => m.orgId === 12)).toBe(false);
    expect(after.missing.length).toBe(before.missing.length - 1);
    expect(after.received).toBe(3);
    core.close();
  });

  it('keeps one report per item and body, and shows every expected pair on the sheet', () => {
    const { core, task } = setup();
    const a = saveEntry(core.sql, { periodId: 3, taskId: task('II.4'), orgId: 13, claim: 'in_progress', resultText: 'Đang làm' }, '2026-06-16');
    const b = saveEntry(core.sql, { periodId: 3, taskId: task('II.4'), orgId: 13, claim: 'done', completedDate: '2026-06-10' }, '2026-06-17');
    expect(b).toMatchObject({ id: a.id, created: false, status: 'done_on_time' });
    expect(() =>
      core.sql.run(core.sql.qb.insertInto('progress_entries').values({ period_id: 3, task_id: task('II.4'), reporter_org_id: 13 })),
    ).toThrow(/UNIQUE/);
    const sheet = progressSheet(core.sql, 3);
    const row = sheet.rows.find((r) => r.code === 'II.4' && r.orgId === 13)!;
    expect(row.entry).toMatchObject({ resultText: 'Đang làm', completedDate: '2026-06-10', reportedStatus: 'done' });
    expect(sheet.rows.filter((r) => r.expected)).toHaveLength(completeness(core.sql, 3).expected);
    const audit = core.sql.all(core.sql.qb.selectFrom('audit_log').select(['action', 'field']).where('entity', '=', 'progress_entry'));
    expect(audit.filter((x) => x.action === 'update').map((x) => x.field).sort()).toEqual(['completed_date', 'reported_status', 'status']);
    core.close();
  });

  it('refuses an override without a reason and an item of another plan', () => {
    const { core } = setup();
    const otherPlanTask = core.sql.first(core.sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', 2))!.id;
    expect(() => saveEntry(core.sql, { periodId: 3, taskId: 1, orgId: 9, override: { status: 'done_late', reason: '' } }, '2026-06-16')).toThrow(/lý do/);
    expect(() => saveEntry(core.sql, { periodId: 3, taskId: otherPlanTask, orgId: 9, claim: 'done' }, '2026-06-16')).toThrow(/Không tìm thấy nhiệm vụ/);
    expect(() => statusCounts(core.sql, 2, 3)).toThrow(/không thuộc kế hoạch số 2/);
    core.close();
  });

  it('counts statuses with the period/status index, not a table scan', () => {
    const { core } = setup();
    const plan = core.db.prepare("EXPLAIN QUERY PLAN SELECT status, count(*) AS n FROM progress_entries WHERE period_id = ? GROUP BY status").all(3) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING COVERING INDEX progress_entries_period_status/);
    core.close();
  });
});
