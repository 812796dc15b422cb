/** Writes target rows of an import into a plan: the group chain, targets, departments. */
import type { Sql } from '../db/exec';
import type { NewRow } from '../db/schema';
import { readImage } from './entity-images';
import type { Diff } from './diff';
import type { ParsedRow } from './parse-rows';
import { storedTarget, targetPatch } from './stored';
import { sameText } from './text-join';
import type { GroupRef } from './types';
import { now, placeNew, uidSource, type Touched } from './write-log';

type DepartmentWriter = (row: { target_id: number; organization_id: number; part_note: string | null; position: number }) => number;

function setDepartments(sql: Sql, write: DepartmentWriter, targetId: number, r: ParsedRow, fresh = false): void {
  const q = sql.qb;
  if (!fresh) sql.run(q.deleteFrom('target_departments').where('target_id', '=', targetId));
  const seen = new Set<number>();
  let position = 0;
  for (const e of r.orgs.departments ?? []) {
    if (e.orgId === null || seen.has(e.orgId)) continue;
    seen.add(e.orgId);
    write({ target_id: targetId, organization_id: e.orgId, part_note: e.part, position: position++ });
  }
}

const ttOf = (code: string) => code.slice(code.lastIndexOf('.') + 1);

export function writeTargets(sql: Sql, planId: number, rows: ParsedRow[], diff: Diff, touched: Touched[]): void {
  const q = sql.qb;
  const insertTarget = sql.inserter('targets');
  const newUid = uidSource();
  const writeDepartment: DepartmentWriter = sql.inserter('target_departments');
  const groups = new Map(sql.all(q.selectFrom('target_groups').select(['id', 'plan_id', 'parent_id', 'code', 'tt', 'title', 'horizon_year', 'position']).where('plan_id', '=', planId)).map((g) => [g.code, g]));
  let groupPos = Math.max(-1, ...[...groups.values()].map((g) => g.position));
  const ensureChain = (chain: GroupRef[]): number | null => {
    let parentId: number | null = null;
    for (const g of chain) {
      const found = groups.get(g.code);
      if (found) {
        if (!sameText(found.title, g.title)) {
          touched.push({ entity: 'target_group', id: found.id, action: 'update', sourceRow: null, code: g.code, before: readImage(sql, 'target_group', found.id) });
          sql.run(q.updateTable('target_groups').set({ title: g.title }).where('id', '=', found.id));
          found.title = g.title;
        }
        parentId = found.id;
        continue;
      }
      const row: NewRow<'target_groups'> & { position: number } = { plan_id: planId, parent_id: parentId, code: g.code, tt: ttOf(g.code), title: g.title, horizon_year: g.horizon, position: ++groupPos };
      const id: number = sql.run(q.insertInto('target_groups').values(row)).id;
      groups.set(g.code, { id, plan_id: planId, parent_id: parentId, code: g.code, tt: ttOf(g.code), title: g.title, horizon_year: g.horizon, position: groupPos });
      touched.push({ entity: 'target_group', id, action: 'insert', sourceRow: null, code: g.code, before: null });
      parentId = id;
    }
    return parentId;
  };

  const codeIds = new Map(sql.all(q.selectFrom('targets').select(['id', 'code']).where('plan_id', '=', planId)).map((t) => [t.code, t.id]));
  const existing = sql.all(q.selectFrom('targets').select(['id', 'group_id as groupId', 'position']).where('plan_id', '=', planId).orderBy('position'));
  const added: Array<{ row: { id: number; groupId: number | null }; after: number | null }> = [];
  let previousId: number | null = null;
  rows.forEach((r, i) => {
    const item = diff.items[i]!;
    const groupId = ensureChain(r.record.groups);
    const s = storedTarget(r);
    const parentId = r.parentCode ? (codeIds.get(r.parentCode) ?? null) : null;
    if (item.status === 'new') {
      // uid and updated_at given: the identity trigger then has nothing to fill
      const identity = { uid: newUid(), updated_at: now() };
      const id = insertTarget({ plan_id: planId, group_id: groupId, parent_target_id: parentId, source_target_id: null, code: r.code, tt: r.record.tt, position: 1_000_000 + i, ...s, ...identity, note: null });
      codeIds.set(r.code, id);
      setDepartments(sql, writeDepartment, id, r, true);
      touched.push({ entity: 'target', id, action: 'insert', sourceRow: r.sourceRow, code: r.code, before: null });
      added.push({ row: { id, groupId }, after: previousId });
      previousId = id;
      return;
    }
    const id = item.existingId!;
    previousId = id;
    if (item.status === 'unchanged') {
      touched.push({ entity: 'target', id, action: 'same', sourceRow: r.sourceRow, code: r.code, before: null });
      return;
    }
    touched.push({ entity: 'target', id, action: 'update', sourceRow: r.sourceRow, code: r.code, before: readImage(sql, 'target', id) });
    sql.run(q.updateTable('targets').set({ ...targetPatch(r), group_id: groupId, tt: r.record.tt, updated_at: now() }).where('id', '=', id));
    if (item.changes.some((c) => c.field === 'departments')) setDepartments(sql, writeDepartment, id, r);
  });
  if (added.length) {
    placeNew(existing, added).forEach((id, position) => sql.run(q.updateTable('targets').set({ position }).where('id', '=', id)));
  }
}
