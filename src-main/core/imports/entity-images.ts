/**
 * Full images of the rows an import touches (the row with every column, plus its
 * organisation links), so undo can put back exactly what was there and can tell when
 * someone changed a row after the import.
 */
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';

export type Entity = 'task' | 'target' | 'task_group' | 'target_group';

export interface TaskImage {
  row: Row<'tasks'>;
  orgs: Array<{ organization_id: number; role: 'lead' | 'coordinating'; position: number }>;
  departments: Array<{ organization_id: number; part_note: string | null; position: number }>;
}
export interface TargetImage {
  row: Row<'targets'>;
  departments: Array<{ organization_id: number; part_note: string | null; position: number }>;
}
export type Image = TaskImage | TargetImage | { row: Row<'task_groups'> } | { row: Row<'target_groups'> };

export function readImage(sql: Sql, entity: Entity, id: number): Image | null {
  const q = sql.qb;
  switch (entity) {
    case 'task': {
      const row = sql.first(q.selectFrom('tasks').selectAll().where('id', '=', id));
      if (!row) return null;
      return {
        row,
        orgs: sql.all(q.selectFrom('task_organizations').select(['organization_id', 'role', 'position']).where('task_id', '=', id).orderBy('role').orderBy('position').orderBy('organization_id')),
        departments: sql.all(q.selectFrom('task_departments').select(['organization_id', 'part_note', 'position']).where('task_id', '=', id).orderBy('position').orderBy('organization_id')),
      };
    }
    case 'target': {
      const row = sql.first(q.selectFrom('targets').selectAll().where('id', '=', id));
      if (!row) return null;
      return {
        row,
        departments: sql.all(q.selectFrom('target_departments').select(['organization_id', 'part_note', 'position']).where('target_id', '=', id).orderBy('position').orderBy('organization_id')),
      };
    }
    case 'task_group': {
      const row = sql.first(q.selectFrom('task_groups').selectAll().where('id', '=', id));
      return row ? { row } : null;
    }
    case 'target_group': {
      const row = sql.first(q.selectFrom('target_groups').selectAll().where('id', '=', id));
      return row ? { row } : null;
    }
  }
}

const CHUNK = 500;

function chunks(ids: number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(ids.slice(i, i + CHUNK));
  return out;
}

function grouped<T extends Record<string, unknown>>(rows: T[], key: keyof T): Map<number, Array<Omit<T, typeof key>>> {
  const out = new Map<number, Array<Omit<T, typeof key>>>();
  for (const r of rows) {
    const { [key]: id, ...rest } = r;
    const list = out.get(id as number) ?? [];
    list.push(rest);
    out.set(id as number, list);
  }
  return out;
}

/**
 * The images of many rows of one entity, equal to `readImage` of each (same keys, same
 * order), read a few hundred rows per query instead of three queries per row.
 */
export function readImages(sql: Sql, entity: Entity, ids: number[]): Map<number, Image> {
  const q = sql.qb;
  const out = new Map<number, Image>();
  for (const part of chunks(ids)) {
    if (entity === 'task') {
      const orgs = grouped(
        sql.all(q.selectFrom('task_organizations').select(['task_id', 'organization_id', 'role', 'position']).where('task_id', 'in', part).orderBy('task_id').orderBy('role').orderBy('position').orderBy('organization_id')),
        'task_id',
      );
      const departments = grouped(
        sql.all(q.selectFrom('task_departments').select(['task_id', 'organization_id', 'part_note', 'position']).where('task_id', 'in', part).orderBy('task_id').orderBy('position').orderBy('organization_id')),
        'task_id',
      );
      for (const row of sql.all(q.selectFrom('tasks').selectAll().where('id', 'in', part))) {
        out.set(row.id, { row, orgs: orgs.get(row.id) ?? [], departments: departments.get(row.id) ?? [] } as TaskImage);
      }
    } else if (entity === 'target') {
      const departments = grouped(
        sql.all(q.selectFrom('target_departments').select(['target_id', 'organization_id', 'part_note', 'position']).where('target_id', 'in', part).orderBy('target_id').orderBy('position').orderBy('organization_id')),
        'target_id',
      );
      for (const row of sql.all(q.selectFrom('targets').selectAll().where('id', 'in', part))) out.set(row.id, { row, departments: departments.get(row.id) ?? [] } as TargetImage);
    } else {
      for (const id of part) {
        const image = readImage(sql, entity, id);
        if (image) out.set(id, image);
      }
    }
  }
  return out;
}

