/** Targets as the history engine edits them: fields, order, snapshot. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { bundleRows, selectIds, type Bundle } from '../history/bundle';
import { intColumn, textColumn, writeColumns } from '../history/columns';
import { orderField, renumber, type OrderedKind } from '../history/order';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { departmentsField } from '../organizations/assignments';
import { parseTarget } from '../vn/target';

export function targetPlanId(sql: Sql, id: number): number | null {
  return sql.first(sql.qb.selectFrom('targets').select('plan_id').where('id', '=', id))?.plan_id ?? null;
}

/** Target groups in document order: a horizon, then its themes (depth first). */
export function targetGroupOrder(sql: Sql, planId: number): number[] {
  const groups = sql.all(
    sql.qb.selectFrom('target_groups').select(['id', 'parent_id']).where('plan_id', '=', planId).orderBy('position').orderBy('id'),
  );
  const children = new Map<number | null, number[]>();
  for (const g of groups) children.set(g.parent_id, [...(children.get(g.parent_id) ?? []), g.id]);
  const out: number[] = [];
  const visit = (p: number | null) => {
    for (const id of children.get(p) ?? []) {
      out.push(id);
      visit(id);
    }
  };
  visit(null);
  return out;
}

export const targetOrder: OrderedKind = {
  label: 'Chỉ tiêu',
  planIdOf: targetPlanId,
  load: (sql, planId) => {
    const groups = targetGroupOrder(sql, planId);
    const gi = new Map(groups.map((g, i) => [g, i]));
    const items = sql
      .all(sql.qb.selectFrom('targets').select(['id', 'group_id', 'position']).where('plan_id', '=', planId))
      .map((r) => ({ id: r.id, groupId: r.group_id, position: r.position }))
      .sort(
        (a, b) =>
          (a.groupId === null ? 1e9 : (gi.get(a.groupId) ?? 1e9)) - (b.groupId === null ? 1e9 : (gi.get(b.groupId) ?? 1e9)) ||
          a.position - b.position ||
          a.id - b.id,
      );
    return { groups: [...groups, null], items };
  },
  save: (sql, id, groupId, position) => writeColumns(sql, 'targets', id, { group_id: groupId, position }),
  checkGroup: (sql, planId, groupId) => {
    if (groupId === null) return;
    const g = sql.first(sql.qb.selectFrom('target_groups').select('plan_id').where('id', '=', groupId));
    if (!g || g.plan_id !== planId) throw new AppError('INVALID_INPUT', 'Nhóm chỉ tiêu không thuộc kế hoạch này. Hãy tải lại trang.');
  },
};

const codeField: FieldSpec<string | null> = {
  ...textColumn('targets', 'code', 'Mã chỉ tiêu', { required: true }),
  check: (sql, id, code) => {
    const planId = targetPlanId(sql, id);
    const other = sql.first(
      sql.qb.selectFrom('targets').select(['id', 'name']).where('plan_id', '=', planId!).where('code', '=', code!).where('id', '!=', id),
    );
    if (other) {
      throw new AppError(
        'CONFLICT',
        `Mã chỉ tiêu "${code}" đã có trong bảng chỉ tiêu của kế hoạch này ("${other.name.slice(0, 60)}"). Hãy đổi số thứ tự khác.`,
      );
    }
  },
};

export const targetSpec: EntitySpec = {
  entity: 'target',
  label: 'Chỉ tiêu',
  exists: (sql, id) => targetPlanId(sql, id) !== null,
  planIdOf: targetPlanId,
  describe: (sql, id) => {
    const t = sql.first(sql.qb.selectFrom('targets').select(['code', 'name']).where('id', '=', id));
    return t ? `${t.code} ${t.name}` : `#${id}`;
  },
  fields: {
    code: codeField,
    tt: textColumn('targets', 'tt', 'Số thứ tự', { required: true }),
    name: textColumn('targets', 'name', 'Tên chỉ tiêu', { blankAsEmpty: true, folded: 'name_folded' }),
    unit: textColumn('targets', 'unit', 'Đơn vị tính'),
    targetText: textColumn('targets', 'target_text', 'Kết quả (chỉ tiêu)', {
      derive: (t) => {
        const p = parseTarget(t);
        return { comparator: p.comparator, target_value: p.value };
      },
    }),
    horizonYear: intColumn('targets', 'horizon_year', 'Mốc năm', 1900, 2200),
    departmentsText: textColumn('targets', 'departments_text', 'Phòng chủ trì (chữ)'),
    departments: departmentsField('target_departments', 'Phòng chủ trì'),
    note: textColumn('targets', 'note', 'Ghi chú'),
    order: orderField(targetOrder),
  },
  snapshot: (sql, id): Bundle => ({
    rows: [
      bundleRows(sql, 'targets', 'id', id),
      bundleRows(sql, 'target_departments', 'target_id', id),
      bundleRows(sql, 'progress_entries', 'target_id', id),
    ],
    refs: [
      { table: 'targets', column: 'source_target_id', ids: selectIds(sql, 'targets', 'source_target_id', id), value: id },
      { table: 'targets', column: 'parent_target_id', ids: selectIds(sql, 'targets', 'parent_target_id', id), value: id },
    ],
  }),
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('targets').where('id', '=', id));
  },
  afterRestore: (sql, bundle) => {
    const rows = bundle.rows.find((r) => r.table === 'targets')?.rows ?? [];
    for (const p of new Set(rows.map((r) => r.plan_id as number))) renumber(sql, targetOrder, p, new Set(rows.map((r) => r.id as number)));
  },
};
