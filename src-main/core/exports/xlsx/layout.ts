/**
 * Excel geometry: column widths in Excel's character units so the table fills the width
 * of A4 landscape between the appendix margins, and row heights estimated from the text
 * (merged cells are never auto-fitted by Excel, and LibreOffice and Excel agree only on
 * stored heights).
 */
import { textWidthMm, type FontStyle } from '../text-width';

/** Width of "0" in the Normal font, Times New Roman 12 (normal-font.ts), at 96 dpi: 8 px. */
const MAX_DIGIT_PX = 8;
const PX_PER_MM = 96 / 25.4;
/** Excel adds 5 px of padding to every column. */
const PADDING_PX = 5;

export function mmToExcelWidth(mm: number): number {
  return Math.max(1, Math.round(((mm * PX_PER_MM - PADDING_PX) / MAX_DIGIT_PX) * 100) / 100);
}

export function excelWidthToMm(width: number): number {
  return (width * MAX_DIGIT_PX + PADDING_PX) / PX_PER_MM;
}

/** Lines a text wraps to in a column of the given width (explicit line breaks included). */
export function wrappedLines(text: string, widthMm: number, sizePt: number, style: FontStyle = 'regular'): number {
  // cell padding, and a little slack: LibreOffice and Excel do not break lines exactly alike
  const usable = Math.max(5, (widthMm - 2) / 1.04);
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = textWidthMm(`${word} `, style, sizePt);
      if (line > 0 && line + w > usable) {
        count += 1;
        line = 0;
      }
      line += w;
      // a single word longer than the column breaks across lines
      while (line > usable) {
        count += 1;
        line -= usable;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

export function rowHeightPt(lines: number, sizePt: number): number {
  return Math.ceil(lines * sizePt * 1.22 + 4);
}
