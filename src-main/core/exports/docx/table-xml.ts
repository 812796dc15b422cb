/**
 * Appendix tables as WordprocessingML text: a bold centred header row that repeats on
 * every page (tblHeader), thin single borders, no shading, cells top-aligned with wrapped
 * text, group rows (I, II, ...) bold in one cell spanning every column and kept with the
 * next row, and no row split across pages (cantSplit). Cells the printed table merged
 * with the row above span those rows (vMerge).
 *
 * Written as strings, not as `docx` objects: a 600-row appendix as docx objects took
 * most of a report export (the object tree, then its serialisation and its garbage);
 * the same markup as text takes a few milliseconds. write.ts puts it in place of a
 * marker paragraph after docx has packed the rest of the document.
 */
import { columnWidthsMm, rowSpans } from '../geometry';
import type { TableModel } from '../model';
import { FONT_NAME } from './text';
import { halfPoints, mmToTwips } from './units';

const BORDER = 'w:val="single" w:color="000000" w:sz="4"';
const TBL_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${BORDER}/>`).join('');
const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="70"/></w:tcMar>';
const FONTS = `<w:rFonts w:ascii="${FONT_NAME}" w:cs="${FONT_NAME}" w:eastAsia="${FONT_NAME}" w:hAnsi="${FONT_NAME}"/>`;

/** Text for an XML text node: escaped, without the control characters XML forbids. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function paragraph(text: string, sizePt: number, opts: { bold?: boolean; center?: boolean; keepNext?: boolean }): string {
  const hp = halfPoints(sizePt);
  const rPr = `<w:rPr>${FONTS}${opts.bold ? '<w:b/><w:bCs/>' : ''}<w:color w:val="000000"/><w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/></w:rPr>`;
  const lines = text.split('\n');
  const body = lines.map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`).join('');
  const pPr = `<w:pPr>${opts.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/><w:jc w:val="${opts.center ? 'center' : 'left'}"/></w:pPr>`;
  return `<w:p>${pPr}${body}</w:p>`;
}

function cell(widthTwips: number, inner: string, extra: string, vAlign: 'top' | 'center'): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthTwips}"/>${extra}${CELL_MARGINS}<w:vAlign w:val="${vAlign}"/></w:tcPr>${inner}</w:tc>`;
}

/** The table's markup; `onRow` is called once per body row (progress). */
export function appendixTableXml(model: TableModel, totalMm: number, sizePt: number, onRow: () => void = () => undefined): string {
  const twips = columnWidthsMm(model, totalMm).map(mmToTwips);
  const total = twips.reduce((a, b) => a + b, 0);
  const spans = rowSpans(model);
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${TBL_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...model.columns.map((c, i) => cell(twips[i]!, paragraph(c.header, sizePt, { bold: true, center: true }), '', 'center')),
    '</w:tr>',
  ];
  model.rows.forEach((r, ri) => {
    out.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    if (r.kind === 'group') {
      out.push(cell(total, paragraph(r.text, sizePt, { bold: true, keepNext: true }), `<w:gridSpan w:val="${model.columns.length}"/>`, 'top'));
    } else {
      r.cells.forEach((c, ci) => {
        const span = spans[ri]![ci]!;
        const center = model.columns[ci]?.align === 'center';
        if (span === 0) out.push(cell(twips[ci]!, `<w:p><w:pPr><w:jc w:val="${center ? 'center' : 'left'}"/></w:pPr></w:p>`, '<w:vMerge w:val="continue"/>', 'top'));
        else out.push(cell(twips[ci]!, paragraph(c.text, sizePt, { center }), span > 1 ? '<w:vMerge w:val="restart"/>' : '', 'top'));
      });
    }
    out.push('</w:tr>');
    onRow();
  });
  out.push('</w:tbl>');
  return out.join('');
}
