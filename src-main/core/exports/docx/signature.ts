/**
 * Signature and recipients: a borderless two-column table. Right: authority and title
 * (uppercase, bold), room for the signature, the signer's name (bold). Left, level with
 * the authority line: "Nơi nhận:" (bold italic, 12) and the recipients (11), one per
 * line starting with "-" and ending with ";", the last ("- Lưu: VT, ...") with ".".
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { Signature } from '../model';
import { NO_BORDERS } from './header-block';
import { bodyWidthMm } from '../geometry';
import { para, runs } from './text';
import { mmToTwips } from './units';

export const RECIPIENTS_LABEL_PT = 12;
export const RECIPIENTS_PT = 11;
/** room left for the handwritten signature and the seal */
const SIGNATURE_SPACE_PT = 72;

/** "- Sở Tài chính;" ... "- Lưu: VT, VP." */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map((r) => r.trim().replace(/^[-–]\s*/, '').replace(/[;.]+$/, '')).filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

function cell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    children,
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

export function signatureTable(s: Signature, recipients: string[], f: FormatSettings): Table {
  const total = bodyWidthMm(f);
  const leftMm = total * 0.45;
  const rightMm = total - leftMm;
  const left: Paragraph[] = [];
  if (recipients.length) {
    left.push(para(runs('Nơi nhận:', { size: RECIPIENTS_LABEL_PT, bold: true, italic: true }), { keepNext: true, keepLines: true }));
    for (const line of recipientLines(recipients)) left.push(para(runs(line, { size: RECIPIENTS_PT }), { keepLines: true }));
  } else {
    left.push(para([]));
  }
  const size = f.signatureSizePt;
  const right: Paragraph[] = [];
  const title = [s.authority, s.position].filter((x): x is string => !!x && x.trim() !== '').join('\n');
  if (title) right.push(para(runs(title.toLocaleUpperCase('vi'), { size, bold: true }), { align: 'center', keepNext: true }));
  right.push(para(runs(s.name?.trim() ?? '', { size, bold: true }), { align: 'center', beforePt: SIGNATURE_SPACE_PT }));
  return new Table({
    width: { size: mmToTwips(total), type: WidthType.DXA },
    columnWidths: [mmToTwips(leftMm), mmToTwips(rightMm)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftMm), cell(right, rightMm)] })],
  });
}
