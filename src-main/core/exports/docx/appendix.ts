/**
 * An appendix in its own landscape section: "Phụ lục I" (bold, 14), the title (uppercase,
 * bold), "(Kèm theo ...)" (italic) with a short rule under it, then the table.
 */
import type { ISectionOptions } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { Appendix } from '../model';
import { textWidthMm } from '../text-width';
import { appendixWidthMm } from '../geometry';
import { landscapeProperties, sectionHeaders } from './page';
import { appendixTable } from './table';
import { para, rule, runs } from './text';

export const APPENDIX_LABEL_PT = 14;

export function appendixSection(a: Appendix, f: FormatSettings): ISectionOptions {
  const width = appendixWidthMm(f);
  const size = f.titleSizePt;
  const attachedMm = Math.min(width, textWidthMm(a.attachedLine, 'italic', size));
  return {
    properties: landscapeProperties(f),
    headers: sectionHeaders(f),
    children: [
      para(runs(a.label, { size: APPENDIX_LABEL_PT, bold: true }), { align: 'center', keepNext: true }),
      para(runs(a.title.toLocaleUpperCase('vi'), { size, bold: true }), { align: 'center', keepNext: true }),
      para(runs(a.attachedLine, { size, italic: true }), { align: 'center', keepNext: true }),
      rule(attachedMm / 3, width),
      para([], { afterPt: 6, exactLinePt: 6 }),
      appendixTable(a.table, width, f.tableSizePt),
      para([]),
    ],
  };
}
