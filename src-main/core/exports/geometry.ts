/** Printable widths and table geometry shared by the Word and Excel writers. */
import type { FormatSettings } from './format-schema';
import type { TableModel } from './model';

export const A4_MM = { width: 210, height: 297 } as const;

/** Printable width of the portrait body, in mm. */
export function bodyWidthMm(f: FormatSettings): number {
  return A4_MM.width - f.marginLeftMm - f.marginRightMm;
}

/** Printable width of a landscape appendix, in mm. */
export function appendixWidthMm(f: FormatSettings): number {
  return A4_MM.height - f.appendixMarginLeftMm - f.appendixMarginRightMm;
}

export function columnWidthsMm(model: TableModel, totalMm: number): number[] {
  const sum = model.columns.reduce((s, c) => s + c.weight, 0);
  return model.columns.map((c) => (totalMm * c.weight) / sum);
}

/**
 * Row span of each item cell where the printed table merged cells vertically: the first
 * cell of a run gets the run's length, the cells merged into it 0, all others 1.
 * Group rows break a run.
 */
export function rowSpans(model: TableModel): number[][] {
  const spans = model.rows.map((r) => (r.kind === 'item' ? r.cells.map(() => 1) : []));
  model.columns.forEach((_, c) => {
    let anchor = -1;
    model.rows.forEach((r, i) => {
      if (r.kind !== 'item') {
        anchor = -1;
        return;
      }
      if (r.cells[c]?.mergedUp && anchor >= 0) {
        spans[anchor]![c]! += 1;
        spans[i]![c] = 0;
      } else {
        anchor = i;
      }
    });
  });
  return spans;
}
