/** The task table as an editable appendix table (see plans/table-edit). */
import type { Sql } from '../db/exec';
import type { AppendixTable, RowPatch } from '../plans/table-edit';
import { fold } from '../vn/text';
import { taskOrder, taskSpec } from './spec';

const MERGE_KEY_OF: Record<string, string> = {
  leadText: 'lead',
  lead: 'lead',
  coordinatingText: 'coordinating',
  coordinating: 'coordinating',
  output: 'output',
  deadlineText: 'deadline',
  departmentsText: 'departments',
  departments: 'departments',
  budgetText: 'budget',
  fundingSource: 'funding',
};

export const taskTable: AppendixTable = {
  spec: taskSpec,
  order: taskOrder,
  row: (sql, id) => {
    const r = sql.first(sql.qb.selectFrom('tasks').select(['code', 'tt', 'group_id', 'plan_id']).where('id', '=', id));
    return r ? { code: r.code, tt: r.tt, groupId: r.group_id, planId: r.plan_id } : undefined;
  },
  groupCode: (sql, groupId) =>
    groupId === null ? null : (sql.first(sql.qb.selectFrom('task_groups').select('code').where('id', '=', groupId))?.code ?? null),
  groupRows: (sql, planId, groupId) =>
    sql.all(
      sql.qb
        .selectFrom('tasks')
        .select(['id', 'code', 'tt'])
        .where('plan_id', '=', planId)
        .where('group_id', groupId === null ? 'is' : '=', groupId)
        .orderBy('position'),
    ),
  usedCodes: (sql, planId) => new Set(sql.all(sql.qb.selectFrom('tasks').select('code').where('plan_id', '=', planId)).map((r) => r.code)),
  insertBlank: (sql, planId, groupId, code, tt) =>
    sql.run(
      sql.qb.insertInto('tasks').values({ plan_id: planId, group_id: groupId, code, tt, position: 1_000_000_000, title: '', title_folded: fold('') }),
    ).id,
  resolveOrgs: (patch, resolve) => {
    const out: RowPatch = { ...patch };
    if (typeof patch.leadText === 'string' && patch.lead === undefined) out.lead = resolve(patch.leadText);
    if (typeof patch.coordinatingText === 'string' && patch.coordinating === undefined) out.coordinating = resolve(patch.coordinatingText);
    if (typeof patch.departmentsText === 'string' && patch.departments === undefined) {
      out.departments = resolve(patch.departmentsText).map((orgId) => ({ orgId, partNote: null }));
    }
    return out;
  },
  implied: (sql: Sql, id, patch) => {
    if (patch.mergedUp !== undefined) return {};
    const row = sql.first(sql.qb.selectFrom('tasks').select('merged_up_json').where('id', '=', id));
    const merged = JSON.parse(row?.merged_up_json ?? '[]') as string[];
    const edited = new Set(Object.keys(patch).map((k) => MERGE_KEY_OF[k]));
    const kept = merged.filter((k) => !edited.has(k));
    return kept.length !== merged.length ? { mergedUp: kept } : {};
  },
};
