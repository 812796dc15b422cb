/** Task groups (I, II, ... of the task table) as editable records. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { mergeBundles, selectRows, type Bundle } from '../history/bundle';
import { textColumn, writeColumns } from '../history/columns';
import { orderField, renumber, type OrderedKind } from '../history/order';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { taskOrder, taskSpec } from './spec';

export function taskGroupPlanId(sql: Sql, id: number): number | null {
  return sql.first(sql.qb.selectFrom('task_groups').select('plan_id').where('id', '=', id))?.plan_id ?? null;
}

export const taskGroupOrder: OrderedKind = {
  label: 'Nhóm nhiệm vụ',
  planIdOf: taskGroupPlanId,
  load: (sql, planId) => ({
    groups: [null],
    items: sql
      .all(sql.qb.selectFrom('task_groups').select(['id', 'position']).where('plan_id', '=', planId).orderBy('position').orderBy('id'))
      .map((r) => ({ id: r.id, groupId: null, position: r.position })),
  }),
  save: (sql, id, _g, position) => writeColumns(sql, 'task_groups', id, { position }),
  checkGroup: (_sql, _planId, groupId) => {
    if (groupId !== null) throw new AppError('INVALID_INPUT', 'Nhóm nhiệm vụ không lồng vào nhóm khác.');
  },
};

const codeField: FieldSpec<string | null> = {
  ...textColumn('task_groups', 'code', 'Số hiệu nhóm', { required: true }),
  check: (sql, id, code) => {
    const planId = taskGroupPlanId(sql, id)!;
    const other = sql.first(sql.qb.selectFrom('task_groups').select('title').where('plan_id', '=', planId).where('code', '=', code!).where('id', '!=', id));
    if (other) throw new AppError('CONFLICT', `Nhóm "${code}" đã có trong bảng nhiệm vụ ("${other.title.slice(0, 60)}"). Hãy chọn số hiệu khác.`);
  },
};

export const taskGroupSpec: EntitySpec = {
  entity: 'task_group',
  label: 'Nhóm nhiệm vụ',
  exists: (sql, id) => taskGroupPlanId(sql, id) !== null,
  planIdOf: taskGroupPlanId,
  describe: (sql, id) => {
    const g = sql.first(sql.qb.selectFrom('task_groups').select(['code', 'title']).where('id', '=', id));
    return g ? `${g.code}. ${g.title}` : `#${id}`;
  },
  fields: {
    code: codeField,
    title: textColumn('task_groups', 'title', 'Tên nhóm', { blankAsEmpty: true }),
    order: orderField(taskGroupOrder),
  },
  snapshot: (sql, id): Bundle => {
    const tasks = sql.all(sql.qb.selectFrom('tasks').select('id').where('group_id', '=', id).orderBy('position'));
    return mergeBundles(
      { rows: [{ table: 'task_groups', rows: selectRows(sql, 'task_groups', 'id', id) }], refs: [] },
      ...tasks.map((t) => taskSpec.snapshot(sql, t.id)),
    );
  },
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('tasks').where('group_id', '=', id));
    sql.run(sql.qb.deleteFrom('task_groups').where('id', '=', id));
  },
  afterRestore: (sql, bundle) => {
    const g = bundle.rows.find((r) => r.table === 'task_groups')?.rows[0];
    if (!g) return;
    const planId = g.plan_id as number;
    renumber(sql, taskGroupOrder, planId, new Set([g.id as number]));
    renumber(sql, taskOrder, planId);
  },
};
