/**
 * Readable ASCII file names for exported files ("BC_Quy-I-2026_KH-05-SGDDT.docx"):
 * folded to ASCII so they survive e-mail, USB sticks and the e-office system.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Quý I/2026" → "Quy-I-2026"; keeps case, drops marks, joins words with "-". */
export function asciiSlug(text: string, maxLength = 60): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** "05/KH-SGDĐT" → "KH-05-SGDDT"; "02-CTr/TU" → "CTr-02-TU"; a plan without number → "KH-du-thao-<id>". */
export function planFileStem(numberSymbol: string | null, kindCode: string, planId: number): string {
  if (numberSymbol) {
    const nd30 = /^(\d+)\/([^-]+)-(.+)$/.exec(numberSymbol.trim());
    if (nd30) return asciiSlug(`${nd30[2]}-${nd30[1]}-${nd30[3]}`);
    const party = /^(\d+)-([^/]+)\/(.+)$/.exec(numberSymbol.trim());
    if (party) return asciiSlug(`${party[2]}-${party[1]}-${party[3]}`);
    return asciiSlug(numberSymbol);
  }
  return `${kindCode || 'VB'}-du-thao-${planId}`;
}

export function reportFileName(periodLabel: string, planStem: string, ext: 'docx' | 'xlsx'): string {
  return `BC_${asciiSlug(periodLabel, 40)}_${planStem}${ext === 'xlsx' ? '_Phu-luc' : ''}.${ext}`;
}

export function planFileName(planStem: string, summary: string, ext: 'docx' | 'xlsx'): string {
  return `${planStem}_${asciiSlug(summary, 50)}${ext === 'xlsx' ? '_Phu-luc' : ''}.${ext}`;
}
