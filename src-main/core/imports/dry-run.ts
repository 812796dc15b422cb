/**
 * The dry-run report of the CLI (`import FILE --dry-run --json`): exactly the shape of
 * issue 5, nothing more, so scripts and the benchmark can rely on it.
 */
import type { Analysis } from './analyze';
import type { ParsedRow } from './parse-rows';
import type { TableKind } from './types';

export interface DryRunTable {
  source: string;
  kind: TableKind;
  headerRows: number[];
  mapping: Record<string, string>;
  rows: Array<Record<string, unknown>>;
  issues: Array<{ row: number; field: string; severity: 'error' | 'warning'; message: string }>;
}

export interface DryRun {
  file: string;
  tables: DryRunTable[];
}

const texts = (r: ParsedRow, f: 'lead' | 'coordinating' | 'departments' | 'reporter') => (r.orgs[f] ?? []).map((e) => e.text);
const group = (r: ParsedRow) => (r.group ? { code: r.group.code, title: r.group.title } : null);

export function contractRow(kind: TableKind, r: ParsedRow): Record<string, unknown> {
  if (kind === 'tasks') {
    return {
      sourceRow: r.sourceRow,
      code: r.code,
      group: group(r),
      title: r.text.title ?? null,
      lead: texts(r, 'lead'),
      coordinating: texts(r, 'coordinating'),
      output: r.text.output ?? null,
      deadline: { text: r.deadline?.text ?? null, kind: r.deadline?.kind ?? 'unknown', start: r.deadline?.start ?? null, end: r.deadline?.end ?? null },
      departments: texts(r, 'departments'),
      budget: { text: r.budget?.text ?? null, dong: r.budget?.dong ?? null },
      funding: r.text.funding ?? null,
    };
  }
  if (kind === 'targets') {
    return {
      sourceRow: r.sourceRow,
      code: r.code,
      group: group(r),
      name: r.text.name ?? null,
      unit: r.text.unit ?? null,
      target: { text: r.target?.text ?? null, comparator: r.target?.comparator ?? null, value: r.target?.value ?? null },
      departments: texts(r, 'departments'),
      horizon: r.horizon,
    };
  }
  return {
    sourceRow: r.sourceRow,
    code: r.code,
    group: group(r),
    title: r.text.title ?? null,
    status: r.text.status ?? null,
    result: r.text.result ?? null,
    actual: r.text.actual ?? null,
    completedDate: r.text.completedDate ?? null,
    evidence: r.text.evidence ?? null,
    reporter: texts(r, 'reporter'),
    note: r.text.note ?? null,
  };
}

export function toDryRun(fileLabel: string, a: Analysis): DryRun {
  return {
    file: fileLabel,
    tables: a.tables
      .filter((t) => t.kind !== null)
      .map((t) => {
        const kind = t.kind!;
        const mapping: Record<string, string> = {};
        for (const c of t.columns) if (c.field) mapping[c.field] = c.header;
        return {
          source: t.source,
          kind,
          headerRows: t.headerRows,
          mapping,
          rows: t.rows.map((r) => contractRow(kind, r)),
          issues: t.issues.map((i) => ({ row: i.row, field: i.field, severity: i.severity, message: i.message })),
        };
      }),
  };
}
