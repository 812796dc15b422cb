/**
 * Số, ký hiệu of a document. State documents: number/kind-issuer, optionally with the
 * year ("123/KH-SGDĐT", "1042/QĐ-UBND", "248/2025/QH15", "02/2025/TT-BGDĐT").
 * Party documents: number-kind/issuer ("02-CTr/TU", "71-NQ/TW", "78-HD/BTGTU").
 */
const UPPER = 'A-ZĐƯƠÂÊÔĂÁÀẢÃẠ';
const STATE = new RegExp(`^\\d{1,5}(?:/\\d{4})?/[${UPPER}0-9&]+(?:-[${UPPER}0-9&]+)*$`, 'u');
const PARTY = new RegExp(`^\\d{1,5}-[A-Za-zĐđ]{1,6}/[${UPPER}0-9]+(?:-[${UPPER}0-9]+)*$`, 'u');

/** Spaces dropped ("123/KH - SGDĐT"), a leading "Số" removed, NFC. */
export function normalizeNumberSymbol(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\s*số[:\s]*/iu, '')
    .replace(/\s+/g, '');
}

export function numberSymbolPattern(text: string): 'state' | 'party' | null {
  if (STATE.test(text)) return 'state';
  if (PARTY.test(text)) return 'party';
  return null;
}

export const NUMBER_SYMBOL_HELP =
  'Văn bản hành chính ghi số/ký hiệu, ví dụ 123/KH-SGDĐT; văn bản của Đảng ghi số-ký hiệu, ví dụ 02-CTr/TU. Để trống nếu là dự thảo chưa có số.';
