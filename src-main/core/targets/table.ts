/** The target table as an editable appendix table (see plans/table-edit). */
import type { AppendixTable, RowPatch } from '../plans/table-edit';
import { targetOrder, targetSpec } from './spec';

export const targetTable: AppendixTable = {
  spec: targetSpec,
  order: targetOrder,
  row: (sql, id) => {
    const r = sql.first(sql.qb.selectFrom('targets').select(['code', 'tt', 'group_id', 'plan_id']).where('id', '=', id));
    return r ? { code: r.code, tt: r.tt, groupId: r.group_id, planId: r.plan_id } : undefined;
  },
  groupCode: (sql, groupId) =>
    groupId === null ? null : (sql.first(sql.qb.selectFrom('target_groups').select('code').where('id', '=', groupId))?.code ?? null),
  groupRows: (sql, planId, groupId) =>
    sql.all(
      sql.qb
        .selectFrom('targets')
        .select(['id', 'code', 'tt'])
        .where('plan_id', '=', planId)
        .where('group_id', groupId === null ? 'is' : '=', groupId)
        .orderBy('position'),
    ),
  usedCodes: (sql, planId) => new Set(sql.all(sql.qb.selectFrom('targets').select('code').where('plan_id', '=', planId)).map((r) => r.code)),
  insertBlank: (sql, planId, groupId, code, tt) => {
    const horizon = groupId === null ? null : (sql.first(sql.qb.selectFrom('target_groups').select('horizon_year').where('id', '=', groupId))?.horizon_year ?? null);
    return sql.run(
      sql.qb.insertInto('targets').values({
        plan_id: planId,
        group_id: groupId,
        parent_target_id: null,
        source_target_id: null,
        code,
        tt,
        position: 1_000_000_000,
        name: '',
        name_folded: '',
        horizon_year: horizon,
      }),
    ).id;
  },
  resolveOrgs: (patch, resolve) => {
    const out: RowPatch = { ...patch };
    if (typeof patch.departmentsText === 'string' && patch.departments === undefined) {
      out.departments = resolve(patch.departmentsText).map((orgId) => ({ orgId, partNote: null }));
    }
    return out;
  },
};
