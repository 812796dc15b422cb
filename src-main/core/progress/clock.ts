/** Today's date on this computer (local time), as ISO yyyy-mm-dd. Services take it as a parameter. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
