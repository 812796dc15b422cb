import { describe, expect, it } from 'vitest';
import { nextWindow, periodOpening, periodPhrase } from '../../../src-main/core/exports/report/period';
import {
  assessmentSentence,
  countTasks,
  emptyTaskCounts,
  groupSentence,
  plannedFigure,
  targetFigureSentence,
  targetSummarySentence,
  taskSummarySentence,
  type TaskCounts,
} from '../../../src-main/core/exports/report/sentences';
import { attainmentRate, combineTaskStatus, targetState } from '../../../src-main/core/exports/report/status';
import { joinVi, lowerFirst, oneLine, percent, withUnit } from '../../../src-main/core/exports/report/vn-text';

function counts(c: Partial<TaskCounts>): TaskCounts {
  return { ...emptyTaskCounts(), ...c };
}

describe('numbers in Vietnamese style', () => {
  it.each([
    [12, 50, '24,0%'],
    [1, 3, '33,3%'],
    [2, 3, '66,7%'],
    [0, 50, '0,0%'],
    [50, 50, '100,0%'],
    [0, 0, '0,0%'],
  ])('%i of %i → %s', (part, total, expected) => expect(percent(part, total)).toBe(expected));

  it.each([
    [['a'], 'a'],
    [['a', 'b'], 'a và b'],
    [['a', 'b', 'c'], 'a, b và c'],
    [[], ''],
  ])('joins %j as %s', (items, expected) => expect(joinVi(items)).toBe(expected));

  it.each([
    ['87', '%', '87%'],
    ['16.000', 'người', '16.000 người'],
    ['18; ≥ 3', 'Trường', '18 trường; ≥ 3 trường'],
    ['≥ 85', '%', '≥ 85%'],
    ['84', '%/năm', '84%/năm'],
    ['Đạt', '%', 'Đạt'],
    ['100% xã, phường, đặc khu', '%', '100% xã, phường, đặc khu'],
    ['12', null, '12'],
  ])('%s with unit %s → %s', (value, unit, expected) => expect(withUnit(value, unit)).toBe(expected));

  it('writes names and summaries into running text', () => {
    expect(lowerFirst('Triển khai Đề án')).toBe('triển khai Đề án');
    expect(lowerFirst('UBND thành phố')).toBe('UBND thành phố');
    expect(oneLine('- Hoàn thành quy hoạch mạng lưới.\n- Trường liên cấp quốc tế')).toBe('Hoàn thành quy hoạch mạng lưới; Trường liên cấp quốc tế');
    expect(oneLine('Tỷ lệ người học, trong đó:')).toBe('Tỷ lệ người học, trong đó');
  });
});

describe('task summary sentence', () => {
  it.each([
    [
      'the example of the issue',
      counts({ done_on_time: 12, done_late: 3, in_progress: 35 }),
      'Trong Quý I/2026, có 12/50 nhiệm vụ hoàn thành đúng hạn (24,0%), 3 nhiệm vụ hoàn thành quá hạn (6,0%) và 35 nhiệm vụ đang thực hiện trong hạn (70,0%). Tổng số nhiệm vụ đã hoàn thành là 15/50 (30,0%).',
    ],
    [
      'one task, done',
      counts({ done_on_time: 1 }),
      'Trong Quý I/2026, có 1/1 nhiệm vụ hoàn thành đúng hạn (100,0%).',
    ],
    [
      'nothing done yet',
      counts({ in_progress: 4, overdue: 1 }),
      'Trong Quý I/2026, chưa có nhiệm vụ nào hoàn thành; có 4/5 nhiệm vụ đang thực hiện trong hạn (80,0%) và 1 nhiệm vụ quá hạn chưa hoàn thành (20,0%).',
    ],
    [
      'every status, no report counted',
      counts({ done_on_time: 2, overdue: 1, not_started: 1, dropped: 1, no_report: 5 }),
      'Trong Quý I/2026, có 2/10 nhiệm vụ hoàn thành đúng hạn (20,0%), 1 nhiệm vụ quá hạn chưa hoàn thành (10,0%), 1 nhiệm vụ chưa triển khai (10,0%), 1 nhiệm vụ không thực hiện hoặc được điều chỉnh theo quyết định (10,0%) và 5 nhiệm vụ chưa có báo cáo kết quả (50,0%).',
    ],
    ['no tasks', counts({}), 'Trong Quý I/2026, Kế hoạch chưa có nhiệm vụ nào để theo dõi.'],
  ])('%s', (_name, c, expected) => {
    expect(taskSummarySentence('Trong Quý I/2026', c)).toBe(expected);
  });

  it('counts statuses', () => {
    expect(countTasks(['done_on_time', 'overdue', 'done_on_time'])).toMatchObject({ done_on_time: 2, overdue: 1, in_progress: 0 });
  });
});