/** An image for comparison: positions are restored separately, so they do not count. */
export function comparable(image: Image | null): string {
  if (!image) return 'null';
  const { position: _p, ...row } = image.row as Record<string, unknown>;
  return JSON.stringify({ ...image, row });
}

const ENTITY_TABLE = { task: 'tasks', target: 'targets', task_group: 'task_groups', target_group: 'target_groups' } as const;

/** Delete rows of one entity, a few hundred per statement (their links go with them: ON DELETE CASCADE). */
export function deleteEntities(sql: Sql, entity: Entity, ids: number[]): void {
  for (const part of chunks(ids)) sql.run(sql.qb.deleteFrom(ENTITY_TABLE[entity]).where('id', 'in', part));
}

/** Put a row back exactly as imaged: every column and every link. */
export function restoreImage(sql: Sql, entity: Entity, image: Image): void {
  const q = sql.qb;
  const { id, ...cols } = image.row as Record<string, unknown> & { id: number };
  if (entity === 'task') {
    const img = image as TaskImage;
    sql.run(q.updateTable('tasks').set(cols as never).where('id', '=', id));
    sql.run(q.deleteFrom('task_organizations').where('task_id', '=', id));
    sql.run(q.deleteFrom('task_departments').where('task_id', '=', id));
    for (const o of img.orgs) sql.run(q.insertInto('task_organizations').values({ task_id: id, ...o }));
    for (const d of img.departments) sql.run(q.insertInto('task_departments').values({ task_id: id, ...d }));
  } else if (entity === 'target') {
    const img = image as TargetImage;
    sql.run(q.updateTable('targets').set(cols as never).where('id', '=', id));
    sql.run(q.deleteFrom('target_departments').where('target_id', '=', id));
    for (const d of img.departments) sql.run(q.insertInto('target_departments').values({ target_id: id, ...d }));
  } else if (entity === 'task_group') sql.run(q.updateTable('task_groups').set(cols as never).where('id', '=', id));
  else sql.run(q.updateTable('target_groups').set(cols as never).where('id', '=', id));
}

export interface Positions {
  tasks: Array<[number, number]>;
  targets: Array<[number, number]>;
  taskGroups: Array<[number, number]>;
  targetGroups: Array<[number, number]>;
}

export function readPositions(sql: Sql, planId: number): Positions {
  const q = sql.qb;
  const pairs = (rows: Array<{ id: number; position: number }>) => rows.map((r) => [r.id, r.position] as [number, number]);
  return {
    tasks: pairs(sql.all(q.selectFrom('tasks').select(['id', 'position']).where('plan_id', '=', planId))),
    targets: pairs(sql.all(q.selectFrom('targets').select(['id', 'position']).where('plan_id', '=', planId))),
    taskGroups: pairs(sql.all(q.selectFrom('task_groups').select(['id', 'position']).where('plan_id', '=', planId))),
    targetGroups: pairs(sql.all(q.selectFrom('target_groups').select(['id', 'position']).where('plan_id', '=', planId))),
  };
}

export function writePositions(sql: Sql, p: Positions): void {
  const q = sql.qb;
  for (const [id, position] of p.tasks) sql.run(q.updateTable('tasks').set({ position }).where('id', '=', id));
  for (const [id, position] of p.targets) sql.run(q.updateTable('targets').set({ position }).where('id', '=', id));
  for (const [id, position] of p.taskGroups) sql.run(q.updateTable('task_groups').set({ position }).where('id', '=', id));
  for (const [id, position] of p.targetGroups) sql.run(q.updateTable('target_groups').set({ position }).where('id', '=', id));
}
