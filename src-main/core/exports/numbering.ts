/**
 * Number lines, place-and-date lines and appendix numerals as Decree 30 prints them.
 * Numbers below 10 take a leading zero ("Số: 05/KH-SGDĐT"); in dates, days below 10 and
 * months 1 and 2 do ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026").
 * A draft leaves blanks for the number, day and month.
 */
import { fold } from '../vn/text';

/** Ký hiệu codes of document kinds (nd30-format.md); công văn has none. */
export const KIND_CODE: Record<string, string> = {
  nghi_quyet: 'NQ',
  quyet_dinh: 'QĐ',
  chi_thi: 'CT',
  chuong_trinh: 'CTr',
  de_an: 'ĐA',
  ke_hoach: 'KH',
  huong_dan: 'HD',
  bao_cao: 'BC',
  thong_bao: 'TB',
  ket_luan: 'KL',
  cong_van: '',
};

/** Document type as printed in the title: KẾ HOẠCH, BÁO CÁO ... */
export const KIND_TITLE: Record<string, string> = {
  nghi_quyet: 'NGHỊ QUYẾT',
  quyet_dinh: 'QUYẾT ĐỊNH',
  chi_thi: 'CHỈ THỊ',
  chuong_trinh: 'CHƯƠNG TRÌNH',
  de_an: 'ĐỀ ÁN',
  ke_hoach: 'KẾ HOẠCH',
  huong_dan: 'HƯỚNG DẪN',
  bao_cao: 'BÁO CÁO',
  thong_bao: 'THÔNG BÁO',
  ket_luan: 'KẾT LUẬN',
};

/** The blank an officer fills by hand: six spaces, as in the government's templates. */
export const BLANK = '      ';

/** Party numbering (Hướng dẫn 36-HD/VPTW): "02-CTr/TU", "71-NQ/TW". */
export function isPartyNumber(numberSymbol: string): boolean {
  return /^\d+-[\p{L}]+\/[\p{L}\d]+$/u.test(numberSymbol.trim());
}

/** "5/KH-SGDĐT" → "05/KH-SGDĐT"; spaces around "/" and "-" removed. */
export function normalizeNumberSymbol(numberSymbol: string): string {
  const compact = numberSymbol.trim().replace(/\s*([/-])\s*/g, '$1');
  return compact.replace(/^(\d+)(?=[/-])/, (n) => (Number(n) < 10 ? n.padStart(2, '0').slice(-2) : n));
}

/** The draft's ký hiệu: "KH-SGDĐT" (or "SGDĐT-VP" for a công văn, which has no type code). */
export function draftSymbol(kind: string, agencySymbol: string): string {
  const code = KIND_CODE[kind] ?? '';
  return code ? `${code}-${agencySymbol}` : agencySymbol;
}

export function numberLine(numberSymbol: string | null, kind: string, agencySymbol: string): string {
  if (numberSymbol && numberSymbol.trim()) {
    const n = normalizeNumberSymbol(numberSymbol);
    return isPartyNumber(n) ? `Số ${n}` : `Số: ${n}`;
  }
  return `Số:${BLANK}/${draftSymbol(kind, agencySymbol)}`;
}

/** "ngày 05 tháng 3 năm 2026" for an ISO date; blanks with the given year for a draft. */
export function datePhrase(iso: string | null, draftYear: number): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return `ngày${BLANK}tháng${BLANK}năm ${draftYear}`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

export function placeDateLine(place: string, iso: string | null, draftYear: number): string {
  return `${place}, ${datePhrase(iso, draftYear)}`;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** "Phụ lục I", "Phụ lục II" when there are several; "Phụ lục" alone otherwise. */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${roman(index + 1)}` : 'Phụ lục';
}

/**
 * The agency part of a ký hiệu for a document without a number: the office's own symbol
 * when the office issues it, "UBND" for a people's committee, else the office's symbol.
 */
export function agencySymbolFor(issuerAgency: string, office: { agency: string; symbol: string }): string {
  const f = fold(issuerAgency);
  if (f === fold(office.agency)) return office.symbol;
  if (f.startsWith('uy ban nhan dan') || f.startsWith('ubnd')) return 'UBND';
  return office.symbol;
}
