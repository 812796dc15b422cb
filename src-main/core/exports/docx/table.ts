/**
 * Appendix tables: a bold centred header row that repeats on every page (tblHeader),
 * thin single borders, no shading, cells top-aligned with wrapped text, group rows
 * (I, II, ...) bold in one cell spanning every column, and no row split across pages
 * (cantSplit). Cells the printed table merged with the row above span those rows.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import { columnWidthsMm, rowSpans } from '../geometry';
import type { TableModel } from '../model';
import { para, runs } from './text';
import { mmToTwips } from './units';

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const CELL_MARGINS = { left: 70, right: 70, top: 30, bottom: 30 };

function cellParagraphs(text: string, size: number, opts: { bold?: boolean; center?: boolean }): Paragraph[] {
  return [para(runs(text, { size, bold: opts.bold ?? false }), { align: opts.center ? 'center' : 'left' })];
}

export function appendixTable(model: TableModel, totalMm: number, sizePt: number): Table {
  const widths = columnWidthsMm(model, totalMm);
  const twips = widths.map(mmToTwips);
  const spans = rowSpans(model);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.columns.map(
      (c, i) =>
        new TableCell({
          children: cellParagraphs(c.header, sizePt, { bold: true, center: true }),
          width: { size: twips[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_MARGINS,
        }),
    ),
  });
  const body = model.rows.map((r, ri) => {
    if (r.kind === 'group') {
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          new TableCell({
            children: cellParagraphs(r.text, sizePt, { bold: true }),
            columnSpan: model.columns.length,
            width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.TOP,
            margins: CELL_MARGINS,
          }),
        ],
      });
    }
    const cells: TableCell[] = [];
    r.cells.forEach((cell, ci) => {
      const span = spans[ri]![ci]!;
      if (span === 0) return;
      cells.push(
        new TableCell({
          children: cellParagraphs(cell.text, sizePt, { center: model.columns[ci]?.align === 'center' }),
          width: { size: twips[ci]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.TOP,
          margins: CELL_MARGINS,
          ...(span > 1 ? { rowSpan: span } : {}),
        }),
      );
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
