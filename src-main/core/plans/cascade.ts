/** The cascade around a plan: for each task (target), its original above and copies below. */
import type { Sql } from '../db/exec';

export interface CascadeRef {
  id: number;
  planId: number;
  planLabel: string;
  code: string;
  title: string;
}

export interface CascadeLinks {
  tasks: Array<{ id: number; parent: CascadeRef | null; children: CascadeRef[] }>;
  targets: Array<{ id: number; parent: CascadeRef | null; children: CascadeRef[] }>;
}

function planLabels(sql: Sql): Map<number, string> {
  return new Map(
    sql
      .all(sql.qb.selectFrom('plans as p').innerJoin('documents as d', 'd.id', 'p.document_id').select(['p.id', 'd.number_symbol', 'd.summary']))
      .map((p) => [p.id, p.number_symbol ?? `Dự thảo: ${p.summary.slice(0, 60)}`]),
  );
}

export function planCascade(sql: Sql, planId: number): CascadeLinks {
  const labels = planLabels(sql);
  const ref = (r: { id: number; plan_id: number; code: string; title: string }): CascadeRef => ({
    id: r.id,
    planId: r.plan_id,
    planLabel: labels.get(r.plan_id) ?? '',
    code: r.code,
    title: r.title,
  });
  const own = sql.all(sql.qb.selectFrom('tasks').select(['id', 'parent_task_id']).where('plan_id', '=', planId));
  const parents = sql.all(
    sql.qb
      .selectFrom('tasks as t')
      .innerJoin('tasks as p', 'p.id', 't.parent_task_id')
      .select(['t.id as childId', 'p.id', 'p.plan_id', 'p.code', 'p.title'])
      .where('t.plan_id', '=', planId),
  );
  const children = sql.all(
    sql.qb
      .selectFrom('tasks as c')
      .innerJoin('tasks as t', 't.id', 'c.parent_task_id')
      .select(['t.id as parentId', 'c.id', 'c.plan_id', 'c.code', 'c.title'])
      .where('t.plan_id', '=', planId),
  );
  const tOwn = sql.all(sql.qb.selectFrom('targets').select(['id']).where('plan_id', '=', planId));
  const tParents = sql.all(
    sql.qb
      .selectFrom('targets as t')
      .innerJoin('targets as p', 'p.id', 't.source_target_id')
      .select(['t.id as childId', 'p.id', 'p.plan_id', 'p.code', 'p.name as title'])
      .where('t.plan_id', '=', planId),
  );
  const tChildren = sql.all(
    sql.qb
      .selectFrom('targets as c')
      .innerJoin('targets as t', 't.id', 'c.source_target_id')
      .select(['t.id as parentId', 'c.id', 'c.plan_id', 'c.code', 'c.name as title'])
      .where('t.plan_id', '=', planId),
  );
  const build = (
    ids: Array<{ id: number }>,
    up: Array<{ childId: number; id: number; plan_id: number; code: string; title: string }>,
    down: Array<{ parentId: number; id: number; plan_id: number; code: string; title: string }>,
  ) =>
    ids
      .map((t) => ({
        id: t.id,
        parent: (() => {
          const p = up.find((x) => x.childId === t.id);
          return p ? ref(p) : null;
        })(),
        children: down.filter((c) => c.parentId === t.id).map(ref),
      }))
      .filter((x) => x.parent || x.children.length);
  return { tasks: build(own, parents, children), targets: build(tOwn, tParents, tChildren) };
}
