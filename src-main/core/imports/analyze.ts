/**
 * analyzeFile(buffer, name): the whole dry run as one pure function (no database, no
 * Electron): read → detect header, kind and mapping (or apply a remembered profile or
 * the officer's choices) → classify rows → parse values. The worker runs it for the API;
 * the CLI, tests and benchmarks call it directly.
 */
import { createHash } from 'node:crypto';
import type { OrgSnapshot } from '../organizations/resolve';
import { classifyRows } from './classify';
import { detectTable, headerSignature, headerTexts, mapColumns, type Detection } from './detect';
import { parseContext, parseRecords, type ParsedRow } from './parse-rows';
import { readTables } from './read-file';
import { TABLE_KINDS, type ColumnMapping, type Field, type Issue, type RawTable, type SkippedRow, type TableKind } from './types';

export interface ProfileHint {
  signature: string;
  kind: TableKind;
  /** column index → field */
  mapping: Record<string, Field | null>;
}

export interface TableOverride {
  table: number;
  kind?: TableKind;
  /** 1-based source row numbers of the header rows */
  headerRows?: number[];
  /** column index → field */
  mapping?: Record<string, Field | null>;
}

export interface AnalyzeOptions {
  orgs?: OrgSnapshot[];
  profiles?: ProfileHint[];
  overrides?: TableOverride[];
  /** only tables of this kind (and tables that read as it when asked to) */
  kind?: TableKind;
}

export interface AnalyzedTable {
  index: number;
  source: string;
  kind: TableKind | null;
  confidence: number;
  /** 1-based source row numbers */
  headerRows: number[];
  columns: ColumnMapping[];
  signature: string | null;
  profileApplied: boolean;
  rows: ParsedRow[];
  skipped: SkippedRow[];
  issues: Issue[];
  rowCount: number;
  columnCount: number;
  /** the first rows as they are in the file, for choosing the table and the header */
  sample: string[][];
}

export interface Analysis {
  file: { name: string; size: number; sha256: string; format: 'xlsx' | 'docx' };
  tables: AnalyzedTable[];
}

function sampleOf(t: RawTable): string[][] {
  return t.rows.slice(0, 14).map((r) => r.map((c) => (c.length > 140 ? `${c.slice(0, 137)}…` : c)));
}

function noteIssues(t: RawTable, columns: ColumnMapping[]): Issue[] {
  return t.notes.map((n) => ({
    row: t.rowNumbers[n.row] ?? n.row + 1,
    field: columns[n.col]?.field ?? `cột ${n.col + 1}`,
    severity: n.severity,
    message: n.message,
  }));
}

function detectionFor(t: RawTable, over: TableOverride | undefined, opts: AnalyzeOptions): { d: Detection | null; profileApplied: boolean } {
  const kinds = over?.kind ? [over.kind] : TABLE_KINDS;
  let d: Detection | null;
  if (over?.headerRows?.length) {
    const rows = over.headerRows.map((n) => t.rowNumbers.indexOf(n)).filter((i) => i >= 0);
    const headers = headerTexts(t, rows);
    const kind = over.kind ?? 'tasks';
    d = { headerRows: rows, dataStart: Math.max(...rows) + 1, kind, columns: mapColumns(headers, kind), confidence: 1, signature: headerSignature(headers) };
  } else d = detectTable(t, kinds);
  if (!d) return { d: null, profileApplied: false };
  let profileApplied = false;
  const signature = d.signature;
  const profile = opts.profiles?.find((p) => p.signature === signature && (!over?.kind || over.kind === p.kind));
  if (profile && !over?.mapping) {
    d = { ...d, kind: profile.kind, confidence: 1, columns: applyMapping(d.columns, profile.mapping) };
    profileApplied = true;
  }
  if (over?.mapping) d = { ...d, confidence: 1, columns: applyMapping(d.columns, over.mapping) };
  return { d, profileApplied };
}

function applyMapping(columns: ColumnMapping[], mapping: Record<string, Field | null>): ColumnMapping[] {
  return columns.map((c) => {
    const f = mapping[String(c.index)];
    return f === undefined ? { ...c, field: null, confidence: 0 } : { ...c, field: f, confidence: f ? 1 : 0 };
  });
}

export function analyzeTable(t: RawTable, index: number, opts: AnalyzeOptions, ctx = parseContext(opts.orgs ?? [])): AnalyzedTable {
  const over = opts.overrides?.find((o) => o.table === index);
  const { d, profileApplied } = detectionFor(t, over, opts);
  const base = { index, source: t.source, rowCount: t.rows.length, columnCount: t.rows[0]?.length ?? 0, sample: sampleOf(t) };
  if (!d) {
    return {
      ...base,
      kind: null,
      confidence: 0,
      headerRows: [],
      columns: [],
      signature: null,
      profileApplied: false,
      rows: [],
      skipped: [],
      issues: [
        {
          row: t.rowNumbers[0] ?? 1,
          field: 'header',
          severity: 'error',
          message: 'Không nhận ra dòng tiêu đề của bảng (TT, Tên nhiệm vụ / Chỉ tiêu, …). Hãy chọn dòng tiêu đề và gán cột bằng tay.',
        },
      ],
    };
  }
  const classified = classifyRows(t, d);
  const parsed = parseRecords(d.kind, classified.records, ctx);
  const issues: Issue[] = [];
  const staged = (list: Issue[], stage: Issue['stage']) => {
    for (const i of list) {
      i.stage = stage;
      issues.push(i);
    }
  };
  staged(noteIssues(t, d.columns), 'read');
  staged(classified.issues, 'rows');
  staged(parsed.issues, 'values');
  issues.sort((a, b) => a.row - b.row);
  return {
    ...base,
    kind: d.kind,
    confidence: d.confidence,
    headerRows: d.headerRows.map((r) => t.rowNumbers[r]!),
    columns: d.columns,
    signature: d.signature,
    profileApplied,
    rows: parsed.rows,
    skipped: classified.skipped,
    issues,
  };
}

export async function analyzeFile(buf: Uint8Array, name: string, opts: AnalyzeOptions = {}): Promise<Analysis> {
  const { format, tables } = await readTables(buf, name);
  const ctx = parseContext(opts.orgs ?? []);
  let analyzed = tables.map((t, i) => analyzeTable(t, i, opts, ctx));
  if (opts.kind) {
    const wanted = opts.kind;
    analyzed = analyzed.filter((a) => a.kind === wanted);
    if (!analyzed.length) {
      // none reads as that kind by itself: read every table as that kind
      analyzed = tables.map((t, i) => analyzeTable(t, i, { ...opts, overrides: [...(opts.overrides ?? []), { table: i, kind: wanted }] }, ctx)).filter((a) => a.kind === wanted);
    }
  }
  return {
    file: { name, size: buf.length, sha256: createHash('sha256').update(buf).digest('hex'), format },
    tables: analyzed,
  };
}
