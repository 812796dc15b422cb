import { describe, expect, it } from 'vitest';
import { deriveStatus, dueDateFor, targetDeadline, type DeadlineInfo } from '../../../src-main/core/progress/status';
import { parseDeadline } from '../../../src-main/core/vn/deadline';
import { quarterWindow, yearWindow } from '../../../src-main/core/periods/windows';
import type { Claim, StatusCode } from '../../../src-main/core/progress/status-names';

function deadline(text: string): DeadlineInfo {
  return { ...parseDeadline(text), text };
}

const Q1 = quarterWindow(2026, 1); // 15/12/2025 – 14/03/2026
const Q2 = quarterWindow(2026, 2); // 15/03/2026 – 14/06/2026
const Q3 = quarterWindow(2026, 3); // 15/06/2026 – 14/09/2026
const Y2026 = yearWindow(2026); // 15/12/2025 – 14/12/2026
const Y2027 = yearWindow(2027);
const TODAY = '2026-07-01';

// deadline text, period window, claim, completion date → status
const CASES: Array<[string, { start: string; end: string }, Claim | null, string | null, StatusCode]> = [
  // quarter deadline "Quý II năm 2026" ends 30/06/2026
  ['Quý II năm 2026', Q2, 'done', '2026-06-10', 'done_on_time'],
  ['Quý II năm 2026', Q2, 'done', '2026-06-30', 'done_on_time'],
  ['Quý II năm 2026', Q3, 'done', '2026-07-01', 'done_late'],
  ['Quý II năm 2026', Q2, 'in_progress', null, 'in_progress'], // cut-off 14/06 is before 30/06
  ['Quý II năm 2026', Q3, 'in_progress', null, 'overdue'], // cut-off 14/09 is after 30/06
  ['Quý II năm 2026', Q3, 'not_started', null, 'overdue'],
  ['Quý II năm 2026', Q1, 'not_started', null, 'not_started'],
  ['Quý I/2026', Q2, null, null, 'overdue'],
  ['Quý I/2026', Q2, 'done_on_time', '2026-04-02', 'done_late'], // the date decides, not the word
  // year deadline "Năm 2026" ends 31/12/2026: the year report's cut-off (14/12) is still within it
  ['Năm 2026', Y2026, 'in_progress', null, 'in_progress'],
  ['Năm 2026', Y2027, 'in_progress', null, 'overdue'],
  ['Năm 2026', Y2026, 'done', '2026-11-30', 'done_on_time'],
  ['Năm 2025', Q2, 'overdue', null, 'overdue'],
  ['Năm 2026', Y2027, 'done', '2027-01-15', 'done_late'],
  // range "Giai đoạn 2025 - 2030" ends 31/12/2030
  ['Giai đoạn 2025 - 2030', Y2027, 'in_progress', null, 'in_progress'],
  ['Giai đoạn 2025 - 2030', Y2027, 'overdue', null, 'in_progress'],
  ['2025-2029', { start: '2029-12-15', end: '2030-12-14' }, null, null, 'overdue'],
  ['Giai đoạn 2025 - 2030', Y2027, 'done', '2027-05-05', 'done_on_time'],
  // "Thường xuyên" has no due date: never overdue, done is on time
  ['Thường xuyên', Y2027, 'in_progress', null, 'in_progress'],
  ['Thường xuyên', Q3, 'not_started', null, 'not_started'],
  ['Thường xuyên', Q3, 'done', '2030-01-01', 'done_on_time'],
  // recurring: "trước ngày 10/12" falls due on 10/12 of the period's year
  ['trước ngày 10/12', Y2026, 'done', '2026-12-09', 'done_on_time'],
  ['trước ngày 10/12', Y2026, 'done', '2026-12-11', 'done_late'],
  ['trước ngày 10/12', Y2026, 'in_progress', null, 'overdue'], // cut-off 14/12 after 10/12
  ['trước ngày 10/12', Q3, 'in_progress', null, 'in_progress'],
  ['Hằng năm', Y2026, 'in_progress', null, 'in_progress'], // due 31/12 of the year
  // dropped wins whatever the dates
  ['Quý I/2026', Q3, 'dropped', null, 'dropped'],
  // a completion date alone means done
  ['Năm 2026', Q2, null, '2026-04-01', 'done_on_time'],
];

describe('status derivation', () => {
  it.each(CASES)('%s, period %j, claim %s, completed %s → %s', (text, period, claim, completed, expected) => {
    const d = deriveStatus({ claim, completedDate: completed, deadline: deadline(text), period, today: TODAY });
    expect(d.status).toBe(expected);
  });

  it('flags a claim the dates contradict', () => {
    const d = deriveStatus({ claim: 'done_on_time', completedDate: '2026-04-02', deadline: deadline('Quý I/2026'), period: Q2, today: TODAY });
    expect(d).toMatchObject({ status: 'done_late', conflict: true, due: '2026-03-31' });
    const ok = deriveStatus({ claim: 'done_on_time', completedDate: '2026-03-02', deadline: deadline('Quý I/2026'), period: Q2, today: TODAY });
    expect(ok.conflict).toBe(false);
  });

  it('takes "done" without a date at its word but flags it once the deadline has passed', () => {
    const late = deriveStatus({ claim: 'done', completedDate: null, deadline: deadline('Quý I/2026'), period: Q2, today: TODAY });
    expect(late).toMatchObject({ status: 'done_on_time', missingCompletedDate: true });
    const early = deriveStatus({ claim: 'done', completedDate: null, deadline: deadline('Năm 2026'), period: Q2, today: TODAY });
    expect(early).toMatchObject({ status: 'done_on_time', missingCompletedDate: false });
  });

  it('judges a period without a cut-off (ad hoc) against today', () => {
    const noEnd = { start: null, end: null };
    expect(deriveStatus({ claim: null, completedDate: null, deadline: deadline('Quý II năm 2026'), period: noEnd, today: '2026-06-29' }).status).toBe('in_progress');
    expect(deriveStatus({ claim: null, completedDate: null, deadline: deadline('Quý II năm 2026'), period: noEnd, today: '2026-07-01' }).status).toBe('overdue');
  });

  it('gives unread deadlines no due date and targets the end of their horizon year', () => {
    expect(dueDateFor(deadline('khi có yêu cầu'), Y2026, TODAY)).toBeNull();
    expect(targetDeadline(2030).end).toBe('2030-12-31');
    expect(targetDeadline(null).end).toBeNull();
  });
});
