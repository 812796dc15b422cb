/** Cell text as every reader stores it: NFC, line breaks as "\n", lines trimmed, capped. */
import { LIMITS } from './limits';

/** Anything cleanCellText would change besides NFC; most cells have none of it. */
const NEEDS_CLEANING = /[\r\n\v\u2028\u2029\u00a0\u2007\u202f\t\u200b\u200c\ufeff\u00ad]|\u200d| {2}|^ | $/;

export function cleanCellText(raw: string): { text: string; cut: boolean } {
  if (!NEEDS_CLEANING.test(raw)) {
    const t = raw.normalize('NFC');
    return t.length > LIMITS.maxCellText ? { text: t.slice(0, LIMITS.maxCellText), cut: true } : { text: t, cut: false };
  }
  let t = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\v|\u2028|\u2029/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, '')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  let cut = false;
  if (t.length > LIMITS.maxCellText) {
    t = t.slice(0, LIMITS.maxCellText);
    cut = true;
  }
  return { text: t, cut };
}

export const CUT_MESSAGE = `Ô dài quá ${LIMITS.maxCellText.toLocaleString('vi-VN')} ký tự; PlanDesk chỉ lấy phần đầu. Hãy kiểm tra lại nội dung ô trong tệp gốc.`;

/** Text that a spreadsheet would take for a formula if it were ever written back unquoted. */
export function looksLikeFormula(text: string): boolean {
  return /^[=@]/.test(text);
}

export const FORMULA_TEXT_MESSAGE =
  'Ô bắt đầu bằng “=” hoặc “@”: PlanDesk giữ nguyên là chữ, không tính như công thức. Hãy kiểm tra đây đúng là nội dung cần nhập.';

/** Drop empty trailing rows and columns (and rows beyond the last used one). */
export function trimTable(rows: string[][]): string[][] {
  let lastRow = rows.length - 1;
  while (lastRow >= 0 && rows[lastRow]!.every((c) => c === '')) lastRow--;
  const kept = rows.slice(0, lastRow + 1);
  let width = 0;
  for (const r of kept) {
    for (let c = r.length - 1; c >= width; c--) {
      if (r[c] !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return kept.map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push('');
    return row;
  });
}
