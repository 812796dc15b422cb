/** Dates are day/month/year everywhere; never read 10/4 as 4 October. */

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = daysInMonth(year, month);
  if (day > last) return null;
  return `${year.toString().padStart(4, '0')}-${month.toString().padStart(2, '0')}-${day
    .toString()
    .padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse a day/month/year date as officers type it: "10/4/2026", "05/03/2026",
 * "10-4-2026", "10.4.2026". Returns ISO "2026-04-10" or null (incl. 31/02/2026).
 */
export function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Whether a string is a valid ISO calendar date (yyyy-mm-dd). */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
