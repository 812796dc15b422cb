/**
 * Display formats shared by the core and the renderer (pure, no Node):
 * dd/mm/yyyy dates and "1.234,5" numbers.
 */

/** "2026-04-10" → "10/04/2026"; null and malformed input → "". */
export function formatVnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return '';
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** 1234.5 → "1.234,5"; 10275852000000 → "10.275.852.000.000". */
export function formatVnNumber(value: number | null | undefined, maxFractionDigits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [whole = '0', frac = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Whole đồng for display with thin grouping: 10275852000000 → "10 275 852 000 000 đ". */
export function formatDong(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return `${Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0đ`;
}
