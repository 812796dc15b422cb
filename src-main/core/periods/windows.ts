/**
 * Data cut-off windows of Nghị định 09/2019/NĐ-CP (pure): a quarter runs from the 15th of
 * the month before it to the 14th of its last month; the half year from 15/12 of the previous
 * year to 14/6; the year from 15/12 to 14/12. Every window is a default: officers edit them.
 */
import { isoDate } from '../vn/dates';

export interface Window {
  start: string;
  end: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function romanQuarter(q: number): string {
  return ROMAN[q - 1] ?? String(q);
}

function at(year: number, month: number, day: number): string {
  const d = isoDate(year, month, day);
  if (!d) throw new Error(`invalid date ${year}-${month}-${day}`);
  return d;
}

/** Quý q of year: Q1 15/12 (year-1) – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12. */
export function quarterWindow(year: number, q: number): Window {
  const lastMonth = q * 3;
  const startMonth = lastMonth - 3;
  return {
    start: startMonth === 0 ? at(year - 1, 12, 15) : at(year, startMonth, 15),
    end: at(year, lastMonth, 14),
  };
}

/** 6 tháng đầu năm: 15/12 of the previous year – 14/6. */
export function halfWindow(year: number): Window {
  return { start: at(year - 1, 12, 15), end: at(year, 6, 14) };
}

/** Năm: 15/12 of the previous year – 14/12. */
export function yearWindow(year: number): Window {
  return { start: at(year - 1, 12, 15), end: at(year, 12, 14) };
}

/** Several years at once (sơ kết, tổng kết): 15/12 before the first year – 14/12 of the last. */
export function yearsWindow(fromYear: number, toYear: number): Window {
  return { start: at(fromYear - 1, 12, 15), end: at(toYear, 12, 14) };
}

/**
 * Default due date when the plan names none: the 20th of the window's last month,
 * six days after the cut-off (the date ministries report to the Government by).
 */
export function defaultDueDate(window: Window): string {
  const [y, m] = window.end.split('-').map(Number) as [number, number];
  return at(y, m, 20);
}

/** Which quarter a window or label names: by its end month (3, 6, 9, 12) or "Quý II". */
export function quarterOf(endDate: string | null, label: string): number | null {
  const m = /quý\s*(IV|III|II|I|[1-4])\b/i.exec(label.normalize('NFC'));
  if (m?.[1]) {
    const r = m[1].toUpperCase();
    const n = ROMAN.indexOf(r as (typeof ROMAN)[number]);
    return n >= 0 ? n + 1 : Number(r);
  }
  if (endDate) {
    const month = Number(endDate.slice(5, 7));
    if (month % 3 === 0) return month / 3;
  }
  return null;
}
