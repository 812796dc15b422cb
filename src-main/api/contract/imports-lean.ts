/**
 * The analyse answer without repeats: a table of 10,000 rows carried every cell text
 * three times (the record's cells, their one-line copies, the parsed values' texts) and
 * every group title once per row — about 30 MB. Here each row sends its cells once, groups
 * are listed once per table and referenced by index, and parsed values keep only what
 * the cells do not already say. `unpackAnalysis` rebuilds the full shape exactly, so the
 * wizard and the CLI work on the same rows as before.
 */
import { z } from 'zod';
import { analyzedTable, deadlineKind, groupRef, importField, importFile, resolvedOrg, type ImportAnalysis, type ParsedRowView } from './imports-schemas';
import { oneLine } from './one-line';

const text = z.string().nullable();
const ORG_FIELDS = ['lead', 'coordinating', 'departments', 'reporter'] as const;
type OrgField = (typeof ORG_FIELDS)[number];

/** a body's text is left out when it is the whole cell (one body in the cell) */
const leanOrg = resolvedOrg.extend({ text: z.string().optional() });

export const leanRow = z.object({
  record: z.object({
    sourceRow: z.number().int(),
    tt: z.string(),
    code: z.string(),
    /** indices into the table's groups, outermost first */
    groups: z.array(z.number().int()),
    fields: z.partialRecord(importField, text),
    merged: z.array(importField),
    continuedRows: z.array(z.number().int()),
  }),
  orgs: z.partialRecord(z.enum(ORG_FIELDS), z.array(leanOrg)),
  deadline: z.object({ kind: deadlineKind, start: text, end: text }).nullable(),
  budget: z.object({ dong: z.number().nullable() }).nullable(),
  target: z.object({ comparator: z.enum(['>=', '>', '<=', '<', '=']).nullable(), value: z.number().nullable() }).nullable(),
  parentCode: text,
});

export const leanTable = analyzedTable.omit({ rows: true }).extend({ groups: z.array(groupRef), rows: z.array(leanRow) });
export const leanAnalysis = z.object({ file: importFile, tables: z.array(leanTable) });

export type LeanAnalysis = z.infer<typeof leanAnalysis>;
type LeanRow = z.infer<typeof leanRow>;
type Table = ImportAnalysis['tables'][number];
type Group = z.infer<typeof groupRef>;

export function packRow(r: ParsedRowView, groupIndex: (g: Group) => number): LeanRow {
  const orgs: LeanRow['orgs'] = {};
  for (const f of ORG_FIELDS) {
    const list = r.orgs[f];
    if (!list) continue;
    const whole = r.text[f] ?? null;
    orgs[f] = list.map(({ text: t, ...rest }) => (list.length === 1 && t === whole ? rest : { text: t, ...rest }));
  }
  return {
    record: { ...r.record, groups: r.record.groups.map(groupIndex) },
    orgs,
    deadline: r.deadline ? { kind: r.deadline.kind, start: r.deadline.start, end: r.deadline.end } : null,
    budget: r.budget ? { dong: r.budget.dong } : null,
    target: r.target ? { comparator: r.target.comparator, value: r.target.value } : null,
    parentCode: r.parentCode,
  };
}

/** A table's groups, each once, numbered in the order its rows first name them. */
export function tableGroups(rows: readonly ParsedRowView[]): { groups: Group[]; groupIndex: (g: Group) => number } {
  const groups: Group[] = [];
  const index = new Map<string, number>();
  const groupIndex = (g: Group) => {
    const key = `${g.code}\u0000${g.horizon ?? ''}\u0000${g.title}`;
    let i = index.get(key);
    if (i === undefined) {
      i = groups.push({ code: g.code, title: g.title, horizon: g.horizon }) - 1;
      index.set(key, i);
    }
    return i;
  };
  for (const r of rows) r.record.groups.forEach(groupIndex);
  return { groups, groupIndex };
}

export function packAnalysis(a: ImportAnalysis): LeanAnalysis {
  return {
    file: a.file,
    tables: a.tables.map(({ rows, ...t }) => {
      const { groups, groupIndex } = tableGroups(rows);
      return { ...t, groups, rows: rows.map((r) => packRow(r, groupIndex)) };
    }),
  };
}

function unpackRow(r: LeanRow, groups: Group[]): ParsedRowView {
  const record = { ...r.record, groups: r.record.groups.map((i) => ({ ...groups[i]! })) };
  const texts: ParsedRowView['text'] = {};
  for (const [f, v] of Object.entries(record.fields) as Array<[keyof ParsedRowView['text'], string | null]>) texts[f] = oneLine(v);
  const orgs: ParsedRowView['orgs'] = {};
  for (const f of Object.keys(r.orgs) as OrgField[]) orgs[f] = r.orgs[f]!.map((e) => ({ ...e, text: e.text ?? texts[f] ?? '' }));
  const group = record.groups[record.groups.length - 1];
  const horizon = [...record.groups].reverse().find((g) => g.horizon !== null)?.horizon ?? null;
  return {
    record,
    sourceRow: record.sourceRow,
    code: record.code,
    group: group ? { ...group } : null,
    text: texts,
    orgs,
    deadline: r.deadline ? { text: texts.deadline ?? null, ...r.deadline } : null,
    budget: r.budget ? { text: texts.budget ?? null, ...r.budget } : null,
    target: r.target ? { text: texts.target ?? null, ...r.target } : null,
    horizon,
    parentCode: r.parentCode,
  };
}

export function unpackAnalysis(a: LeanAnalysis): ImportAnalysis {
  return {
    file: a.file,
    tables: a.tables.map(({ groups, rows, ...t }): Table => ({ ...t, rows: rows.map((r) => unpackRow(r, groups)) })),
  };
}
