/** Tasks as the history engine edits them: fields, order, snapshot. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { bundleRows, selectIds, type Bundle } from '../history/bundle';
import { readColumn, textColumn, writeColumns } from '../history/columns';
import { orderField, renumber, type OrderedKind } from '../history/order';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { departmentsField, taskOrgField } from '../organizations/assignments';
import { parseDeadline } from '../vn/deadline';
import { parseMoneyDong } from '../vn/money';

export const MERGE_KEYS = ['lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding'] as const;

export function taskPlanId(sql: Sql, id: number): number | null {
  return sql.first(sql.qb.selectFrom('tasks').select('plan_id').where('id', '=', id))?.plan_id ?? null;
}

export const taskOrder: OrderedKind = {
  label: 'Nhiệm vụ',
  planIdOf: taskPlanId,
  load: (sql, planId) => ({
    groups: [...sql.all(sql.qb.selectFrom('task_groups').select('id').where('plan_id', '=', planId).orderBy('position').orderBy('id')).map((g) => g.id), null],
    items: sql
      .all(
        sql.qb
          .selectFrom('tasks as t')
          .leftJoin('task_groups as g', 'g.id', 't.group_id')
          .select(['t.id', 't.group_id', 't.position'])
          .where('t.plan_id', '=', planId)
          .orderBy((eb) => eb.fn.coalesce('g.position', eb.val(1_000_000_000)))
          .orderBy('t.position')
          .orderBy('t.id'),
      )
      .map((r) => ({ id: r.id, groupId: r.group_id, position: r.position })),
  }),
  save: (sql, id, groupId, position) => writeColumns(sql, 'tasks', id, { group_id: groupId, position }),
  checkGroup: (sql, planId, groupId) => {
    if (groupId === null) return;
    const g = sql.first(sql.qb.selectFrom('task_groups').select('plan_id').where('id', '=', groupId));
    if (!g || g.plan_id !== planId) throw new AppError('INVALID_INPUT', 'Nhóm nhiệm vụ không thuộc kế hoạch này. Hãy tải lại trang.');
  },
};

const codeField: FieldSpec<string | null> = {
  ...textColumn('tasks', 'code', 'Mã nhiệm vụ', { required: true }),
  check: (sql, id, code) => {
    const planId = taskPlanId(sql, id);
    const other = sql.first(
      sql.qb.selectFrom('tasks').select(['id', 'title']).where('plan_id', '=', planId!).where('code', '=', code!).where('id', '!=', id),
    );
    if (other) {
      throw new AppError(
        'CONFLICT',
        `Mã nhiệm vụ "${code}" đã có trong bảng nhiệm vụ của kế hoạch này ("${other.title.slice(0, 60)}"). Hãy đổi số thứ tự khác.`,
      );
    }
  },
};

const mergedUpField: FieldSpec<string[]> = {
  label: 'Ô gộp với dòng trên',
  parse: (raw) => {
    if (!Array.isArray(raw) || !raw.every((k) => (MERGE_KEYS as readonly string[]).includes(k as string))) {
      throw new AppError('INVALID_INPUT', 'Danh sách ô gộp không hợp lệ.');
    }
    return [...new Set(raw as string[])];
  },
  read: (sql, id) => JSON.parse((readColumn(sql, 'tasks', 'merged_up_json', id) as string | undefined) ?? '[]') as string[],
  write: (sql, id, v) => writeColumns(sql, 'tasks', id, { merged_up_json: JSON.stringify(v) }),
};

export const taskSpec: EntitySpec = {
  entity: 'task',
  label: 'Nhiệm vụ',
  exists: (sql, id) => taskPlanId(sql, id) !== null,
  planIdOf: taskPlanId,
  describe: (sql, id) => {
    const t = sql.first(sql.qb.selectFrom('tasks').select(['code', 'title']).where('id', '=', id));
    return t ? `${t.code} ${t.title}` : `#${id}`;
  },
  fields: {
    code: codeField,
    tt: textColumn('tasks', 'tt', 'Số thứ tự', { required: true }),
    title: textColumn('tasks', 'title', 'Tên nhiệm vụ', { blankAsEmpty: true, folded: 'title_folded' }),
    leadText: textColumn('tasks', 'lead_text', 'Cơ quan chủ trì (chữ)'),
    lead: taskOrgField('lead', 'Cơ quan chủ trì'),
    coordinatingText: textColumn('tasks', 'coordinating_text', 'Cơ quan phối hợp (chữ)'),
    coordinating: taskOrgField('coordinating', 'Cơ quan phối hợp'),
    output: textColumn('tasks', 'output', 'Kết quả (sản phẩm)'),
    deadlineText: textColumn('tasks', 'deadline_text', 'Thời gian hoàn thành', {
      derive: (t) => {
        const d = parseDeadline(t);
        return { deadline_start: d.start, deadline_end: d.end, deadline_kind: d.kind };
      },
    }),
    departmentsText: textColumn('tasks', 'departments_text', 'Phòng phụ trách (chữ)'),
    departments: departmentsField('task_departments', 'Phòng phụ trách'),
    budgetText: textColumn('tasks', 'budget_text', 'Kinh phí thực hiện', { derive: (t) => ({ budget_dong: parseMoneyDong(t) }) }),
    fundingSource: textColumn('tasks', 'funding_source', 'Nguồn kinh phí'),
    note: textColumn('tasks', 'note', 'Ghi chú'),
    mergedUp: mergedUpField,
    order: orderField(taskOrder),
  },
  snapshot: (sql, id): Bundle => ({
    rows: [
      bundleRows(sql, 'tasks', 'id', id),
      bundleRows(sql, 'task_organizations', 'task_id', id),
      bundleRows(sql, 'task_departments', 'task_id', id),
      bundleRows(sql, 'progress_entries', 'task_id', id),
    ],
    refs: [{ table: 'tasks', column: 'parent_task_id', ids: selectIds(sql, 'tasks', 'parent_task_id', id), value: id }],
  }),
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('tasks').where('id', '=', id));
  },
  afterRestore: (sql, bundle) => {
    const rows = bundle.rows.find((r) => r.table === 'tasks')?.rows ?? [];
    const planIds = new Set(rows.map((r) => r.plan_id as number));
    for (const p of planIds) renumber(sql, taskOrder, p, new Set(rows.map((r) => r.id as number)));
  },
};
