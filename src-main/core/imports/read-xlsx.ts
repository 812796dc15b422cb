/**
 * .xlsx reader: every non-empty worksheet becomes one candidate table. The parts are read
 * straight from their XML with saxes (see xlsx-parts.ts, xlsx-sheet.ts) out of the guarded
 * zip, so only the workbook, the shared strings, the styles and the sheets are ever
 * inflated, each once. Formulas give their cached value (and a note at the cell); numbers
 * are written the Vietnamese way; merged ranges are kept and their covered cells left empty.
 */
import { isAppError } from '../errors';
import { trimTable } from './cell-text';
import { LIMITS } from './limits';
import { cellTexts } from './own-text';
import type { RawTable } from './types';
import { readSheetXml, type SheetContext } from './xlsx-sheet';
import { sharedStrings, styleFormats, workbookSheets, xmlText } from './xlsx-parts';
import { corruptFileError, type GuardedZip } from './zip-guard';

function part(zip: GuardedZip, name: string): string | null {
  const bytes = zip.read(name);
  return bytes ? xmlText(bytes) : null;
}

function toTable(name: string, cells: ReturnType<typeof readSheetXml>): RawTable | null {
  const { rows: sparse, notes, merges } = cells;
  const covered = new Set<number>();
  const key = (r: number, c: number) => r * LIMITS.maxColumns + c;
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, sparse.length - 1); r++) {
      const row = sparse[r];
      for (let c = m.left; c <= Math.min(m.right, LIMITS.maxColumns - 1); c++) {
        if (r === m.top && c === m.left) continue;
        covered.add(key(r, c));
        if (row && row[c] !== undefined) row[c] = '';
      }
    }
  }
  const dense: string[][] = [];
  for (let r = 0; r < sparse.length; r++) {
    const row = sparse[r];
    const out: string[] = new Array<string>(row?.length ?? 0);
    for (let c = 0; c < out.length; c++) out[c] = row![c] ?? '';
    dense.push(out);
  }
  const trimmed = trimTable(dense);
  if (trimmed.length === 0) return null;
  const width = trimmed[0]!.length;
  return {
    source: `Trang tính “${name}”`,
    rows: trimmed,
    merges: merges
      .filter((m) => m.top < trimmed.length && m.left < width)
      .map((m) => ({ ...m, bottom: Math.min(m.bottom, trimmed.length - 1), right: Math.min(m.right, width - 1) })),
    rowNumbers: trimmed.map((_, i) => i + 1),
    notes: notes.filter((n) => n.row < trimmed.length && n.col < width && !covered.has(key(n.row, n.col))),
  };
}

export function readXlsx(zip: GuardedZip): RawTable[] {
  try {
    const workbook = part(zip, 'xl/workbook.xml');
    if (!workbook) throw corruptFileError('Excel');
    const { sheets, date1904 } = workbookSheets(workbook, part(zip, 'xl/_rels/workbook.xml.rels'));
    const sst = part(zip, 'xl/sharedStrings.xml');
    const strings = sst ? sharedStrings(sst) : [];
    const formats = styleFormats(part(zip, 'xl/styles.xml'));
    const budget = { cells: 0 };
    const keep = cellTexts();
    const tables: RawTable[] = [];
    for (const sheet of sheets) {
      // the sheet is parsed while it is inflated: only its cells' texts are ever held
      if (!zip.entries.has(sheet.path)) continue;
      const ctx: SheetContext = { name: sheet.name, strings, formats, date1904, budget, keep };
      const t = toTable(sheet.name, readSheetXml(() => zip.text(sheet.path)!, ctx));
      if (t) tables.push(t);
      if (tables.length > LIMITS.maxTables) break;
    }
    zip.verifyRest();
    return tables;
  } catch (e) {
    if (isAppError(e)) throw e;
    throw corruptFileError('Excel', e);
  }
}
