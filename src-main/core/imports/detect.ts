/**
 * Detection: which row(s) hold the header (one or two rows, anywhere in the first 40),
 * what the table holds (tasks, targets or progress), and which column maps to which
 * field with what confidence. Works on folded words, so headers typed without
 * diacritics, in capitals, abbreviated or in another order are all recognised.
 */
import { createHash } from 'node:crypto';
import { Coverage } from './coverage';
import { DISTINCTIVE, fieldScore, headerKey, REQUIRED } from './header-words';
import { FIELDS_BY_KIND, TABLE_KINDS, type ColumnMapping, type Field, type RawTable, type TableKind } from './types';

export interface Detection {
  /** indexes into table.rows */
  headerRows: number[];
  /** index of the first row after the header (and its column-numbering row) */
  dataStart: number;
  kind: TableKind;
  columns: ColumnMapping[];
  /** 0..1: how sure the kind and mapping are */
  confidence: number;
  signature: string;
}

const SCAN_ROWS = 40;
const MIN_FIELD_SCORE = 0.4;

/** Header text of every column for header rows `rows` (a merged upper cell lends its text). */
export function headerTexts(t: RawTable, rows: number[], cov = new Coverage(t)): string[] {
  const width = t.rows[0]?.length ?? 0;
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of rows) {
      const m = cov.mergeAt(r, c);
      // a cell merged down from the header row above adds nothing new
      if (m && m.top < r && rows.includes(m.top)) continue;
      const text = cov.shownText(r, c).replace(/\s+/g, ' ').trim();
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    out.push(parts.join(' / '));
  }
  return out;
}

export function headerSignature(headers: string[]): string {
  return createHash('sha256')
    .update(headers.map((h) => headerKey(h)).join('|'))
    .digest('hex')
    .slice(0, 24);
}

/** Assign fields to columns, best scores first, each field once. */
export function mapColumns(headers: string[], kind: TableKind): ColumnMapping[] {
  const keys = headers.map((h) => headerKey(h));
  const lowerKeys = headers.map((h) => headerKey(h.split(' / ').pop() ?? h));
  const cands: Array<{ col: number; field: Field; score: number }> = [];
  keys.forEach((k, col) => {
    if (!k) return;
    for (const field of FIELDS_BY_KIND[kind]) {
      const score = Math.max(fieldScore(k, kind, field), fieldScore(lowerKeys[col] ?? '', kind, field));
      if (score >= MIN_FIELD_SCORE) cands.push({ col, field, score });
    }
  });
  cands.sort((a, b) => b.score - a.score || a.col - b.col);
  const byCol = new Map<number, { field: Field; score: number }>();
  const used = new Set<Field>();
  for (const c of cands) {
    if (byCol.has(c.col) || used.has(c.field)) continue;
    byCol.set(c.col, { field: c.field, score: c.score });
    used.add(c.field);
  }
  return headers.map((header, index) => {
    const hit = byCol.get(index);
    return { index, header, field: hit?.field ?? null, confidence: hit ? Math.round(hit.score * 100) / 100 : 0 };
  });
}

/** A score for reading the header as this kind; 0 when the kind's required field is missing. */
export function kindScore(columns: ColumnMapping[], kind: TableKind): number {
  const mapped = columns.filter((c) => c.field);
  const required = mapped.find((c) => c.field === REQUIRED[kind]);
  if (!required || required.confidence < 0.5 || mapped.length < 2) return 0;
  const weight = kind === 'progress' ? 3 : 2;
  let score = 0;
  for (const c of mapped) score += c.field !== 'code' && DISTINCTIVE[kind].includes(c.field!) ? c.confidence * weight : c.confidence;
  if (kind === 'progress' && !mapped.some((c) => ['status', 'result', 'actual'].includes(c.field!) && c.confidence >= 0.8)) return 0;
  return score;
}

const NUMBERING_CELL = /^\(?\s*(\d{1,2}|[a-z])\s*\)?$/i;

function isNumberingRow(row: string[]): boolean {
  const cells = row.filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c) => NUMBERING_CELL.test(c));
}

const CODE_LIKE = /^(\d+(\.\d+)*\.?|[IVXLC]+\.?)$/;

interface Candidate {
  rows: number[];
  kind: TableKind;
  columns: ColumnMapping[];
  score: number;
}

function best(t: RawTable, rows: number[], kinds: readonly TableKind[], cov: Coverage): Candidate | null {
  const headers = headerTexts(t, rows, cov);
  let top: Candidate | null = null;
  for (const kind of kinds) {
    const columns = mapColumns(headers, kind);
    const score = kindScore(columns, kind);
    if (score > 0 && (!top || score > top.score)) top = { rows, kind, columns, score };
  }
  return top;
}

/** Find the header and the kind; null when no row of the first 40 reads as a header. */
export function detectTable(t: RawTable, kinds: readonly TableKind[] = TABLE_KINDS): Detection | null {
  const cov = new Coverage(t);
  let found: Candidate | null = null;
  const limit = Math.min(t.rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const one = best(t, [r], kinds, cov);
    let pick = one;
    if (r + 1 < t.rows.length) {
      const lower = t.rows[r + 1]!;
      const lowerIsHeader = lower.some((cell) => {
        const k = headerKey(cell);
        return k !== '' && kinds.some((kind) => FIELDS_BY_KIND[kind].some((f) => fieldScore(k, kind, f) >= 0.8));
      });
      const lowerIsData = lower.some((cell, c) => c < 2 && CODE_LIKE.test(cell.trim()) && !cov.coveredFromAbove(r + 1, c));
      if (one && lowerIsHeader && !lowerIsData) {
        const two = best(t, [r, r + 1], kinds, cov);
        if (two && (!one || two.score > one.score + 0.25)) pick = two;
      }
    }
    if (pick && (!found || pick.score > found.score + 1e-9)) found = pick;
  }
  if (!found) return null;
  const columns = withCodeColumn(t, found);
  let dataStart = found.rows[found.rows.length - 1]! + 1;
  if (t.rows[dataStart] && isNumberingRow(t.rows[dataStart]!)) dataStart++;
  const maxScore = FIELDS_BY_KIND[found.kind].length * 2;
  return {
    headerRows: found.rows,
    dataStart,
    kind: found.kind,
    columns,
    confidence: Math.min(1, Math.round((found.score / maxScore) * 1.6 * 100) / 100),
    signature: headerSignature(headerTexts(t, found.rows, cov)),
  };
}

/** No "TT" header: take the first unmapped column whose data cells look like codes. */
function withCodeColumn(t: RawTable, c: Candidate): ColumnMapping[] {
  if (c.columns.some((m) => m.field === 'code')) return c.columns;
  const start = c.rows[c.rows.length - 1]! + 1;
  const sample = t.rows.slice(start, start + 60);
  for (const col of c.columns) {
    if (col.field) continue;
    const cells = sample.map((r) => r[col.index] ?? '').filter((s) => s !== '');
    const codeLike = cells.filter((s) => CODE_LIKE.test(s)).length;
    if (cells.length >= 2 && codeLike / cells.length >= 0.7) {
      return c.columns.map((m) => (m.index === col.index ? { ...m, field: 'code' as const, confidence: 0.5 } : m));
    }
    break;
  }
  return c.columns;
}

/** Header texts for a detection (for display and the contract's mapping). */
export function mappingByField(columns: ColumnMapping[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) if (c.field) out[c.field] = c.header;
  return out;
}
