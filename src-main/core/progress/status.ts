/**
 * Status derivation (pure): from the deadline, the completion date, the period's cut-off
 * and what the reporter claimed. The government's split: done on time / done late /
 * not done within the deadline / not done and overdue; plus not started and dropped.
 *
 * - The reference date is the period's cut-off (its end), or today for a period without one.
 * - The due date of a deadline is its end; "Thường xuyên" and unread deadlines have none
 *   (never overdue); a recurring one ("Hằng năm", "trước ngày 10/12") falls in the year of
 *   the reference date.
 */
import { isoDate } from '../vn/dates';
import { fold } from '../vn/text';
import type { Claim, StatusCode } from './status-names';

export interface DeadlineInfo {
  kind: string;
  start: string | null;
  end: string | null;
  text: string | null;
}

export interface PeriodWindow {
  start: string | null;
  end: string | null;
}

export interface DeriveInput {
  claim: Claim | null;
  completedDate: string | null;
  deadline: DeadlineInfo;
  period: PeriodWindow;
  /** ISO date; used only when the period has no end */
  today: string;
}

export interface Derived {
  status: StatusCode;
  /** the date the status was judged against */
  due: string | null;
  /** the reporter claimed a different status than the facts give */
  conflict: boolean;
  /** "done" without a completion date while the deadline had passed: taken at its word */
  missingCompletedDate: boolean;
}

export function referenceDate(period: PeriodWindow, today: string): string {
  return period.end ?? today;
}

/** The date a deadline falls due for a period, or null when it never does. */
export function dueDateFor(deadline: DeadlineInfo, period: PeriodWindow, today: string): string | null {
  if (deadline.kind === 'ongoing' || deadline.kind === 'unknown') return deadline.end;
  if (deadline.kind !== 'recurring') return deadline.end;
  const year = Number(referenceDate(period, today).slice(0, 4));
  const m = /(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/)/.exec(fold(deadline.text ?? ''));
  if (m) return isoDate(year, Number(m[2]), Number(m[1])) ?? isoDate(year, 12, 31);
  return isoDate(year, 12, 31);
}

const DONE_CLAIMS: ReadonlySet<Claim> = new Set(['done', 'done_on_time', 'done_late']);

export function deriveStatus(input: DeriveInput): Derived {
  const { claim, completedDate } = input;
  const ref = referenceDate(input.period, input.today);
  const due = dueDateFor(input.deadline, input.period, input.today);
  if (claim === 'dropped') return { status: 'dropped', due, conflict: false, missingCompletedDate: false };

  const finished = (claim !== null && DONE_CLAIMS.has(claim)) || (completedDate !== null && claim !== 'not_started');
  if (finished) {
    let status: StatusCode;
    let missingCompletedDate = false;
    if (completedDate) status = !due || completedDate <= due ? 'done_on_time' : 'done_late';
    else if (claim === 'done_late') status = 'done_late';
    else {
      status = 'done_on_time';
      missingCompletedDate = !!due && due < ref;
    }
    const conflict = (claim === 'done_on_time' || claim === 'done_late') && claim !== status;
    return { status, due, conflict, missingCompletedDate };
  }

  const late = !!due && due < ref;
  const status: StatusCode = late ? 'overdue' : claim === 'not_started' ? 'not_started' : 'in_progress';
  const conflict = (claim === 'overdue' && !late) || (claim === 'in_progress' && late);
  return { status, due, conflict, missingCompletedDate: false };
}

/** A target's deadline: the end of its horizon year ("đến năm 2030"), else none. */
export function targetDeadline(horizonYear: number | null): DeadlineInfo {
  return horizonYear
    ? { kind: 'year', start: isoDate(horizonYear, 1, 1), end: isoDate(horizonYear, 12, 31), text: `Năm ${horizonYear}` }
    : { kind: 'unknown', start: null, end: null, text: null };
}
