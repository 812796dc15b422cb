/**
 * Runs and paragraphs in Times New Roman. The font is named for all four script slots
 * (ascii, hAnsi, eastAsia, cs) so Word never falls back to another font for Vietnamese.
 */
import { AlignmentType, Paragraph, TextRun, type IBorderOptions, type ParagraphChild } from 'docx';
import { cmToTwips, halfPoints, mmToTwips, ptToTwips } from './units';

export const FONT_NAME = 'Times New Roman';
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, eastAsia: FONT_NAME, cs: FONT_NAME } as const;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  highlight?: boolean;
}

export function run(text: string, s: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPoints(s.size),
    sizeComplexScript: halfPoints(s.size),
    bold: s.bold ?? false,
    boldComplexScript: s.bold ?? false,
    italics: s.italic ?? false,
    italicsComplexScript: s.italic ?? false,
    color: '000000',
    ...(s.highlight ? { highlight: 'yellow' as const } : {}),
  });
}

/** Text with line breaks ("\n") as one run per line joined by breaks. */
export function runs(text: string, s: RunStyle): TextRun[] {
  return text.split('\n').map((line, i) =>
    i === 0 ? run(line, s) : new TextRun({ text: line, break: 1, font: FONT, size: halfPoints(s.size), sizeComplexScript: halfPoints(s.size), bold: s.bold ?? false, italics: s.italic ?? false, color: '000000' }),
  );
}

export interface ParaStyle {
  align?: 'center' | 'justify' | 'left' | 'right';
  firstLineCm?: number;
  beforePt?: number;
  afterPt?: number;
  /** line spacing as a multiple of single */
  line?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  indentLeftMm?: number;
  indentRightMm?: number;
  borderTop?: IBorderOptions;
  borderBottom?: IBorderOptions;
  /** exact line height in points (for the thin rule paragraphs) */
  exactLinePt?: number;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

export function para(children: ParagraphChild[], p: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[p.align ?? 'left'],
    spacing: {
      before: ptToTwips(p.beforePt ?? 0),
      after: ptToTwips(p.afterPt ?? 0),
      ...(p.exactLinePt !== undefined
        ? { line: ptToTwips(p.exactLinePt), lineRule: 'exact' as const }
        : { line: Math.round(240 * (p.line ?? 1)), lineRule: 'auto' as const }),
    },
    indent: {
      ...(p.firstLineCm ? { firstLine: cmToTwips(p.firstLineCm) } : {}),
      ...(p.indentLeftMm ? { left: mmToTwips(p.indentLeftMm) } : {}),
      ...(p.indentRightMm ? { right: mmToTwips(p.indentRightMm) } : {}),
    },
    keepNext: p.keepNext ?? false,
    keepLines: p.keepLines ?? false,
    ...(p.borderTop || p.borderBottom
      ? { border: { ...(p.borderTop ? { top: p.borderTop } : {}), ...(p.borderBottom ? { bottom: p.borderBottom } : {}) } }
      : {}),
  });
}

/** A solid rule of the given length, centred in a column of the given width. */
export function rule(lengthMm: number, columnMm: number, opts: { keepNext?: boolean } = {}): Paragraph {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  // an empty paragraph 3 pt high whose bottom border is the rule: it sits just under the line above
  return para([run('', { size: 2 })], {
    align: 'center',
    indentLeftMm: side,
    indentRightMm: side,
    exactLinePt: 3,
    keepNext: opts.keepNext ?? true,
    borderBottom: { style: 'single', size: 6, color: '000000', space: 0 },
  });
}
