/**
 * .docx reader: the tables of word/document.xml on one grid (gridSpan and vMerge turned
 * into merges), each one a candidate. Top-level tables that a PDF-to-Word conversion cut
 * into pages (same columns, only page numbers or nothing between them) are stitched back
 * into one, the page numbers kept as rows for the classifier to recognise.
 */
import { cleanCellText, CUT_MESSAGE, FORMULA_TEXT_MESSAGE, looksLikeFormula, trimTable } from './cell-text';
import { parseWordTables, type WordTable } from './docx-xml';
import { cellTexts } from './own-text';
import { isAppError } from '../errors';
import type { GuardedZip } from './zip-guard';
import { corruptFileError } from './zip-guard';
import type { CellNote, Merge, RawTable } from './types';

interface Grid {
  rows: string[][];
  merges: Merge[];
  notes: CellNote[];
  width: number;
}

function toGrid(t: WordTable, keep: (text: string) => string): Grid {
  const rows: string[][] = [];
  const merges: Merge[] = [];
  const notes: CellNote[] = [];
  // open vertical merges by left column
  const open = new Map<number, Merge>();
  t.rows.forEach((row, r) => {
    const cells: string[] = [];
    let col = 0;
    for (let i = 0; i < row.gridBefore; i++) cells[col++] = '';
    const seen = new Set<number>();
    for (const cell of row.cells) {
      const left = col;
      const right = col + cell.gridSpan - 1;
      const clean = cleanCellText(cell.paragraphs.join('\n'));
      if (cell.vMerge === 'continue' && open.has(left)) {
        const m = open.get(left)!;
        m.bottom = r;
        for (let c = left; c <= right; c++) cells[c] = '';
        seen.add(left);
      } else {
        cells[left] = keep(clean.text); // not a view into the document XML; the same text kept once
        for (let c = left + 1; c <= right; c++) cells[c] = '';
        if (clean.cut) notes.push({ row: r, col: left, severity: 'warning', message: CUT_MESSAGE });
        if (looksLikeFormula(clean.text)) notes.push({ row: r, col: left, severity: 'warning', message: FORMULA_TEXT_MESSAGE });
        const prev = open.get(left);
        if (prev) {
          if (prev.bottom > prev.top || prev.right > prev.left) merges.push(prev);
          open.delete(left);
        }
        const m: Merge = { top: r, left, bottom: r, right };
        if (cell.vMerge === 'restart') {
          open.set(left, m);
          seen.add(left);
        } else if (right > left) merges.push(m);
      }
      col = right + 1;
    }
    // a vertical merge not continued in this row ends above it
    for (const [left, m] of open) {
      if (!seen.has(left)) {
        if (m.bottom > m.top || m.right > m.left) merges.push(m);
        open.delete(left);
      }
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
    rows.push(cells);
  });
  for (const m of open.values()) if (m.bottom > m.top || m.right > m.left) merges.push(m);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  return { rows, merges, notes, width };
}

const PAGEISH = /^(?:-\s*\d+\s*-|trang\s*\d+(?:\s*\/\s*\d+)?|\d+(?:\s*\/\s*\d+)?|page\s*\d+(?:\s*of\s*\d+)?)$/i;

function onlyPageBreaks(paragraphs: string[]): boolean {
  return paragraphs.every((p) => {
    const t = p.trim();
    return t === '' || PAGEISH.test(t);
  });
}

function caption(paragraphs: string[]): string {
  const lines = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '' && !PAGEISH.test(p));
  const last = lines.slice(-2).join(' ');
  return last.length > 90 ? `${last.slice(0, 87)}…` : last;
}

export function readDocx(zip: GuardedZip): RawTable[] {
  const xml = zip.text('word/document.xml');
  if (!xml) throw corruptFileError('Word');
  let tables: WordTable[];
  try {
    tables = parseWordTables(xml);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw corruptFileError('Word', e);
  }
  const out: RawTable[] = [];
  const keep = cellTexts();
  let last: { raw: RawTable; width: number; table: WordTable; base: string; parts: number } | null = null;
  for (const t of tables) {
    const grid = toGrid(t, keep);
    const rows = trimTable(grid.rows);
    if (rows.length === 0) continue;
    const width = grid.width;
    const label = caption(t.before);
    if (t.depth === 0 && last && last.table.depth === 0 && last.width === width && t.before.length <= 6 && onlyPageBreaks(t.before)) {
      // a page of the same table: keep page numbers as rows, then the page's rows
      const raw = last.raw;
      const pageRows = t.before.map((p) => keep(p.trim())).filter((p) => p !== '');
      for (const p of pageRows) {
        raw.rows.push([p, ...Array<string>(width - 1).fill('')]);
        raw.rowNumbers.push(raw.rowNumbers.length + 1);
      }
      const offset = raw.rows.length;
      for (const r of grid.rows) {
        raw.rows.push(r);
        raw.rowNumbers.push(raw.rowNumbers.length + 1);
      }
      raw.merges.push(...grid.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
      raw.notes.push(...grid.notes.map((n) => ({ ...n, row: n.row + offset })));
      last.table = t;
      last.parts++;
      raw.source = `${last.base} (nối ${last.parts} phần)`;
      continue;
    }
    const raw: RawTable = {
      source: `Bảng ${t.index}${t.depth > 0 ? ' (bảng lồng)' : ''}${label ? `: ${label}` : ''}`,
      rows: grid.rows,
      merges: grid.merges,
      rowNumbers: grid.rows.map((_, i) => i + 1),
      notes: grid.notes,
    };
    out.push(raw);
    last = t.depth === 0 ? { raw, width, table: t, base: raw.source, parts: 1 } : last;
  }
  for (const raw of out) {
    const trimmed = trimTable(raw.rows);
    raw.rowNumbers = raw.rowNumbers.slice(0, trimmed.length);
    raw.rows = trimmed;
  }
  return out;
}
