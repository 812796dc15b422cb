/**
 * Body paragraphs: justified, first-line indent, 6 pt before (settings). Căn cứ lines
 * are italic, one per paragraph, ";" at the end and "." after the last. Sections
 * ("I. MỤC ĐÍCH, YÊU CẦU") bold uppercase; clauses with a title ("1. Mục đích") bold;
 * "1.1." titles bold italic; "a)" titles italic; bullets "-" and "+" as written.
 * The body ends with "./.". Superscript digits in the text anchor Word footnotes.
 */
import { FootnoteReferenceRun, type Paragraph, type ParagraphChild } from 'docx';
import type { FormatSettings } from '../format-schema';
import type { BodyBlock, Footnote } from '../model';
import { para, run, type ParaStyle, type RunStyle } from './text';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** a "1.1." heading whose text runs on after its title ("Mục tiêu tổng quát: ...") */
const LONG_TITLED = /^([^:]{3,80}):\s+(.{60,})$/s;

/** "./." closes the body: "...chỉ đạo." → "...chỉ đạo./.", "...như sau" → "...như sau./." */
export function withEnding(text: string): string {
  const t = text.trimEnd();
  if (t.endsWith('./.')) return t;
  if (t.endsWith('.')) return `${t}/.`;
  return `${t.replace(/[;,:]$/, '')}./.`;
}

/** An opening that leads into the body ("..., cụ thể như sau:") is not a căn cứ line. */
export function isOpeningSentence(text: string): boolean {
  return text.trimEnd().endsWith(':');
}

/** Căn cứ lines end with ";" and the last of a run with "."; only missing or wrong final marks are fixed. */
export function punctuateBasis(text: string, last: boolean): string {
  const t = text.trimEnd();
  if (last) return t.endsWith(';') ? `${t.slice(0, -1)}.` : /[.…]$/.test(t) ? t : `${t}.`;
  return /[;.,…]$/.test(t) ? t : `${t};`;
}

function textChildren(text: string, style: RunStyle, footnoteIds: Map<string, number>): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let last = 0;
  for (const m of text.matchAll(SUPERSCRIPT_RUN)) {
    const digits = [...m[0]].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
    const id = footnoteIds.get(digits);
    if (id === undefined) continue;
    if (m.index > last) out.push(run(text.slice(last, m.index), style));
    out.push(new FootnoteReferenceRun(id));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(run(text.slice(last), style));
  return out;
}

export interface BodyResult {
  paragraphs: Paragraph[];
  /** footnote id → paragraphs, for Document({ footnotes }) */
  footnotes: Record<number, { children: Paragraph[] }>;
}

export function bodyParagraphs(blocks: BodyBlock[], notes: Footnote[], f: FormatSettings): BodyResult {
  const base: ParaStyle = {
    align: 'justify',
    firstLineCm: f.firstLineIndentCm,
    beforePt: f.spacingBeforePt,
    afterPt: f.spacingAfterPt,
    line: f.lineSpacing,
  };
  const size = f.bodySizePt;
  const footnoteIds = new Map(notes.map((n, i) => [n.marker, i + 1]));
  const lastText = blocks.findLastIndex((b) => b.kind !== 'placeholder');
  // a footnote whose mark is nowhere in the text is anchored at the end of the body
  const marked = new Set(
    blocks.flatMap((b) => [...b.text.matchAll(SUPERSCRIPT_RUN)].map((m) => [...m[0]].map((c) => String(SUPERSCRIPT.indexOf(c))).join(''))),
  );
  const orphanRefs = notes.filter((n) => !marked.has(n.marker)).map((n) => new FootnoteReferenceRun(footnoteIds.get(n.marker)!));
  const paragraphs = blocks.map((b, i) => {
    const text = i === lastText ? withEnding(b.text) : b.text;
    const tail = i === lastText ? orphanRefs : [];
    const kids = (t: string, s: Omit<RunStyle, 'size'> = {}) => [...textChildren(t, { size, ...s }, footnoteIds), ...tail];
    switch (b.kind) {
      case 'basis': {
        if (isOpeningSentence(text)) return para(kids(text), base);
        const lastOfRun = blocks[i + 1]?.kind !== 'basis' || isOpeningSentence(blocks[i + 1]!.text);
        return para(kids(i === lastText ? text : punctuateBasis(text, lastOfRun), { italic: true }), base);
      }
      case 'heading': {
        const prefix = b.numbering ? `${b.numbering} ` : '';
        const keep = { ...base, keepNext: true };
        if (b.level <= 1) return para(kids(`${prefix}${text.toLocaleUpperCase('vi')}`, { bold: true }), keep);
        if (b.level === 2) return para(kids(`${prefix}${text}`, { bold: true }), keep);
        const style = b.level === 3 ? { bold: true, italic: true } : { italic: true };
        const m = LONG_TITLED.exec(text);
        if (m) return para([...textChildren(`${prefix}${m[1]}:`, { size, ...style }, footnoteIds), ...kids(` ${m[2]}`)], base);
        return para(kids(`${prefix}${text}`, style), keep);
      }
      case 'paragraph':
        return para(kids(b.numbering ? `${b.numbering} ${text}` : text), base);
      case 'bullet':
        return para(kids(`${b.marker} ${text}`), base);
      case 'placeholder':
        return para([run(text, { size, italic: true, highlight: true })], base);
    }
  });
  const footnotes: BodyResult['footnotes'] = {};
  notes.forEach((n, i) => {
    footnotes[i + 1] = { children: [para([run(n.text, { size: 12 })], { align: 'justify' })] };
  });
  return { paragraphs, footnotes };
}
