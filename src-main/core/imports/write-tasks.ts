/**
 * Writes task rows of an import into a plan: groups, tasks, organisation links. New rows
 * carry their uid and updated_at (the identity trigger then has nothing to fill: one row
 * write instead of two), get no pointless link deletes, and are inserted at the position
 * they will most likely keep, so the final renumbering touches only rows that move.
 */
import type { Sql } from '../db/exec';
import { readImage } from './entity-images';
import type { Diff } from './diff';
import type { ParsedRow } from './parse-rows';
import { storedTask, taskPatch } from './stored';
import { sameText } from './text-join';
import type { GroupRef } from './types';
import { now, orgIds, placeNew, uidSource, type Touched } from './write-log';

interface LinkWriters {
  org: (row: { task_id: number; organization_id: number; role: 'lead' | 'coordinating'; position: number }) => void;
  department: (row: { task_id: number; organization_id: number; part_note: string | null; position: number }) => void;
}

function setLinks(sql: Sql, w: LinkWriters, taskId: number, r: ParsedRow, roles: Array<'lead' | 'coordinating' | 'departments'>, fresh = false): void {
  const q = sql.qb;
  for (const role of roles) {
    if (role === 'departments') {
      if (!fresh) sql.run(q.deleteFrom('task_departments').where('task_id', '=', taskId));
      const seen = new Set<number>();
      let position = 0;
      for (const e of r.orgs.departments ?? []) {
        if (e.orgId === null || seen.has(e.orgId)) continue;
        seen.add(e.orgId);
        w.department({ task_id: taskId, organization_id: e.orgId, part_note: e.part, position: position++ });
      }
    } else {
      if (!fresh) sql.run(q.deleteFrom('task_organizations').where('task_id', '=', taskId).where('role', '=', role));
      orgIds(r.orgs[role]).forEach((id, position) =>
        w.org({ task_id: taskId, organization_id: id, role, position }),
      );
    }
  }
}

export function writeTasks(sql: Sql, planId: number, rows: ParsedRow[], diff: Diff, touched: Touched[]): void {
  const q = sql.qb;
  // new tasks and all links are written in multi-row INSERTs (Sql.batchInserter); a batch of
  // links first writes the tasks gathered so far (its foreign keys need them)
  const newTasks = sql.batchInserter('tasks');
  const orgLinks = sql.batchInserter('task_organizations', newTasks.flush);
  const departmentLinks = sql.batchInserter('task_departments', newTasks.flush);
  const links: LinkWriters = { org: orgLinks.add, department: departmentLinks.add };
  let nextTaskId = sql.nextId('tasks');
  const newUid = uidSource();
  const groups = new Map(sql.all(q.selectFrom('task_groups').select(['id', 'code', 'title', 'position']).where('plan_id', '=', planId)).map((g) => [g.code, g]));
  let groupPos = Math.max(-1, ...[...groups.values()].map((g) => g.position));
  const ensureGroup = (g: GroupRef | null): number | null => {
    if (!g) return null;
    const found = groups.get(g.code);
    if (found) {
      if (!sameText(found.title, g.title)) {
        touched.push({ entity: 'task_group', id: found.id, action: 'update', sourceRow: null, code: g.code, before: readImage(sql, 'task_group', found.id) });
        sql.run(q.updateTable('task_groups').set({ title: g.title }).where('id', '=', found.id));
        found.title = g.title;
      }
      return found.id;
    }
    const id = sql.run(q.insertInto('task_groups').values({ plan_id: planId, code: g.code, title: g.title, position: ++groupPos })).id;
    groups.set(g.code, { id, code: g.code, title: g.title, position: groupPos });
    touched.push({ entity: 'task_group', id, action: 'insert', sourceRow: null, code: g.code, before: null });
    return id;
  };

  const existing = sql.all(q.selectFrom('tasks').select(['id', 'group_id as groupId', 'position']).where('plan_id', '=', planId).orderBy('position'));
  const added: Array<{ row: { id: number; groupId: number | null }; after: number | null }> = [];
  const placed = new Map(existing.map((e) => [e.id, e.position]));
  let previousId: number | null = null;
  rows.forEach((r, i) => {
    const item = diff.items[i]!;
    const groupId = ensureGroup(r.group);
    const s = storedTask(r);
    if (item.status === 'new') {
      const position = existing.length + added.length; // right if appended in file order
      const identity = { uid: newUid(), updated_at: now() };
      const id = nextTaskId++;
      newTasks.add({ id, plan_id: planId, group_id: groupId, code: r.code, tt: r.record.tt, position, ...s, ...identity, parent_task_id: null, note: null });
      placed.set(id, position);
      setLinks(sql, links, id, r, ['lead', 'coordinating', 'departments'], true);
      touched.push({ entity: 'task', id, action: 'insert', sourceRow: r.sourceRow, code: r.code, before: null });
      added.push({ row: { id, groupId }, after: previousId });
      previousId = id;
      return;
    }
    const id = item.existingId!;
    previousId = id;
    if (item.status === 'unchanged') {
      touched.push({ entity: 'task', id, action: 'same', sourceRow: r.sourceRow, code: r.code, before: null });
      return;
    }
    const before = readImage(sql, 'task', id);
    touched.push({ entity: 'task', id, action: 'update', sourceRow: r.sourceRow, code: r.code, before });
    const existingMerged = JSON.parse((before?.row as { merged_up_json: string }).merged_up_json) as string[];
    sql.run(q.updateTable('tasks').set({ ...taskPatch(r, existingMerged), group_id: groupId, tt: r.record.tt, updated_at: now() }).where('id', '=', id));
    const roles = (['lead', 'coordinating', 'departments'] as const).filter((f) => item.changes.some((c) => c.field === f));
    setLinks(sql, links, id, r, roles);
  });
  newTasks.flush();
  orgLinks.flush();
  departmentLinks.flush();
  if (added.length) {
    placeNew(existing, added).forEach((id, position) => {
      if (placed.get(id) !== position) sql.run(q.updateTable('tasks').set({ position }).where('id', '=', id));
    });
  }
}
