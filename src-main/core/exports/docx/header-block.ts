/**
 * The header block: a borderless two-column table (about 40:60). Left: parent agency
 * (not bold), issuing agency (bold) with a short rule of 40% of its length, then the
 * number line. Right: Quốc hiệu (bold), Tiêu ngữ (bold, one size larger) with a rule as
 * long as the text, then the place and date (italic) on the row of the number.
 * Columns widen to fit a one-line agency name and Quốc hiệu; when the right column
 * needs more room than the text width leaves, the table reaches into the left margin.
 */
import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { HeaderBlock } from '../model';
import { textWidthMm } from '../text-width';
import { bodyWidthMm } from '../geometry';
import { para, rule, runs } from './text';
import { mmToTwips } from './units';

export const NUMBER_SIZE_PT = 13;
const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** agency rule: between 1/3 and 1/2 of the agency name's length */
const AGENCY_RULE_RATIO = 0.4;
const MAX_OUTDENT_MM = 15;
/** white space kept around the longest line of each column */
const GAP_MM = 4;

export const NO_BORDERS = {
  top: { style: 'nil', size: 0, color: 'auto' },
  bottom: { style: 'nil', size: 0, color: 'auto' },
  left: { style: 'nil', size: 0, color: 'auto' },
  right: { style: 'nil', size: 0, color: 'auto' },
  insideHorizontal: { style: 'nil', size: 0, color: 'auto' },
  insideVertical: { style: 'nil', size: 0, color: 'auto' },
} as const;

export interface HeaderLayout {
  leftMm: number;
  rightMm: number;
  outdentMm: number;
}

export function headerLayout(h: HeaderBlock, f: FormatSettings): HeaderLayout {
  const total = bodyWidthMm(f);
  const neededLeft =
    Math.max(
      h.parentAgency ? textWidthMm(h.parentAgency, 'regular', f.agencySizePt) : 0,
      ...h.agency.split('\n').map((l) => textWidthMm(l, 'bold', f.agencySizePt)),
      textWidthMm(h.numberLine, 'regular', NUMBER_SIZE_PT),
    ) + GAP_MM;
  const leftMm = Math.min(Math.max(total * 0.4, neededLeft), total * 0.45);
  const rightTitle = h.party ? PARTY_TITLE : NATIONAL_TITLE;
  const neededRight =
    Math.max(textWidthMm(rightTitle, 'bold', f.nationalTitleSizePt), textWidthMm(h.placeDate, 'italic', f.placeDateSizePt)) + GAP_MM;
  const outdentMm = Math.min(MAX_OUTDENT_MM, Math.max(0, neededRight - (total - leftMm)));
  return { leftMm, rightMm: total - leftMm + outdentMm, outdentMm };
}

function cell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    children,
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function leftTop(h: HeaderBlock, f: FormatSettings, colMm: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (h.parentAgency) out.push(para(runs(h.parentAgency, { size: f.agencySizePt }), { align: 'center' }));
  out.push(para(runs(h.agency, { size: f.agencySizePt, bold: true }), { align: 'center' }));
  if (h.party) {
    out.push(para(runs('*', { size: f.agencySizePt }), { align: 'center' }));
  } else {
    const agencyMm = Math.min(colMm, Math.max(...h.agency.split('\n').map((l) => textWidthMm(l, 'bold', f.agencySizePt))));
    out.push(rule(agencyMm * AGENCY_RULE_RATIO, colMm));
  }
  return out;
}

function rightTop(h: HeaderBlock, f: FormatSettings, colMm: number): Paragraph[] {
  if (h.party) {
    const size = f.nationalTitleSizePt + 1;
    return [para(runs(PARTY_TITLE, { size, bold: true }), { align: 'center' }), rule(textWidthMm(PARTY_TITLE, 'bold', size), colMm)];
  }
  const mottoSize = f.nationalTitleSizePt + 1;
  return [
    para(runs(NATIONAL_TITLE, { size: f.nationalTitleSizePt, bold: true }), { align: 'center' }),
    para(runs(MOTTO, { size: mottoSize, bold: true }), { align: 'center' }),
    rule(Math.min(colMm, textWidthMm(MOTTO, 'bold', mottoSize)), colMm),
  ];
}

export function headerBlockTable(h: HeaderBlock, f: FormatSettings): Table {
  const { leftMm, rightMm, outdentMm } = headerLayout(h, f);
  return new Table({
    width: { size: mmToTwips(leftMm + rightMm), type: WidthType.DXA },
    columnWidths: [mmToTwips(leftMm), mmToTwips(rightMm)],
    indent: { size: -mmToTwips(outdentMm), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(leftTop(h, f, leftMm), leftMm), cell(rightTop(h, f, rightMm), rightMm)], cantSplit: true }),
      new TableRow({
        cantSplit: true,
        children: [
          cell([para(runs(h.numberLine, { size: NUMBER_SIZE_PT }), { align: 'center', beforePt: 6 })], leftMm),
          cell([para(runs(h.placeDate, { size: f.placeDateSizePt, italic: true }), { align: 'center', beforePt: 6 })], rightMm),
        ],
      }),
    ],
  });
}
