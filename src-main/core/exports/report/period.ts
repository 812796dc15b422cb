/**
 * How a reporting period reads in the report ("Quý I/2026", "6 tháng đầu năm 2026",
 * "năm 2026") and which window comes next, for "Nhiệm vụ trọng tâm thời gian tới".
 */
import type { Row } from '../../db/schema';
import { daysInMonth, isoDate } from '../../vn/dates';
import { parseDeadline } from '../../vn/deadline';
import { roman } from '../numbering';
import { lowerFirst } from './vn-text';

type Period = Pick<Row<'reporting_periods'>, 'id' | 'kind' | 'label' | 'year' | 'start_date' | 'end_date'>;

/** The period as it stands in the title's parentheses and after "Trong". */
export function periodPhrase(p: Pick<Period, 'kind' | 'label' | 'year'>): string {
  if (p.kind === 'year' && p.year !== null) return `năm ${p.year}`;
  if (p.kind === 'quarter' || p.kind === 'half') return p.label;
  return lowerFirst(p.label);
}

/** "trong Quý I/2026", "trong năm 2026", "kỳ sơ kết năm 2026": after "kết quả thực hiện". */
export function periodSpan(p: Pick<Period, 'kind' | 'label' | 'year'>): string {
  if (p.kind === 'quarter' || p.kind === 'half' || p.kind === 'year') return `trong ${periodPhrase(p)}`;
  if (p.kind === 'adhoc') return 'thời gian qua';
  return `kỳ ${periodPhrase(p)}`;
}

/** "Trong Quý I/2026", "Trong năm 2026"; an ad hoc report speaks of "thời gian qua". */
export function periodOpening(p: Pick<Period, 'kind' | 'label' | 'year'>): string {
  if (p.kind === 'adhoc') return 'Trong thời gian qua';
  if (p.kind === 'review' || p.kind === 'final') return `Tính đến kỳ ${periodPhrase(p)}`;
  return `Trong ${periodPhrase(p)}`;
}

export interface Window {
  label: string;
  start: string;
  end: string;
}

/**
 * The calendar span a period speaks of: "Quý II/2026" is April to June (deadlines are
 * calendar dates), even though its data window runs from 15/3 to 14/6.
 */
export function calendarSpan(p: Period): { start: string; end: string } | null {
  const parsed = parseDeadline(p.kind === 'year' && p.year !== null ? `Năm ${p.year}` : p.label);
  if (parsed.start && parsed.end && (parsed.kind === 'quarter' || parsed.kind === 'half' || parsed.kind === 'year' || parsed.kind === 'month')) {
    return { start: parsed.start, end: parsed.end };
  }
  return p.start_date && p.end_date ? { start: p.start_date, end: p.end_date } : null;
}

function monthStart(iso: string, addMonths: number): { y: number; m: number } {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + addMonths;
  return { y: y + Math.floor(m / 12), m: (m % 12) + 1 };
}

function lastDay(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(y, m))!;
}

/** The span right after a calendar span of whole months, with its name when it is a quarter, half or year. */
function following(span: { start: string; end: string }): Window {
  const first = monthStart(span.start, 0);
  const after = monthStart(span.end, 1);
  const months = (after.y - first.y) * 12 + (after.m - first.m);
  const last = monthStart(`${after.y}-${String(after.m).padStart(2, '0')}-01`, months - 1);
  const start = isoDate(after.y, after.m, 1)!;
  const end = lastDay(last.y, last.m);
  let label = 'thời gian tới';
  if (months === 3 && after.m % 3 === 1) label = `Quý ${roman((after.m + 2) / 3)}/${after.y}`;
  if (months === 6 && after.m === 1) label = `6 tháng đầu năm ${after.y}`;
  if (months === 6 && after.m === 7) label = `6 tháng cuối năm ${after.y}`;
  if (months === 12 && after.m === 1) label = `năm ${after.y}`;
  return { label, start, end };
}

/**
 * The next period of the same kind in the plan's list, or the span that follows this
 * one's calendar span. Null for a period without dates (ad hoc).
 */
export function nextWindow(current: Period, periods: Period[]): Window | null {
  const span = calendarSpan(current);
  if (!span) return null;
  const later = periods
    .filter((p) => p.kind === current.kind && p.id !== current.id)
    .map((p) => ({ p, s: calendarSpan(p) }))
    .filter((x): x is { p: Period; s: { start: string; end: string } } => !!x.s && x.s.start > span.end)
    .sort((a, b) => (a.s.start < b.s.start ? -1 : 1));
  const next = later[0];
  if (next) return { label: periodPhrase(next.p), start: next.s.start, end: next.s.end };
  return following(span);
}
