/** Cell values of a returned template → typed values (pure): dates, numbers, texts. */
import { isValidIsoDate, parseVnDate } from '../../vn/dates';
import { parseVnNumber } from '../../vn/numbers';
import type { Cell } from './read';

export function cellText(c: Cell | undefined): string | null {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  const t = String(c).normalize('NFC').trim();
  return t === '' ? null : t;
}

function fromExcelSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 100000) return null;
  const ms = Math.round((n - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date cell: a real date, an Excel serial number, or text "10/4/2026" (never month-first). */
export function cellDate(c: Cell | undefined): { value: string | null; invalid: boolean } {
  if (c === null || c === undefined) return { value: null, invalid: false };
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return { value: null, invalid: true };
    // exceljs gives dates as UTC midnight; a few writers shift by a time zone, so round to the nearest day
    const d = new Date(c.getTime() + 12 * 3600 * 1000);
    return { value: d.toISOString().slice(0, 10), invalid: false };
  }
  if (typeof c === 'number') {
    const v = fromExcelSerial(c);
    return { value: v, invalid: v === null };
  }
  const t = cellText(c);
  if (!t) return { value: null, invalid: false };
  const vn = parseVnDate(t);
  if (vn) return { value: vn, invalid: false };
  if (isValidIsoDate(t)) return { value: t, invalid: false };
  return { value: null, invalid: true };
}

/** A number cell: a number, or text "86,5", "1.234", "70%" ("86.5" with 1–2 decimals read as a decimal point). */
export function cellNumber(c: Cell | undefined): { value: number | null; invalid: boolean } {
  if (c === null || c === undefined) return { value: null, invalid: false };
  if (typeof c === 'number') return Number.isFinite(c) ? { value: c, invalid: false } : { value: null, invalid: true };
  const t = cellText(c)?.replace(/%$/, '').trim();
  if (!t) return { value: null, invalid: false };
  const vn = parseVnNumber(t);
  if (vn !== null) return { value: vn, invalid: false };
  if (/^[+-]?\d+\.\d{1,2}$/.test(t)) return { value: Number(t), invalid: false };
  return { value: null, invalid: true };
}
