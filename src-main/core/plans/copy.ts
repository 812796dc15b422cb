/**
 * Copy a plan's content into another plan: everything (duplicate) or picked tasks and
 * targets linked to their originals (derive a lower plan from a higher one).
 */
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';

/** A copied row gets its own id, machine-stable uid and timestamps (filled by the database). */
const FRESH = { id: undefined, uid: undefined, updated_at: undefined, created_at: undefined } as const;
/** Link rows have no id of their own; they still get a fresh uid where the table has one. */
const LINK_FRESH = { uid: undefined } as const;

export interface CopyOptions {
  /** only these tasks / targets (and the groups holding them); all when undefined */
  taskIds?: ReadonlySet<number> | undefined;
  targetIds?: ReadonlySet<number> | undefined;
  /** derive: copies point to the originals; duplicate: copies keep the originals' parents */
  linkToSource: boolean;
  /** duplicate: body, appendix headings and căn cứ links too */
  withBody: boolean;
}

export function copyPlanContent(sql: Sql, fromPlanId: number, toPlanId: number, o: CopyOptions = { linkToSource: false, withBody: true }): { tasks: number; targets: number } {
  const from = (t: 'plan_blocks' | 'plan_appendices' | 'task_groups' | 'tasks' | 'target_groups' | 'targets') =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- same-shaped reads from several tables
    sql.all<any>((sql.qb as any).selectFrom(t).selectAll().where('plan_id', '=', fromPlanId).orderBy('position').orderBy('id'));

  if (o.withBody) {
    sql.run(sql.qb.deleteFrom('plan_appendices').where('plan_id', '=', toPlanId));
    for (const b of from('plan_blocks') as Row<'plan_blocks'>[]) sql.run(sql.qb.insertInto('plan_blocks').values({ ...b, ...FRESH, plan_id: toPlanId }));
    for (const a of from('plan_appendices') as Row<'plan_appendices'>[]) sql.run(sql.qb.insertInto('plan_appendices').values({ ...a, ...FRESH, plan_id: toPlanId }));
    const docs = (id: number) => sql.first(sql.qb.selectFrom('plans').select('document_id').where('id', '=', id))!.document_id;
    const [srcDoc, dstDoc] = [docs(fromPlanId), docs(toPlanId)];
    for (const l of sql.all(sql.qb.selectFrom('document_links').selectAll().where('from_document_id', '=', srcDoc))) {
      sql.run(sql.qb.insertInto('document_links').values({ ...l, ...FRESH, from_document_id: dstDoc }).onConflict((c) => c.doNothing()));
    }
  }

  const tasks = (from('tasks') as Row<'tasks'>[]).filter((t) => !o.taskIds || o.taskIds.has(t.id));
  const groupIds = new Map<number, number>();
  for (const g of from('task_groups') as Row<'task_groups'>[]) {
    if (o.taskIds && !tasks.some((t) => t.group_id === g.id)) continue;
    groupIds.set(g.id, sql.run(sql.qb.insertInto('task_groups').values({ ...g, ...FRESH, plan_id: toPlanId })).id);
  }
  tasks.forEach((t, position) => {
    const id = sql.run(
      sql.qb.insertInto('tasks').values({
        ...t,
        ...FRESH,
        id: undefined,
        created_at: undefined,
        updated_at: undefined,
        plan_id: toPlanId,
        group_id: t.group_id === null ? null : (groupIds.get(t.group_id) ?? null),
        position,
        parent_task_id: o.linkToSource ? t.id : t.parent_task_id,
      }),
    ).id;
    for (const r of sql.all(sql.qb.selectFrom('task_organizations').selectAll().where('task_id', '=', t.id))) {
      sql.run(sql.qb.insertInto('task_organizations').values({ ...r, ...LINK_FRESH, task_id: id }));
    }
    for (const r of sql.all(sql.qb.selectFrom('task_departments').selectAll().where('task_id', '=', t.id))) {
      sql.run(sql.qb.insertInto('task_departments').values({ ...r, ...LINK_FRESH, task_id: id }));
    }
  });

  const targets = (from('targets') as Row<'targets'>[]).filter((t) => !o.targetIds || o.targetIds.has(t.id));
  const allGroups = from('target_groups') as Row<'target_groups'>[];
  const needed = new Set<number>();
  const byId = new Map(allGroups.map((g) => [g.id, g]));
  for (const t of targets) for (let g = t.group_id; g !== null && !needed.has(g); g = byId.get(g)?.parent_id ?? null) needed.add(g);
  const tgroupIds = new Map<number, number>();
  // parents first: sort by depth
  const depth = (g: Row<'target_groups'>): number => (g.parent_id === null ? 0 : 1 + depth(byId.get(g.parent_id)!));
  for (const g of [...allGroups].sort((a, b) => depth(a) - depth(b) || a.position - b.position)) {
    if (o.targetIds && !needed.has(g.id)) continue;
    const parent = g.parent_id === null ? null : (tgroupIds.get(g.parent_id) ?? null);
    tgroupIds.set(g.id, sql.run(sql.qb.insertInto('target_groups').values({ ...g, ...FRESH, plan_id: toPlanId, parent_id: parent })).id);
  }
  const targetIds = new Map<number, number>();
  targets.forEach((t, position) => {
    const id = sql.run(
      sql.qb.insertInto('targets').values({
        ...t,
        ...FRESH,
        id: undefined,
        created_at: undefined,
        updated_at: undefined,
        plan_id: toPlanId,
        group_id: t.group_id === null ? null : (tgroupIds.get(t.group_id) ?? null),
        parent_target_id: t.parent_target_id === null ? null : (targetIds.get(t.parent_target_id) ?? null),
        source_target_id: o.linkToSource ? t.id : t.source_target_id,
        position,
      }),
    ).id;
    targetIds.set(t.id, id);
    for (const r of sql.all(sql.qb.selectFrom('target_departments').selectAll().where('target_id', '=', t.id))) {
      sql.run(sql.qb.insertInto('target_departments').values({ ...r, ...LINK_FRESH, target_id: id }));
    }
  });
  return { tasks: tasks.length, targets: targets.length };
}
