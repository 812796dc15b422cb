/**
 * Deadlines as officers write them, kept as text plus a parsed interval and a kind:
 * "Năm 2026", "Quý II năm 2026", "Quý I/2026", "6 tháng đầu năm 2026", "Tháng 9/2026",
 * "trước ngày 10/12" (every year), "10/4/2026", "2025 - 2030", "Giai đoạn 2025-2030",
 * "Thường xuyên", "Hằng năm", "Năm học 2025-2026".
 */
import { daysInMonth, isoDate } from './dates';
import { fold } from './text';

export const DEADLINE_KINDS = [
  'date',
  'month',
  'quarter',
  'half',
  'year',
  'school_year',
  'range',
  'recurring',
  'ongoing',
  'unknown',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** ISO date, inclusive */
  start: string | null;
  /** ISO date, inclusive */
  end: string | null;
}

const UNKNOWN: ParsedDeadline = { kind: 'unknown', start: null, end: null };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function monthRange(year: number, fromMonth: number, toMonth: number): { start: string | null; end: string | null } {
  return { start: isoDate(year, fromMonth, 1), end: isoDate(year, toMonth, daysInMonth(year, toMonth)) };
}

function yearOk(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

export function parseDeadline(text: string | null | undefined): ParsedDeadline {
  if (!text) return UNKNOWN;
  // fold, then drop filler words that do not change the interval
  const t = fold(text)
    .replace(/[–—]/g, '-')
    .replace(/^(hoan thanh |thuc hien |trien khai )/, '')
    .replace(/[.;:]+$/, '')
    .trim();
  if (t === '') return UNKNOWN;

  if (/^(thuong xuyen|lien tuc|thuong xuyen, lien tuc)$/.test(t)) return { kind: 'ongoing', start: null, end: null };
  if (/^(hang nam|hàng năm|hang quy|hang thang|dinh ky hang nam|moi nam)$/.test(t)) {
    return { kind: 'recurring', start: null, end: null };
  }

  let m: RegExpExecArray | null;

  // full date, possibly "trước ngày 10/4/2026", "chậm nhất ngày 10/4/2026", "ngày 10/4/2026"
  m = /^(?:(?:truoc|cham nhat|han chot|trong) )?(?:ngay )?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (m) {
    const d = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    return d ? { kind: 'date', start: d, end: d } : UNKNOWN;
  }

  // "trước ngày 10/12" (every year), "trước ngày 10/12 hằng năm"
  m = /^(?:(?:truoc|cham nhat) )?(?:ngay )?(\d{1,2})\s*\/\s*(\d{1,2})(?: (?:hang|moi) nam)?$/.exec(t);
  if (m) {
    const ok = isoDate(2000, Number(m[2]), Number(m[1]));
    return ok ? { kind: 'recurring', start: null, end: null } : UNKNOWN;
  }

  // quarter: "quý ii năm 2026", "quý i/2026", "quý 2 năm 2026"
  m = /^quy (iv|iii|ii|i|[1-4])(?: nam |\s*\/\s*| )(\d{4})$/.exec(t);
  if (m) {
    const q = ROMAN[m[1] ?? ''] ?? 0;
    const y = Number(m[2]);
    if (!q || !yearOk(y)) return UNKNOWN;
    return { kind: 'quarter', ...monthRange(y, q * 3 - 2, q * 3) };
  }

  // half: "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"
  m = /^(?:6|sau) thang (dau|cuoi) nam (\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[2]);
    if (!yearOk(y)) return UNKNOWN;
    return { kind: 'half', ...(m[1] === 'dau' ? monthRange(y, 1, 6) : monthRange(y, 7, 12)) };
  }

  // month: "tháng 9/2026", "tháng 9 năm 2026", "trong tháng 9/2026"
  m = /^(?:trong )?thang (\d{1,2})(?:\s*\/\s*| nam )(\d{4})$/.exec(t);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || !yearOk(y)) return UNKNOWN;
    return { kind: 'month', ...monthRange(y, mo, mo) };
  }

  // school year: "năm học 2025-2026"
  m = /^nam hoc (\d{4})\s*-\s*(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b !== a + 1 || !yearOk(a)) return UNKNOWN;
    return { kind: 'school_year', start: isoDate(a, 9, 1), end: isoDate(b, 5, 31) };
  }

  // range: "2025 - 2030", "giai đoạn 2025-2030", "từ năm 2025 đến năm 2030", "năm 2025-2030"
  m = /^(?:giai doan |nam |tu nam |tu )?(\d{4})\s*(?:-|den nam|den)\s*(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!yearOk(a) || !yearOk(b) || b < a) return UNKNOWN;
    return { kind: 'range', start: isoDate(a, 1, 1), end: isoDate(b, 12, 31) };
  }

  // year: "năm 2026", "2026", "trong năm 2026", "đến năm 2030"
  m = /^(?:trong |den |truoc )?(?:nam )?(\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    if (!yearOk(y)) return UNKNOWN;
    return { kind: 'year', ...monthRange(y, 1, 12) };
  }

  if (/^(hang nam|moi nam)\b/.test(t) || /\b(hang nam|dinh ky)$/.test(t)) {
    return { kind: 'recurring', start: null, end: null };
  }
  return UNKNOWN;
}
