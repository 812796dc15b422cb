/**
 * Editing the groups of an appendix table (task groups I, II...; target horizons and
 * themes): add, rename or renumber (rows whose code follows the group's follow it too),
 * move, delete with their rows. One transaction and one change set each.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { applyPatch, deleteRecorded, recordCreated, writeNewFields } from '../history/apply';
import { beginChange, changeResult, type ChangeResult } from '../history/change';
import { reorder, type OrderedKind, type Placement } from '../history/order';
import type { EntitySpec } from '../history/spec';
import { taskGroupOrder, taskGroupSpec } from '../tasks/groups';
import { taskSpec } from '../tasks/spec';
import { targetGroupKind, targetGroupSpec } from '../targets/groups';
import { targetSpec } from '../targets/spec';
import { nextTt } from './codes';
import { requirePlan } from './guard';

interface GroupKind {
  spec: EntitySpec;
  order: OrderedKind;
  rowSpec: EntitySpec;
  rowTable: 'tasks' | 'targets';
  table: 'task_groups' | 'target_groups';
  insertBlank(sql: Sql, planId: number, parentId: number | null, code: string): number;
}

const KINDS: Record<'tasks' | 'targets', GroupKind> = {
  tasks: {
    spec: taskGroupSpec,
    order: taskGroupOrder,
    rowSpec: taskSpec,
    rowTable: 'tasks',
    table: 'task_groups',
    insertBlank: (sql, planId, _p, code) =>
      sql.run(sql.qb.insertInto('task_groups').values({ plan_id: planId, code, title: '', position: 1_000_000_000 })).id,
  },
  targets: {
    spec: targetGroupSpec,
    order: targetGroupKind,
    rowSpec: targetSpec,
    rowTable: 'targets',
    table: 'target_groups',
    insertBlank: (sql, planId, parentId, code) => {
      const horizon = parentId === null ? null : (sql.first(sql.qb.selectFrom('target_groups').select('horizon_year').where('id', '=', parentId))?.horizon_year ?? null);
      return sql.run(
        sql.qb.insertInto('target_groups').values({ plan_id: planId, parent_id: parentId, code, tt: code, title: '', horizon_year: horizon, position: 1_000_000_000 }),
      ).id;
    },
  },
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** The code after the last group's: "VIII" → "IX", "3" → "4", "I.5" → "I.6". */
export function nextGroupCode(last: string | null): string {
  if (!last) return 'I';
  const r = ROMAN.indexOf(last);
  if (r >= 0 && r + 1 < ROMAN.length) return ROMAN[r + 1]!;
  return nextTt(last);
}

export interface NewGroup {
  planId: number;
  /** target themes sit under a horizon; task groups have no parent */
  parentId: number | null;
  afterId: number | null;
  code?: string | undefined;
  tt?: string | undefined;
  title?: string | undefined;
  horizonYear?: number | null | undefined;
}

export function insertGroup(sql: Sql, table: 'tasks' | 'targets', g: NewGroup): ChangeResult {
  const k = KINDS[table];
  return sql.tx(() => {
    requirePlan(sql, g.planId);
    k.order.checkGroup(sql, g.planId, g.parentId);
    const change = beginChange(sql);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- two group tables of the same shape
    const siblings = sql.all<{ id: number; code: string }>((sql.qb as any).selectFrom(k.table).select(['id', 'code']).where('plan_id', '=', g.planId).orderBy('position'));
    const used = new Set(siblings.map((s) => s.code));
    const after = g.afterId === null ? null : siblings.find((s) => s.id === g.afterId);
    let code = g.code?.trim() || nextGroupCode(after?.code ?? siblings.at(-1)?.code ?? null);
    if (!g.code) while (used.has(code)) code = nextGroupCode(code);
    const id = k.insertBlank(sql, g.planId, g.parentId, `\u0000new-group`);
    writeNewFields(sql, k.spec, id, {
      code,
      ...(table === 'targets' ? { tt: g.tt ?? code } : {}),
      title: g.title ?? '',
      ...(g.horizonYear !== undefined && table === 'targets' ? { horizonYear: g.horizonYear } : {}),
    });
    reorder(sql, k.order, g.planId, [{ id, to: { groupId: g.parentId, afterId: g.afterId } }]);
    recordCreated(change, k.spec, id);
    return changeResult(change, [id]);
  });
}

export function updateGroup(sql: Sql, table: 'tasks' | 'targets', id: number, patch: Record<string, unknown>): ChangeResult {
  const k = KINDS[table];
  return sql.tx(() => {
    const change = beginChange(sql);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- two group tables of the same shape
    const old = sql.first<{ code: string }>((sql.qb as any).selectFrom(k.table).select('code').where('id', '=', id));
    applyPatch(change, k.spec, id, patch);
    const code = typeof patch.code === 'string' ? patch.code.normalize('NFC').trim() : null;
    if (old && code && code !== old.code) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- two row tables of the same shape
      const rows = sql.all<{ id: number; code: string; tt: string }>((sql.qb as any).selectFrom(k.rowTable).select(['id', 'code', 'tt']).where('group_id', '=', id));
      for (const r of rows) if (r.code === `${old.code}.${r.tt}`) applyPatch(change, k.rowSpec, r.id, { code: `${code}.${r.tt}` });
    }
    return changeResult(change);
  });
}

export function moveGroup(sql: Sql, table: 'tasks' | 'targets', id: number, to: Placement): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    applyPatch(change, KINDS[table].spec, id, { order: to });
    return changeResult(change);
  });
}

export function deleteGroup(sql: Sql, table: 'tasks' | 'targets', id: number): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    if (!KINDS[table].spec.exists(sql, id)) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm cần xóa. Hãy tải lại trang.');
    deleteRecorded(change, KINDS[table].spec, id);
    return changeResult(change);
  });
}
