/**
 * The import bridge's shared shapes: one table model for every reader, the fields a
 * column can map to, and the issues shown at their cells.
 */

/** A rectangle of merged cells, 0-based and inclusive, in table coordinates. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell note the reader found (formula, cut text) reported at its cell. */
export interface CellNote {
  row: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * What every reader produces: rows of cell texts (NFC, line breaks kept as "\n"),
 * merges resolved (the text sits in the top-left cell, covered cells are ""),
 * and the row numbers the officer sees in the source (Excel row, Word table row).
 */
export interface RawTable {
  /** "Sheet: Nhiệm vụ" or "Bảng 2" */
  source: string;
  rows: string[][];
  merges: Merge[];
  /** 1-based row number as shown in the source, per row */
  rowNumbers: number[];
  notes: CellNote[];
}

export const TABLE_KINDS = ['tasks', 'targets', 'progress'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const TASK_FIELDS = ['code', 'title', 'lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding'] as const;
export const TARGET_FIELDS = ['code', 'name', 'unit', 'target', 'departments'] as const;
export const PROGRESS_FIELDS = ['code', 'title', 'status', 'result', 'actual', 'completedDate', 'evidence', 'reporter', 'note'] as const;

export type TaskField = (typeof TASK_FIELDS)[number];
export type TargetField = (typeof TARGET_FIELDS)[number];
export type ProgressField = (typeof PROGRESS_FIELDS)[number];
export type Field = TaskField | TargetField | ProgressField;

export const FIELDS_BY_KIND: Record<TableKind, readonly Field[]> = {
  tasks: TASK_FIELDS,
  targets: TARGET_FIELDS,
  progress: PROGRESS_FIELDS,
};

/** Fields whose cell may be printed once and merged down over several rows. */
export const MERGEABLE_FIELDS: readonly Field[] = ['lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding'];

export interface Issue {
  /** source row number (as the officer sees it) */
  row: number;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  /** where it was found: reading the file, arranging rows, or parsing values (the review step re-checks values) */
  stage?: 'read' | 'rows' | 'values';
}

/** A column of the chosen header and the field it is mapped to. */
export interface ColumnMapping {
  index: number;
  header: string;
  field: Field | null;
  /** 0..1 */
  confidence: number;
}

export interface GroupRef {
  code: string;
  title: string;
  /** year of the horizon the group stands for ("Đến năm 2030" → 2030) */
  horizon: number | null;
}

/**
 * One item row of a table, after classification: the cell texts per field (line
 * breaks kept), which fields were printed merged with the row above, and the chain of
 * groups it sits in (outermost first). This is what the review step edits.
 */
export interface ImportRecord {
  sourceRow: number;
  /** TT as printed */
  tt: string;
  /** full code within the table ("IV.1", "4.7.1", "II.1") */
  code: string;
  groups: GroupRef[];
  fields: Partial<Record<Field, string | null>>;
  merged: Field[];
  /** other rows glued into this one (continuation rows after a page break) */
  continuedRows: number[];
}

export type RowKind = 'header' | 'numbering' | 'group' | 'item' | 'continuation' | 'page' | 'blank' | 'footnote' | 'total';

export interface SkippedRow {
  row: number;
  kind: RowKind;
  text: string;
}
