/** Numbers as officers write them: "." groups thousands, "," is the decimal mark. */

const VN_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/**
 * Parse "1.234,5" → 1234.5, "0,82" → 0.82, "16.000" → 16000, "01" → 1.
 * Returns null when the text is not a Vietnamese-style number.
 * A lone "." followed by other than three digits ("2.5") is not accepted: ambiguous.
 */
export function parseVnNumber(text: string): number | null {
  const t = text.trim().replace(/\s+/g, '');
  if (!VN_NUMBER.test(t)) return null;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Split a Vietnamese decimal ("10.275,852") into whole and fraction digit strings,
 * so money can be scaled exactly with BigInt.
 */
export function splitVnDecimal(text: string): { whole: string; fraction: string } | null {
  const t = text.trim().replace(/\s+/g, '');
  if (!VN_NUMBER.test(t)) return null;
  const [whole = '0', fraction = ''] = t.replace(/\./g, '').split(',');
  return { whole, fraction };
}
