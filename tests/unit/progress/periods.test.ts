import { describe, expect, it } from 'vitest';
import { inferRegime, planPeriods } from '../../../src-main/core/periods/regime';
import { defaultDueDate, halfWindow, quarterOf, quarterWindow, yearWindow } from '../../../src-main/core/periods/windows';

describe('Nghị định 09/2019 cut-off windows', () => {
  it.each([
    [1, '2025-12-15', '2026-03-14'],
    [2, '2026-03-15', '2026-06-14'],
    [3, '2026-06-15', '2026-09-14'],
    [4, '2026-09-15', '2026-12-14'],
  ])('quarter %d of 2026 runs %s – %s', (q, start, end) => {
    expect(quarterWindow(2026, q)).toEqual({ start, end });
  });

  it('has the half year from 15/12 to 14/6 and the year from 15/12 to 14/12', () => {
    expect(halfWindow(2026)).toEqual({ start: '2025-12-15', end: '2026-06-14' });
    expect(yearWindow(2026)).toEqual({ start: '2025-12-15', end: '2026-12-14' });
    expect(defaultDueDate(yearWindow(2026))).toBe('2026-12-20');
  });

  it('names the quarter of a label or window', () => {
    expect(quarterOf(null, 'Quý III/2026')).toBe(3);
    expect(quarterOf('2026-06-14', 'Báo cáo quý')).toBe(2);
  });
});

describe('reporting regime', () => {
  const seed003 = [
    { kind: 'quarter', label: 'Quý I/2026', year: 2026, startDate: '2025-12-15', endDate: '2026-03-14', dueText: 'Báo cáo quý', reporters: 'Các cơ sở giáo dục' },
    { kind: 'half', label: '6 tháng đầu năm 2026', year: 2026, startDate: null, endDate: null, dueText: null, reporters: null },
    { kind: 'year', label: 'Năm 2026', year: 2026, startDate: null, endDate: null, dueText: null, reporters: null },
    { kind: 'review', label: 'Sơ kết năm 2026', year: 2026, startDate: null, endDate: null, dueText: 'Tổ chức sơ kết hằng năm', reporters: null },
    { kind: 'final', label: 'Tổng kết giai đoạn 2026-2030', year: 2030, startDate: null, endDate: null, dueText: null, reporters: null },
  ];

  it('reads quarterly, 6-monthly, yearly reports, a yearly review and the final review from the plan', () => {
    const r = inferRegime({ startYear: 2026, endYear: 2030 }, seed003, 2026);
    expect(r).toMatchObject({ fromYear: 2026, toYear: 2030, quarterly: true, halfYearly: true, yearly: true, yearlyReview: true, finalYear: 2030 });
    const periods = planPeriods(r);
    expect(periods.filter((p) => p.kind === 'quarter')).toHaveLength(20);
    expect(periods.filter((p) => p.kind === 'review')).toHaveLength(5);
    expect(periods.find((p) => p.label === 'Quý I/2027')).toMatchObject({ window: { start: '2026-12-15', end: '2027-03-14' }, dueDate: '2027-03-20', dueText: 'Báo cáo quý' });
    expect(periods.at(-1)).toMatchObject({ kind: 'final', window: { start: '2025-12-15', end: '2030-12-14' } });
  });

  it('takes a yearly due date the plan fixes ("trước ngày 10/12 hằng năm")', () => {
    const r = inferRegime({ startYear: 2025, endYear: 2030 }, [{ kind: 'year', label: 'Năm 2025', year: 2025, startDate: null, endDate: null, dueText: 'trước ngày 10/12 hằng năm', reporters: null }], 2026);
    expect(planPeriods(r).find((p) => p.label === 'Năm 2027')?.dueDate).toBe('2027-12-10');
  });

  it('defaults a plan without a regime to yearly reports and a final review', () => {
    const periods = planPeriods(inferRegime({ startYear: 2024, endYear: 2025 }, [], 2026));
    expect(periods.map((p) => p.label)).toEqual(['Năm 2024', 'Năm 2025', 'Tổng kết giai đoạn 2024-2025']);
  });

  it('lets the officer choose the kinds and years', () => {
    const periods = planPeriods(inferRegime({ startYear: 2026, endYear: 2030 }, [], 2026, { kinds: ['quarter'], fromYear: 2027, toYear: 2027 }));
    expect(periods.map((p) => p.label)).toEqual(['Quý I/2027', 'Quý II/2027', 'Quý III/2027', 'Quý IV/2027']);
  });
});