describe('group sentence', () => {
  it.each([
    [counts({ done_on_time: 4, done_late: 1, in_progress: 1 }), 'Nhóm I. Tuyên truyền (6 nhiệm vụ): hoàn thành 5 nhiệm vụ (4 đúng hạn, 1 quá hạn); 1 nhiệm vụ đang thực hiện trong hạn.'],
    [counts({ done_on_time: 3 }), 'Nhóm I. Tuyên truyền (3 nhiệm vụ): hoàn thành cả 3 nhiệm vụ, đúng hạn.'],
    [counts({ done_late: 1 }), 'Nhóm I. Tuyên truyền (1 nhiệm vụ): hoàn thành 1 nhiệm vụ, quá hạn.'],
    [counts({ no_report: 5 }), 'Nhóm I. Tuyên truyền (5 nhiệm vụ): cả 5 nhiệm vụ chưa có báo cáo kết quả.'],
    [counts({ overdue: 2, not_started: 1 }), 'Nhóm I. Tuyên truyền (3 nhiệm vụ): 2 nhiệm vụ quá hạn chưa hoàn thành; 1 nhiệm vụ chưa triển khai.'],
  ])('%j', (c, expected) => expect(groupSentence('Nhóm I. Tuyên truyền', c)).toBe(expected));
});

describe('targets', () => {
  it.each([
    [{ met: 20, lagging: 5, on_track: 0, no_report: 28 }, 'Trong Quý I/2026, có 20/53 chỉ tiêu đạt (37,7%), 5 chỉ tiêu chậm tiến độ (9,4%) và 28 chỉ tiêu chưa có số liệu đánh giá (52,8%).'],
    [{ met: 1, lagging: 0, on_track: 0, no_report: 0 }, 'Trong Quý I/2026, có 1/1 chỉ tiêu đạt (100,0%).'],
    [{ met: 0, lagging: 1, on_track: 2, no_report: 0 }, 'Trong Quý I/2026, chưa có chỉ tiêu nào đạt mức kế hoạch; có 2/3 chỉ tiêu đang thực hiện theo lộ trình, chưa đạt mức kế hoạch (66,7%) và 1 chỉ tiêu chậm tiến độ (33,3%).'],
    [{ met: 0, lagging: 0, on_track: 0, no_report: 0 }, ''],
  ])('%j', (c, expected) => expect(targetSummarySentence('Trong Quý I/2026', c)).toBe(expected));

  it('states figures with the plan value and the rate', () => {
    expect(
      targetFigureSentence({ name: 'Trường phổ thông đạt chuẩn quốc gia', unit: '%', targetText: '≥ 85', comparator: '>=', targetValue: 85, actual: '87', rate: (87 / 85) * 100 }),
    ).toBe('Trường phổ thông đạt chuẩn quốc gia: thực hiện 87% (kế hoạch ≥ 85%; tỷ lệ đạt 102,4%).');
    expect(targetFigureSentence({ name: 'Tỷ lệ trẻ béo phì', unit: '%', targetText: '< 10', comparator: '<', targetValue: 10, actual: '8,5', rate: null })).toBe(
      'Tỷ lệ trẻ béo phì: thực hiện 8,5% (kế hoạch < 10%).',
    );
    expect(targetFigureSentence({ name: 'Thành phố học tập', unit: null, targetText: 'Đủ điều kiện', comparator: null, targetValue: null, actual: '', rate: null })).toBe(
      'Thành phố học tập: chưa có số liệu (kế hoạch Đủ điều kiện).',
    );
    expect(plannedFigure({ unit: 'người', targetText: null, comparator: '>=', targetValue: 300 })).toBe('≥ 300 người');
  });

  it.each([
    ['met by figure', { comparator: '>=', targetValue: 85, horizonYear: 2030 }, { actualValue: 87, status: 'in_progress' }, 2026, 'met'],
    ['lower is better', { comparator: '<', targetValue: 10, horizonYear: 2030 }, { actualValue: 8, status: 'in_progress' }, 2026, 'met'],
    ['lower is better, missed', { comparator: '<=', targetValue: 10, horizonYear: 2030 }, { actualValue: 12, status: 'in_progress' }, 2026, 'on_track'],
    ['not met, year still ahead', { comparator: '>=', targetValue: 85, horizonYear: 2030 }, { actualValue: 70, status: 'in_progress' }, 2026, 'on_track'],
    ['not met, year reached', { comparator: '>=', targetValue: 85, horizonYear: 2026 }, { actualValue: 70, status: 'in_progress' }, 2026, 'lagging'],
    ['reported overdue', { comparator: '>=', targetValue: 85, horizonYear: 2030 }, { actualValue: 70, status: 'overdue' }, 2026, 'lagging'],
    ['qualitative, done', { comparator: null, targetValue: null, horizonYear: 2030 }, { actualValue: null, status: 'done_on_time' }, 2026, 'met'],
    ['qualitative, going on', { comparator: null, targetValue: null, horizonYear: 2030 }, { actualValue: null, status: 'in_progress' }, 2026, 'on_track'],
  ])('%s', (_n, t, reading, year, expected) => {
    expect(targetState(t, reading, year)).toBe(expected);
  });

  it('has no reading without an entry, and a rate only where more is better', () => {
    expect(targetState({ comparator: '>=', targetValue: 1, horizonYear: 2030 }, null, 2026)).toBe('no_report');
    expect(attainmentRate({ comparator: '>=', targetValue: 80, horizonYear: null }, 60)).toBe(75);
    expect(attainmentRate({ comparator: '<', targetValue: 10, horizonYear: null }, 5)).toBeNull();
    expect(attainmentRate({ comparator: '>=', targetValue: 0, horizonYear: null }, 5)).toBeNull();
  });
});

