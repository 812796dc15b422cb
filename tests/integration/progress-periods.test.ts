import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { createPeriod, deletePeriod, generatePeriods, listPeriods, lockPeriod, unlockPeriod, updatePeriod } from '../../src-main/core/periods/service';
import { saveEntry } from '../../src-main/core/progress/entries';
import { tempDir } from '../helpers/tmp';

function open() {
  return Core.open({ dataDir: tempDir() });
}

function audit(core: Core, entity: string) {
  return core.sql.all(core.sql.qb.selectFrom('audit_log').selectAll().where('entity', '=', entity).orderBy('id'));
}

describe('reporting periods', () => {
  it('generates the plan 003 regime for 2026–2030 once, completing the seeded periods without duplicating them', () => {
    const core = open();
    const first = generatePeriods(core.sql, 1, {}, '2026-05-01');
    expect(first.created).toHaveLength(28); // 2027–2030: 4 quarters, 6 months, year, review
    expect(first.periods.filter((p) => p.kind === 'quarter')).toHaveLength(20);
    const q2 = first.periods.find((p) => p.label === 'Quý II/2026')!;
    expect(q2).toMatchObject({ id: 3, startDate: '2026-03-15', endDate: '2026-06-14', dueDate: '2026-06-20' });
    const again = generatePeriods(core.sql, 1, {}, '2026-05-01');
    expect(again.created).toHaveLength(0);
    expect(again.periods).toHaveLength(first.periods.length);
    expect(audit(core, 'reporting_period').filter((a) => a.action === 'create')).toHaveLength(28);
    core.close();
  });

  it('gives the UBND plan (000) windows for its yearly reports and keeps its due date 10/12', () => {
    const core = open();
    const r = generatePeriods(core.sql, 2, {}, '2026-05-01');
    expect(r.created).toHaveLength(0);
    expect(r.periods.find((p) => p.year === 2027 && p.kind === 'year')).toMatchObject({ startDate: '2026-12-15', endDate: '2027-12-14', dueDate: '2027-12-10' });
    core.close();
  });

  it('edits a window, refuses an inverted one, and audits field by field', () => {
    const core = open();
    const p = updatePeriod(core.sql, 3, { endDate: '2026-06-20', dueDate: '2026-06-25' });
    expect(p).toMatchObject({ endDate: '2026-06-20', dueDate: '2026-06-25' });
    expect(() => updatePeriod(core.sql, 3, { startDate: '2026-07-01' })).toThrow(/trước ngày bắt đầu/);
    const fields = audit(core, 'reporting_period').map((a) => a.field);
    expect(fields).toEqual(['end_date', 'due_date']);
    core.close();
  });

  it('locks a period: edits and entries are refused until it is unlocked with a reason', () => {
    const core = open();
    lockPeriod(core.sql, 3, 'Đã gửi Báo cáo số 12/BC-SGDĐT', '2026-06-21');
    expect(() => updatePeriod(core.sql, 3, { label: 'Quý 2' })).toThrow(/đã khóa/);
    expect(() => saveEntry(core.sql, { periodId: 3, taskId: 1, orgId: 9, claim: 'done' }, '2026-06-21')).toThrow(/đã khóa.*mở khóa/);
    expect(() => unlockPeriod(core.sql, 3, '')).toThrow(/lý do/);
    const open3 = unlockPeriod(core.sql, 3, 'Văn phòng gửi bổ sung số liệu');
    expect(open3.lockedAt).toBeNull();
    expect(saveEntry(core.sql, { periodId: 3, taskId: 1, orgId: 9, claim: 'done' }, '2026-06-22').created).toBe(true);
    const log = audit(core, 'reporting_period');
    expect(log.map((a) => a.action)).toEqual(['lock', 'unlock']);
    expect(JSON.parse(log[1]!.after_json!)).toEqual({ reason: 'Văn phòng gửi bổ sung số liệu' });
    core.close();
  });

  it('adds an ad hoc period and deletes only an empty one', () => {
    const core = open();
    const adhoc = createPeriod(core.sql, 1, 'adhoc', { label: 'Báo cáo đột xuất tháng 5/2026', startDate: '2026-05-01', endDate: '2026-05-15', dueDate: '2026-05-18' });
    expect(listPeriods(core.sql, 1).some((p) => p.id === adhoc.id)).toBe(true);
    saveEntry(core.sql, { periodId: adhoc.id, taskId: 1, orgId: 9, claim: 'in_progress' }, '2026-05-16');
    expect(() => deletePeriod(core.sql, adhoc.id)).toThrow(/đã có 1 báo cáo/);
    deletePeriod(core.sql, 10);
    expect(listPeriods(core.sql, 1).some((p) => p.id === 10)).toBe(false);
    core.close();
  });

  it('re-derives statuses when the window moves, keeping overrides', () => {
    const core = open();
    // task IV.1 of plan 1 is due "Quý II năm 2026" (30/06/2026)
    const iv1 = core.sql.first(core.sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', 1).where('code', '=', 'IV.1'))!.id;
    const e = saveEntry(core.sql, { periodId: 3, taskId: iv1, orgId: 9, claim: 'in_progress' }, '2026-06-15');
    expect(e.status).toBe('in_progress');
    updatePeriod(core.sql, 3, { endDate: '2026-07-05' });
    const row = () => core.sql.first(core.sql.qb.selectFrom('progress_entries').select(['status']).where('id', '=', e.id))!.status;
    expect(row()).toBe('overdue');
    saveEntry(core.sql, { periodId: 3, taskId: iv1, orgId: 9, override: { status: 'in_progress', reason: 'Gia hạn theo Công văn 99/UBND' } }, '2026-07-06');
    updatePeriod(core.sql, 3, { endDate: '2026-07-10' });
    expect(row()).toBe('in_progress');
    core.close();
  });
});
