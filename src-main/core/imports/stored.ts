/** What a parsed row would write: the column values of a task or a target. */
import { fold } from '../vn/text';
import type { ParsedRow } from './parse-rows';
import { storedText } from './text-join';
import type { Field } from './types';

/** The seed's order of fields that can be printed merged with the row above. */
const MERGE_ORDER: Field[] = ['lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding'];

export interface StoredTask {
  title: string;
  title_folded: string;
  lead_text: string | null;
  coordinating_text: string | null;
  output: string | null;
  deadline_text: string | null;
  deadline_start: string | null;
  deadline_end: string | null;
  deadline_kind: string;
  departments_text: string | null;
  budget_text: string | null;
  budget_dong: number | null;
  funding_source: string | null;
  merged_up_json: string;
}

export interface StoredTarget {
  name: string;
  name_folded: string;
  unit: string | null;
  target_text: string | null;
  comparator: string | null;
  target_value: number | null;
  horizon_year: number | null;
  departments_text: string | null;
}

/** The diff and the write both need a row's values: computed once per parsed row. */
const taskCache = new WeakMap<ParsedRow, StoredTask>();

export function storedTask(r: ParsedRow): StoredTask {
  let s = taskCache.get(r);
  if (!s) taskCache.set(r, (s = computeStoredTask(r)));
  return s;
}

function computeStoredTask(r: ParsedRow): StoredTask {
  const f = r.record.fields;
  const title = storedText(f.title) ?? '';
  return {
    title,
    title_folded: fold(title),
    lead_text: storedText(f.lead),
    coordinating_text: storedText(f.coordinating),
    output: storedText(f.output),
    deadline_text: storedText(f.deadline),
    deadline_start: r.deadline?.start ?? null,
    deadline_end: r.deadline?.end ?? null,
    deadline_kind: r.deadline?.kind ?? 'unknown',
    departments_text: storedText(f.departments),
    budget_text: storedText(f.budget),
    budget_dong: r.budget?.dong ?? null,
    funding_source: storedText(f.funding),
    merged_up_json: JSON.stringify(MERGE_ORDER.filter((m) => r.record.merged.includes(m))),
  };
}

export function storedTarget(r: ParsedRow): StoredTarget {
  const f = r.record.fields;
  const name = storedText(f.name) ?? '';
  return {
    name,
    name_folded: fold(name),
    unit: storedText(f.unit),
    target_text: storedText(f.target),
    comparator: r.target?.comparator ?? null,
    target_value: r.target?.value ?? null,
    horizon_year: r.horizon,
    departments_text: storedText(f.departments),
  };
}

const TASK_COLUMNS: Record<string, Array<keyof StoredTask>> = {
  title: ['title', 'title_folded'],
  lead: ['lead_text'],
  coordinating: ['coordinating_text'],
  output: ['output'],
  deadline: ['deadline_text', 'deadline_start', 'deadline_end', 'deadline_kind'],
  departments: ['departments_text'],
  budget: ['budget_text', 'budget_dong'],
  funding: ['funding_source'],
};

const TARGET_COLUMNS: Record<string, Array<keyof StoredTarget>> = {
  name: ['name', 'name_folded'],
  unit: ['unit'],
  target: ['target_text', 'comparator', 'target_value'],
  departments: ['departments_text'],
};

/** Whether the file has a column for this field (an unmapped column leaves the plan's value alone). */
export function isMapped(r: ParsedRow, field: string): boolean {
  return field in r.record.fields;
}

/**
 * The columns an update writes: only fields the file has a column for. Merge flags of
 * fields without a column are kept as they are in the plan.
 */
export function taskPatch(r: ParsedRow, existingMerged: string[]): Partial<StoredTask> {
  const all = storedTask(r);
  const patch: Partial<StoredTask> = {};
  for (const [field, cols] of Object.entries(TASK_COLUMNS)) {
    if (!isMapped(r, field)) continue;
    for (const c of cols) (patch as Record<string, unknown>)[c] = all[c];
  }
  const merged = MERGE_ORDER.filter((m) => (isMapped(r, m) ? r.record.merged.includes(m) : existingMerged.includes(m)));
  patch.merged_up_json = JSON.stringify(merged);
  return patch;
}

export function targetPatch(r: ParsedRow): Partial<StoredTarget> {
  const all = storedTarget(r);
  const patch: Partial<StoredTarget> = { horizon_year: all.horizon_year };
  for (const [field, cols] of Object.entries(TARGET_COLUMNS)) {
    if (!isMapped(r, field)) continue;
    for (const c of cols) (patch as Record<string, unknown>)[c] = all[c];
  }
  return patch;
}
