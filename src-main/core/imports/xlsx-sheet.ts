/**
 * One worksheet's XML streamed with saxes into cell texts: shared strings looked up,
 * numbers written the Vietnamese way, formulas replaced by their cached value (with a note
 * at the cell), merged ranges collected. Only what the table model needs is kept: no cell
 * objects, no styles beyond the number format. Caps (rows, columns, cells) stop the read
 * as soon as they are passed.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../errors';
import { cleanCellText, CUT_MESSAGE, FORMULA_TEXT_MESSAGE, looksLikeFormula } from './cell-text';
import { LIMITS } from './limits';
import type { CellNote, Merge } from './types';
import { scanXmlTokens, type XmlHandler } from './xml-tokens';
import { unescapeOoxml } from './xlsx-parts';
import { cellText, type RawCell } from './xlsx-values';

export interface SheetContext {
  name: string;
  strings: string[];
  formats: string[];
  date1904: boolean;
  budget: { cells: number };
  /** the copy of a cell text the table keeps (own-text.ts: cellTexts) */
  keep(text: string): string;
}

export interface SheetCells {
  rows: string[][];
  notes: CellNote[];
  merges: Merge[];
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** "AB12" → [row 11, col 27] (0-based), or null */
export function cellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (!col || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

function tooManyRows(sheet: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Trang tính “${sheet}” có hơn ${LIMITS.maxRowsPerTable.toLocaleString('vi-VN')} dòng, vượt giới hạn. Hãy tách bảng thành nhiều tệp nhỏ hơn.`,
  );
}

function sheetHandler(ctx: SheetContext): { handler: XmlHandler; result: () => SheetCells } {
  const rows: string[][] = [];
  const notes: CellNote[] = [];
  const merges: Merge[] = [];
  const shared = new Map<string, string>();
  let rowIndex = -1;
  let colIndex = -1;
  let cell: RawCell | null = null;
  let cellRow = 0;
  let cellCol = 0;
  let capture: 'v' | 'f' | 't' | null = null;
  let buf: string[] = [];
  let inIs = false;
  let phonetic = 0;
  let sharedSi: string | null = null;

  const finishCell = () => {
    if (!cell || cellCol >= LIMITS.maxColumns) return;
    const read = cellText(cell, ctx);
    if (read.text === '' && !read.note) return;
    const clean = cleanCellText(read.text);
    const row = rows[cellRow] ?? (rows[cellRow] = []);
    row[cellCol] = ctx.keep(clean.text); // not a view into the XML; the same text kept once
    if (read.note) notes.push({ row: cellRow, col: cellCol, ...read.note });
    else if (cell.type === 'string' && looksLikeFormula(clean.text)) notes.push({ row: cellRow, col: cellCol, severity: 'warning', message: FORMULA_TEXT_MESSAGE });
    if (clean.cut) notes.push({ row: cellRow, col: cellCol, severity: 'warning', message: CUT_MESSAGE });
  };

  const open = (name: string, a: Record<string, string>, selfClosing: boolean) => {
    const n = local(name);
    switch (n) {
      case 'row': {
        const r = a.r === undefined ? rowIndex + 1 : Number(a.r) - 1;
        rowIndex = Number.isInteger(r) && r >= 0 ? r : rowIndex + 1;
        if (rowIndex >= LIMITS.maxRowsPerTable) throw tooManyRows(ctx.name);
        colIndex = -1;
        break;
      }
      case 'c': {
        const ref = a.r === undefined ? null : cellRef(String(a.r));
        cellRow = ref?.row ?? Math.max(rowIndex, 0);
        cellCol = ref ? ref.col : colIndex + 1;
        colIndex = cellCol;
        if (++ctx.budget.cells > LIMITS.maxCellsPerFile) {
          throw new AppError('INVALID_INPUT', 'Tệp có quá nhiều ô dữ liệu để nhập một lần. Hãy tách bảng thành nhiều tệp nhỏ hơn.');
        }
        const s = a.s === undefined ? 0 : Number(a.s);
        cell = { t: String(a.t ?? 'n'), fmt: ctx.formats[s] ?? '', v: null, f: null, type: 'empty' };
        break;
      }
      case 'v':
        if (cell) {
          capture = 'v';
          buf = [];
        }
        break;
      case 'f':
        if (cell) {
          const si = a.si === undefined ? null : String(a.si);
          sharedSi = a.t === 'shared' ? si : null;
          if (selfClosing) {
            cell.f = sharedSi !== null ? (shared.get(sharedSi) ?? '') : '';
          } else {
            capture = 'f';
            buf = [];
          }
        }
        break;
      case 'is':
        inIs = true;
        buf = [];
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inIs && phonetic === 0) capture = 't';
        break;
      case 'mergeCell': {
        const [from, to] = String(a.ref ?? '').split(':');
        const tl = from ? cellRef(from) : null;
        const br = to ? cellRef(to) : tl;
        if (tl && br) merges.push({ top: tl.row, left: tl.col, bottom: br.row, right: br.col });
        break;
      }
    }
  };
  const text = (t: string) => {
    if (capture) buf.push(t);
  };
  const close = (name: string) => {
    const n = local(name);
    switch (n) {
      case 'v':
        if (cell && capture === 'v') cell.v = buf.join('');
        capture = null;
        break;
      case 'f':
        if (cell && capture === 'f') {
          cell.f = buf.join('');
          if (sharedSi !== null) shared.set(sharedSi, cell.f);
        }
        capture = null;
        break;
      case 't':
        if (capture === 't') capture = null;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'is':
        inIs = false;
        if (cell) cell.v = unescapeOoxml(buf.join(''));
        break;
      case 'c':
        finishCell();
        cell = null;
        break;
    }
  };
  return { handler: { open, text, close }, result: () => ({ rows, notes, merges }) };
}

/**
 * Read one sheet from its XML (`source` gives its text, whole or in pieces, each time it
 * is called): the fast tokenizer first, saxes when the part holds anything more (comments,
 * CDATA), which then also checks that it is well-formed.
 */
export function readSheetXml(source: () => Iterable<string>, ctx: SheetContext): SheetCells {
  const cellsBefore = ctx.budget.cells;
  const fast = sheetHandler(ctx);
  if (scanXmlTokens(source(), fast.handler)) return fast.result();
  ctx.budget.cells = cellsBefore;
  const slow = sheetHandler(ctx);
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (tag: SaxesTagPlain) => slow.handler.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing));
  p.on('text', (t: string) => slow.handler.text(t));
  p.on('closetag', (tag: SaxesTagPlain) => slow.handler.close(tag.name));
  for (const piece of source()) p.write(piece);
  p.close();
  return slow.result();
}
