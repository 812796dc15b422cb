/** Vietnamese text: NFC storage, folded comparison, Vietnamese collation. */

/** Normalise to NFC and trim; what every stored text goes through. */
export function nfc(value: string): string {
  return value.normalize('NFC').trim();
}

export function nfcOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = nfc(value);
  return v === '' ? null : v;
}

/**
 * Folded form for search and matching: NFD, drop combining marks, đ→d, Đ→D,
 * lower-case, collapse white space. "Sở Giáo dục và Đào tạo" → "so giao duc va dao tao".
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare with Vietnamese collation (Intl.Collator('vi')). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
