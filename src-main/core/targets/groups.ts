/** Target groups (horizons I, II, III and their themes) as editable records. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { mergeBundles, selectRows, type Bundle } from '../history/bundle';
import { intColumn, textColumn, writeColumns } from '../history/columns';
import { orderField, renumber, type OrderedKind } from '../history/order';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { targetGroupOrder, targetOrder, targetSpec } from './spec';

export function targetGroupPlanId(sql: Sql, id: number): number | null {
  return sql.first(sql.qb.selectFrom('target_groups').select('plan_id').where('id', '=', id))?.plan_id ?? null;
}

function subtree(sql: Sql, id: number): number[] {
  const planId = targetGroupPlanId(sql, id);
  if (planId === null) return [];
  const rows = sql.all(sql.qb.selectFrom('target_groups').select(['id', 'parent_id']).where('plan_id', '=', planId));
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const r of rows) if (r.parent_id === out[i]) out.push(r.id);
  return out;
}

export const targetGroupKind: OrderedKind = {
  label: 'Nhóm chỉ tiêu',
  planIdOf: targetGroupPlanId,
  load: (sql, planId) => {
    const order = targetGroupOrder(sql, planId);
    const rows = sql.all(sql.qb.selectFrom('target_groups').select(['id', 'parent_id', 'position']).where('plan_id', '=', planId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      groups: [null, ...order],
      items: order.map((id) => ({ id, groupId: byId.get(id)!.parent_id, position: byId.get(id)!.position })),
    };
  },
  save: (sql, id, parentId, position) => writeColumns(sql, 'target_groups', id, { parent_id: parentId, position }),
  checkGroup: (sql, planId, parentId) => {
    if (parentId === null) return;
    if (targetGroupPlanId(sql, parentId) !== planId) throw new AppError('INVALID_INPUT', 'Nhóm cha không thuộc kế hoạch này. Hãy tải lại trang.');
  },
};

const codeField: FieldSpec<string | null> = {
  ...textColumn('target_groups', 'code', 'Số hiệu nhóm', { required: true }),
  check: (sql, id, code) => {
    const planId = targetGroupPlanId(sql, id)!;
    const other = sql.first(sql.qb.selectFrom('target_groups').select('title').where('plan_id', '=', planId).where('code', '=', code!).where('id', '!=', id));
    if (other) throw new AppError('CONFLICT', `Nhóm "${code}" đã có trong bảng chỉ tiêu ("${other.title.slice(0, 60)}"). Hãy chọn số hiệu khác.`);
  },
};

const order = orderField(targetGroupKind);

export const targetGroupSpec: EntitySpec = {
  entity: 'target_group',
  label: 'Nhóm chỉ tiêu',
  exists: (sql, id) => targetGroupPlanId(sql, id) !== null,
  planIdOf: targetGroupPlanId,
  describe: (sql, id) => {
    const g = sql.first(sql.qb.selectFrom('target_groups').select(['tt', 'title']).where('id', '=', id));
    return g ? `${g.tt}. ${g.title}` : `#${id}`;
  },
  fields: {
    code: codeField,
    tt: textColumn('target_groups', 'tt', 'Số thứ tự nhóm', { required: true }),
    title: textColumn('target_groups', 'title', 'Tên nhóm', { blankAsEmpty: true }),
    horizonYear: intColumn('target_groups', 'horizon_year', 'Mốc năm', 1900, 2200),
    order: {
      ...order,
      check: (sql, id, to) => {
        if (to.groupId !== null && subtree(sql, id).includes(to.groupId)) {
          throw new AppError('INVALID_INPUT', 'Không thể đặt một nhóm vào trong chính nó hoặc nhóm con của nó.');
        }
      },
    },
  },
  snapshot: (sql, id): Bundle => {
    const groups = subtree(sql, id);
    const targets = sql.all(sql.qb.selectFrom('targets').select('id').where('group_id', 'in', groups).orderBy('position'));
    return mergeBundles(
      { rows: [{ table: 'target_groups', rows: groups.flatMap((g) => selectRows(sql, 'target_groups', 'id', g)) }], refs: [] },
      ...targets.map((t) => targetSpec.snapshot(sql, t.id)),
    );
  },
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('targets').where('group_id', 'in', subtree(sql, id)));
    sql.run(sql.qb.deleteFrom('target_groups').where('id', '=', id));
  },
  afterRestore: (sql, bundle) => {
    const g = bundle.rows.find((r) => r.table === 'target_groups')?.rows[0];
    if (!g) return;
    renumber(sql, targetGroupKind, g.plan_id as number, new Set([g.id as number]));
    renumber(sql, targetOrder, g.plan_id as number);
  },
};
