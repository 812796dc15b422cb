/**
 * The diff of an import against its target plan: every row of the file is new (its code
 * is not in the plan's table), changed (which fields, before → after) or unchanged; the
 * plan's rows the file does not have are missing (kept as they are by the commit).
 * Whitespace and line breaks do not count as a change.
 */
import type { PlanDetail } from '../plans/service';
import type { ParsedRow } from './parse-rows';
import { isMapped, storedTarget, storedTask } from './stored';
import { sameText } from './text-join';
import type { TableKind } from './types';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface DiffItem {
  status: 'new' | 'changed' | 'unchanged' | 'missing';
  code: string;
  title: string;
  sourceRow: number | null;
  existingId: number | null;
  changes: FieldChange[];
}

export interface Diff {
  counts: { new: number; changed: number; unchanged: number; missing: number };
  items: DiffItem[];
}

function compare(changes: FieldChange[], field: string, before: string | null | undefined, after: string | null | undefined, mapped = true): void {
  if (mapped && !sameText(before, after)) changes.push({ field, before: before ?? null, after: after ?? null });
}

function mergedLabel(json: string | string[]): string | null {
  const list = Array.isArray(json) ? json : (JSON.parse(json) as string[]);
  return list.length ? list.join(', ') : null;
}

export function computeDiff(kind: TableKind, rows: ParsedRow[], plan: PlanDetail): Diff {
  const items: DiffItem[] = [];
  const seen = new Set<number>();
  if (kind === 'tasks') {
    const byCode = new Map(plan.tasks.map((t) => [t.code, t]));
    const groupCode = new Map(plan.taskGroups.map((g) => [g.id, g]));
    for (const r of rows) {
      const after = storedTask(r);
      const t = byCode.get(r.code);
      if (!t) {
        items.push({ status: 'new', code: r.code, title: after.title, sourceRow: r.sourceRow, existingId: null, changes: [] });
        continue;
      }
      seen.add(t.id);
      const changes: FieldChange[] = [];
      const g = t.groupId ? groupCode.get(t.groupId) : undefined;
      compare(changes, 'group', g ? `${g.code}. ${g.title}` : null, r.group ? `${r.group.code}. ${r.group.title}` : null);
      compare(changes, 'title', t.title, after.title, isMapped(r, 'title'));
      compare(changes, 'lead', t.leadText, after.lead_text, isMapped(r, 'lead'));
      compare(changes, 'coordinating', t.coordinatingText, after.coordinating_text, isMapped(r, 'coordinating'));
      compare(changes, 'output', t.output, after.output, isMapped(r, 'output'));
      compare(changes, 'deadline', t.deadlineText, after.deadline_text, isMapped(r, 'deadline'));
      compare(changes, 'departments', t.departmentsText, after.departments_text, isMapped(r, 'departments'));
      compare(changes, 'budget', t.budgetText, after.budget_text, isMapped(r, 'budget'));
      compare(changes, 'funding', t.fundingSource, after.funding_source, isMapped(r, 'funding'));
      const mergedAfter = (JSON.parse(after.merged_up_json) as string[]).filter((m) => isMapped(r, m));
      const mergedBefore = t.mergedUp.filter((m) => isMapped(r, m));
      compare(changes, 'merged', mergedLabel(mergedBefore), mergedLabel(mergedAfter));
      items.push({ status: changes.length ? 'changed' : 'unchanged', code: r.code, title: after.title, sourceRow: r.sourceRow, existingId: t.id, changes });
    }
    for (const t of plan.tasks) {
      if (!seen.has(t.id)) items.push({ status: 'missing', code: t.code, title: t.title, sourceRow: null, existingId: t.id, changes: [] });
    }
  } else {
    const byCode = new Map(plan.targets.map((t) => [t.code, t]));
    const groups = new Map(plan.targetGroups.map((g) => [g.id, g]));
    for (const r of rows) {
      const after = storedTarget(r);
      const t = byCode.get(r.code);
      if (!t) {
        items.push({ status: 'new', code: r.code, title: after.name, sourceRow: r.sourceRow, existingId: null, changes: [] });
        continue;
      }
      seen.add(t.id);
      const changes: FieldChange[] = [];
      const g = t.groupId ? groups.get(t.groupId) : undefined;
      compare(changes, 'group', g ? `${g.code}. ${g.title}` : null, r.group ? `${r.group.code}. ${r.group.title}` : null);
      compare(changes, 'name', t.name, after.name, isMapped(r, 'name'));
      compare(changes, 'unit', t.unit, after.unit, isMapped(r, 'unit'));
      compare(changes, 'target', t.targetText, after.target_text, isMapped(r, 'target'));
      compare(changes, 'departments', t.departmentsText, after.departments_text, isMapped(r, 'departments'));
      compare(changes, 'horizon', t.horizonYear === null ? null : String(t.horizonYear), after.horizon_year === null ? null : String(after.horizon_year));
      items.push({ status: changes.length ? 'changed' : 'unchanged', code: r.code, title: after.name, sourceRow: r.sourceRow, existingId: t.id, changes });
    }
    for (const t of plan.targets) {
      if (!seen.has(t.id)) items.push({ status: 'missing', code: t.code, title: t.name, sourceRow: null, existingId: t.id, changes: [] });
    }
  }
  const counts = { new: 0, changed: 0, unchanged: 0, missing: 0 };
  for (const i of items) counts[i.status]++;
  return { counts, items };
}