describe('one status from several reporting units', () => {
  it.each([
    [[], 'no_report'],
    [['done_on_time'], 'done_on_time'],
    [['done_on_time', 'done_late'], 'done_late'],
    [['done_on_time', 'in_progress'], 'in_progress'],
    [['done_on_time', 'overdue'], 'overdue'],
    [['not_started', 'not_started'], 'not_started'],
    [['not_started', 'done_on_time'], 'in_progress'],
    [['dropped', 'dropped'], 'dropped'],
    [['dropped', 'done_on_time'], 'done_on_time'],
    [['submitted'], 'submitted'],
    [['something-new'], 'in_progress'],
  ])('%j → %s', (statuses, expected) => expect(combineTaskStatus(statuses)).toBe(expected));
});

describe('assessment', () => {
  it.each([
    [counts({ done_on_time: 3, in_progress: 2 }), { met: 1, lagging: 0, on_track: 0, no_report: 0 }, /^Nhìn chung, các nhiệm vụ, chỉ tiêu của Kế hoạch được các cơ quan, đơn vị triển khai nghiêm túc, đúng tiến độ\.$/],
    [counts({ done_on_time: 3, overdue: 1 }), { met: 0, lagging: 2, on_track: 0, no_report: 0 }, /phần lớn nhiệm vụ .* còn 1 nhiệm vụ quá hạn chưa hoàn thành và 2 chỉ tiêu chậm tiến độ, cần tập trung/],
    [counts({ overdue: 3, not_started: 1 }), { met: 0, lagging: 0, on_track: 0, no_report: 0 }, /^Tiến độ thực hiện Kế hoạch còn chậm: còn 3 nhiệm vụ quá hạn chưa hoàn thành, cần/],
  ])('%j', (c, t, expected) => expect(assessmentSentence(c, t)).toMatch(expected));
});

describe('periods', () => {
  const q1 = { id: 2, kind: 'quarter', label: 'Quý I/2026', year: 2026, start_date: '2025-12-15', end_date: '2026-03-14' };
  it.each([
    [q1, 'Quý I/2026', 'Trong Quý I/2026'],
    [{ ...q1, kind: 'half', label: '6 tháng đầu năm 2026' }, '6 tháng đầu năm 2026', 'Trong 6 tháng đầu năm 2026'],
    [{ ...q1, kind: 'year', label: 'Báo cáo kết quả triển khai năm 2025', year: 2025 }, 'năm 2025', 'Trong năm 2025'],
    [{ ...q1, kind: 'review', label: 'Sơ kết năm 2026' }, 'sơ kết năm 2026', 'Tính đến kỳ sơ kết năm 2026'],
    [{ ...q1, kind: 'adhoc', label: 'Báo cáo đột xuất', year: null }, 'báo cáo đột xuất', 'Trong thời gian qua'],
  ])('%j', (p, phrase, opening) => {
    expect(periodPhrase(p)).toBe(phrase);
    expect(periodOpening(p)).toBe(opening);
  });

  it('finds the next period by calendar, not by the data cut-off window', () => {
    const q2 = { id: 3, kind: 'quarter', label: 'Quý II/2026', year: 2026, start_date: '2026-03-15', end_date: '2026-06-14' };
    expect(nextWindow(q1, [q1, q2])).toEqual({ label: 'Quý II/2026', start: '2026-04-01', end: '2026-06-30' });
    expect(nextWindow(q2, [q1, q2])).toEqual({ label: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30' });
    const h1 = { id: 4, kind: 'half', label: '6 tháng đầu năm 2026', year: 2026, start_date: null, end_date: null };
    expect(nextWindow(h1, [h1])).toEqual({ label: '6 tháng cuối năm 2026', start: '2026-07-01', end: '2026-12-31' });
    const y = { id: 5, kind: 'year', label: 'Năm 2026', year: 2026, start_date: null, end_date: null };
    expect(nextWindow(y, [y])).toEqual({ label: 'năm 2027', start: '2027-01-01', end: '2027-12-31' });
    expect(nextWindow({ ...q1, kind: 'adhoc', label: 'Báo cáo đột xuất', start_date: null, end_date: null }, [])).toBeNull();
  });
});
