/** Shapes of the import bridge's API (analysis, rows, diff, batches, profiles). */
import { z } from 'zod';

export const IMPORT_FIELDS = [
  'code',
  'title',
  'name',
  'lead',
  'coordinating',
  'output',
  'deadline',
  'departments',
  'budget',
  'funding',
  'unit',
  'target',
  'status',
  'result',
  'actual',
  'completedDate',
  'evidence',
  'reporter',
  'note',
] as const;

export const importField = z.enum(IMPORT_FIELDS);

/** as core/vn/deadline's DEADLINE_KINDS */
const DEADLINE_KINDS = ['date', 'month', 'quarter', 'half', 'year', 'school_year', 'range', 'recurring', 'ongoing', 'unknown'] as const;
export const deadlineKind = z.enum(DEADLINE_KINDS);
export const tableKind = z.enum(['tasks', 'targets', 'progress']);
export const writableKind = z.enum(['tasks', 'targets']);

const text = z.string().nullable();

export const importIssue = z.object({
  row: z.number().int(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  stage: z.enum(['read', 'rows', 'values']).optional(),
});

export const groupRef = z.object({ code: z.string().max(100), title: z.string().max(5000), horizon: z.number().int().nullable() });

export const importRecord = z
  .object({
    sourceRow: z.number().int(),
    tt: z.string().max(100),
    code: z.string().max(100),
    groups: z.array(groupRef.strict()).max(10),
    fields: z.partialRecord(importField, z.string().max(40_000).nullable()),
    merged: z.array(importField),
    continuedRows: z.array(z.number().int()),
  })
  .strict();

export const resolvedOrg = z.object({
  text: z.string(),
  orgId: z.number().int().nullable(),
  orgName: text,
  match: z.enum(['exact', 'prefix', 'fuzzy', 'none', 'chosen']),
  part: text,
  suggestion: z.object({ orgId: z.number().int(), name: z.string(), score: z.number() }).nullable(),
});

export const parsedRow = z.object({
  record: importRecord,
  sourceRow: z.number().int(),
  code: z.string(),
  group: groupRef.nullable(),
  text: z.partialRecord(importField, text),
  orgs: z.partialRecord(z.enum(['lead', 'coordinating', 'departments', 'reporter']), z.array(resolvedOrg)),
  deadline: z.object({ text, kind: deadlineKind, start: text, end: text }).nullable(),
  budget: z.object({ text, dong: z.number().nullable() }).nullable(),
  target: z.object({ text, comparator: z.enum(['>=', '>', '<=', '<', '=']).nullable(), value: z.number().nullable() }).nullable(),
  horizon: z.number().int().nullable(),
  parentCode: text,
});

export const columnMapping = z.object({ index: z.number().int(), header: z.string(), field: importField.nullable(), confidence: z.number() });

export const analyzedTable = z.object({
  index: z.number().int(),
  source: z.string(),
  kind: tableKind.nullable(),
  confidence: z.number(),
  headerRows: z.array(z.number().int()),
  columns: z.array(columnMapping),
  signature: text,
  profileApplied: z.boolean(),
  rows: z.array(parsedRow),
  skipped: z.array(
    z.object({
      row: z.number().int(),
      kind: z.enum(['header', 'numbering', 'group', 'item', 'continuation', 'page', 'blank', 'footnote', 'total']),
      text: z.string(),
    }),
  ),
  issues: z.array(importIssue),
  rowCount: z.number().int(),
  columnCount: z.number().int(),
  sample: z.array(z.array(z.string())),
});

export const importFile = z.object({
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['xlsx', 'docx']),
});

export const analysis = z.object({ file: importFile, tables: z.array(analyzedTable) });

export const tableOverride = z
  .object({
    table: z.number().int().nonnegative(),
    kind: tableKind.optional(),
    headerRows: z.array(z.number().int().positive()).max(3).optional(),
    mapping: z.record(z.string().regex(/^\d+$/), importField.nullable()).optional(),
  })
  .strict();

export const diffItem = z.object({
  status: z.enum(['new', 'changed', 'unchanged', 'missing']),
  code: z.string(),
  title: z.string(),
  sourceRow: z.number().int().nullable(),
  existingId: z.number().int().nullable(),
  changes: z.array(z.object({ field: z.string(), before: text, after: text })),
});

export const diffCounts = z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), missing: z.number().int() });

export const diff = z.object({ counts: diffCounts, items: z.array(diffItem) });

export const previewInput = {
  kind: writableKind,
  records: z.array(importRecord).max(100_000),
  orgChoices: z.record(z.string().max(2000), z.number().int().positive()).optional(),
};

export const importBatch = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fileSize: z.number().int().nullable(),
  sha256: text,
  format: z.string(),
  planId: z.number().int().nullable(),
  kind: text,
  source: text,
  mapping: z.record(z.string(), z.string()),
  actor: text,
  status: z.enum(['committed', 'undone']),
  createdAt: z.string(),
  undoneAt: text,
  rowsTotal: z.number().int(),
  rowsImported: z.number().int(),
  counts: diffCounts,
});

export const importProfile = z.object({
  id: z.number().int(),
  signature: z.string(),
  kind: tableKind,
  headers: z.array(z.string()),
  mapping: z.record(z.string(), importField.nullable()),
  uses: z.number().int(),
  updatedAt: z.string(),
});

export type ImportAnalysis = z.infer<typeof analysis>;
export type AnalyzedTableView = z.infer<typeof analyzedTable>;
export type ParsedRowView = z.infer<typeof parsedRow>;
export type ImportRecordView = z.infer<typeof importRecord>;
export type ImportIssueView = z.infer<typeof importIssue>;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type DiffView = z.infer<typeof diff>;
export type ImportBatchView = z.infer<typeof importBatch>;
