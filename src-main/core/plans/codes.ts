/**
 * Codes and TT numbers of rows in a table. A code is local to its table (a task "II.1"
 * and a target "II.1" of one plan are different rows). A code follows its TT when it was
 * written that way: "II.3" = group "II" + TT "3", or the TT itself ("4.7.1").
 */

/** The code a row should get when its TT or group changes, or null to keep its code. */
export function followingCode(
  old: { code: string; tt: string; groupCode: string | null },
  next: { tt: string; groupCode: string | null },
): string | null {
  if (old.code === old.tt) return next.tt;
  if (old.groupCode !== null && old.code === `${old.groupCode}.${old.tt}`) {
    return next.groupCode !== null ? `${next.groupCode}.${next.tt}` : next.tt;
  }
  return null;
}

/** The TT after the last one: "4" → "5", "1.4" → "1.5", "b" → "b.1"; none → "1". */
export function nextTt(last: string | null, fallbackPrefix: string | null = null): string {
  if (!last) return fallbackPrefix ? `${fallbackPrefix}.1` : '1';
  const m = /^(.*?)(\d+)$/.exec(last);
  if (!m) return `${last}.1`;
  const n = Number(m[2]) + 1;
  return `${m[1]}${String(n).padStart(m[2]!.length, '0')}`;
}

/** Code for a new row: like its neighbour when the neighbour's code follows its TT. */
export function newRowCode(tt: string, groupCode: string | null, neighbour: { code: string; tt: string } | null): string {
  if (neighbour && groupCode !== null && neighbour.code === `${groupCode}.${neighbour.tt}`) return `${groupCode}.${tt}`;
  if (neighbour) return tt;
  return groupCode !== null && !tt.startsWith(`${groupCode}.`) && !/\./.test(tt) ? `${groupCode}.${tt}` : tt;
}
