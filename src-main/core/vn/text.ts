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
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : value[i];
      continue;
    }
    // per character is the same as per string in Latin and Vietnamese letters; elsewhere
    // (Greek final sigma, surrogate pairs…) case and marks may depend on context
    if (!(code < 0x370 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f))) return foldWhole(value);
    let f = FOLDED[code];
    if (f === undefined) FOLDED[code] = f = foldChar(value[i]!);
    out += f;
  }
  return NEEDS_SPACING.test(out) ? out.replace(/\s+/g, ' ').trim() : out;
}

/** Folded form of single characters, filled as they are met (fold runs on every cell of an import). */
const FOLDED: string[] = [];
const NEEDS_SPACING = /[^\S ]| {2}|^ | $/;

function foldChar(c: string): string {
  return c
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, (x) => (x === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}

function foldWhole(value: string): string {
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
