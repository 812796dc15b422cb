/**
 * An appendix in its own landscape section: "Phụ lục I" (bold, 14), the title (uppercase,
 * bold), "(Kèm theo ...)" (italic) with a short rule under it, then the table. The table
 * is a marker paragraph here; write.ts swaps in its markup (table-xml.ts) after packing.
 */
import type { ISectionOptions } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { Appendix } from '../model';
import { textWidthMm } from '../text-width';
import { appendixWidthMm } from '../geometry';
import { landscapeProperties, sectionHeaders } from './page';
import { appendixTableXml } from './table-xml';
import { para, rule, runs } from './text';

export const APPENDIX_LABEL_PT = 14;

/** The text of the paragraph that stands where table number `i` goes. */
export function tableMarker(i: number): string {
  return `PLANDESK-APPENDIX-TABLE-${i}-PLACEHOLDER`;
}

export interface AppendixSection {
  section: ISectionOptions;
  /** the table's WordprocessingML, for the marker paragraph */
  tableXml: string;
}

export function appendixSection(a: Appendix, f: FormatSettings, index: number, onRow?: () => void): AppendixSection {
  const width = appendixWidthMm(f);
  const size = f.titleSizePt;
  const attachedMm = Math.min(width, textWidthMm(a.attachedLine, 'italic', size));
  const section: ISectionOptions = {
    properties: landscapeProperties(f),
    headers: sectionHeaders(f),
    children: [
      para(runs(a.label, { size: APPENDIX_LABEL_PT, bold: true }), { align: 'center', keepNext: true }),
      para(runs(a.title.toLocaleUpperCase('vi'), { size, bold: true }), { align: 'center', keepNext: true }),
      para(runs(a.attachedLine, { size, italic: true }), { align: 'center', keepNext: true }),
      rule(attachedMm / 3, width),
      para([], { afterPt: 6, exactLinePt: 6 }),
      para(runs(tableMarker(index), { size: f.tableSizePt })),
      para([]),
    ],
  };
  return { section, tableXml: appendixTableXml(a.table, width, f.tableSizePt, onRow) };
}
