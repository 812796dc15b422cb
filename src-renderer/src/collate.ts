/** Vietnamese collation for sorting in the UI. */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
