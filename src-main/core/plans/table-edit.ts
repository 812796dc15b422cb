/**
 * Editing an appendix table (tasks or targets): insert, update, paste (many updates and
 * inserts in one change), move, delete. Each call is one transaction and one change set
 * in the audit log, so Ctrl+Z undoes it as a whole and a failure saves nothing.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { applyPatch, deleteRecorded, recordCreated, writeNewFields } from '../history/apply';
import { beginChange, changeResult, type Change, type ChangeResult } from '../history/change';
import { renumber, reorder, type OrderedKind, type Placement } from '../history/order';
import type { EntitySpec } from '../history/spec';
import { orgResolver, type OrgResolver } from '../organizations/resolve';
import { followingCode, newRowCode, nextTt } from './codes';
import { requirePlan } from './guard';

export type RowPatch = Record<string, unknown>;

export interface AppendixTable {
  spec: EntitySpec;
  order: OrderedKind;
  /** code, tt, group of a row; null when it does not exist */
  row(sql: Sql, id: number): { code: string; tt: string; groupId: number | null; planId: number } | undefined;
  groupCode(sql: Sql, groupId: number | null): string | null;
  /** rows of a group in order */
  groupRows(sql: Sql, planId: number, groupId: number | null): Array<{ id: number; code: string; tt: string }>;
  usedCodes(sql: Sql, planId: number): Set<string>;
  insertBlank(sql: Sql, planId: number, groupId: number | null, tempCode: string, tt: string): number;
  /** organisation ids from printed text, when only the text was given */
  resolveOrgs(patch: RowPatch, resolve: OrgResolver): RowPatch;
  /** extra fields implied by an edit (an edited merged cell stops being merged) */
  implied?(sql: Sql, id: number, patch: RowPatch): RowPatch;
}

function completePatch(sql: Sql, t: AppendixTable, id: number, patch: RowPatch): RowPatch {
  const row = t.row(sql, id);
  if (!row) return patch;
  const out: RowPatch = {};
  if (typeof patch.tt === 'string' && patch.code === undefined) {
    const g = t.groupCode(sql, row.groupId);
    const code = followingCode({ code: row.code, tt: row.tt, groupCode: g }, { tt: patch.tt.normalize('NFC').trim(), groupCode: g });
    if (code !== null) out.code = code;
  }
  return { ...out, ...patch, ...(t.implied?.(sql, id, patch) ?? {}) };
}

function updateOne(change: Change, t: AppendixTable, id: number, patch: RowPatch, resolve: OrgResolver | null): void {
  const p = resolve ? t.resolveOrgs(patch, resolve) : patch;
  applyPatch(change, t.spec, id, completePatch(change.sql, t, id, p));
}

export interface InsertRows {
  planId: number;
  groupId: number | null;
  /** the new rows go after this row (null: first in the group) */
  afterId: number | null;
  rows: RowPatch[];
}

let tempSeq = 0;

function insertMany(change: Change, t: AppendixTable, ins: InsertRows, resolve: OrgResolver | null): number[] {
  const sql = change.sql;
  t.order.checkGroup(sql, ins.planId, ins.groupId);
  const g = t.groupCode(sql, ins.groupId);
  const siblings = t.groupRows(sql, ins.planId, ins.groupId);
  const anchor = ins.afterId === null ? null : siblings.find((r) => r.id === ins.afterId);
  if (ins.afterId !== null && !anchor) throw new AppError('CONFLICT', 'Dòng đứng trước không còn trong nhóm này. Hãy tải lại trang rồi thử lại.');
  const neighbour = anchor ?? siblings[0] ?? null;
  const used = t.usedCodes(sql, ins.planId);
  let lastTt = anchor?.tt ?? siblings.at(-1)?.tt ?? null;
  const ids: number[] = [];
  let after = ins.afterId;
  for (const raw of ins.rows) {
    const patch = resolve ? t.resolveOrgs(raw, resolve) : raw;
    const given = (v: unknown) => (typeof v === 'string' && v.trim() ? v.normalize('NFC').trim() : null);
    let tt = given(patch.tt) ?? nextTt(lastTt);
    let code = given(patch.code) ?? newRowCode(tt, g, neighbour);
    if (!given(patch.tt) && !given(patch.code)) {
      while (used.has(code)) {
        tt = nextTt(tt);
        code = newRowCode(tt, g, neighbour);
      }
    }
    used.add(code);
    lastTt = tt;
    const id = t.insertBlank(sql, ins.planId, ins.groupId, `\u0000new-${++tempSeq}`, tt);
    writeNewFields(sql, t.spec, id, { ...patch, code, tt });
    reorder(sql, t.order, ins.planId, [{ id, to: { groupId: ins.groupId, afterId: after } }]);
    after = id;
    ids.push(id);
  }
  for (const id of ids) recordCreated(change, t.spec, id);
  return ids;
}

function rowError(e: unknown, row: number): unknown {
  if (e instanceof AppError) return new AppError(e.code, `Dòng ${row}: ${e.message} Chưa có thay đổi nào được lưu.`);
  return e;
}

export function insertRows(sql: Sql, t: AppendixTable, ins: InsertRows & { resolveOrgs?: boolean }): ChangeResult {
  return sql.tx(() => {
    requirePlan(sql, ins.planId);
    const change = beginChange(sql);
    const ids = insertMany(change, t, ins, ins.resolveOrgs ? orgResolver(sql) : null);
    return changeResult(change, ids);
  });
}

export function updateRow(sql: Sql, t: AppendixTable, id: number, patch: RowPatch): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    updateOne(change, t, id, patch, null);
    return changeResult(change);
  });
}

export interface RowBatch {
  planId: number;
  updates: Array<{ id: number; patch: RowPatch }>;
  insert?: Omit<InsertRows, 'planId'> | undefined;
  /** resolve organisation text to the registry (pasted cells) */
  resolveOrgs?: boolean | undefined;
}

/** A paste: many rows overwritten and new rows appended, all or nothing. */
export function batchRows(sql: Sql, t: AppendixTable, b: RowBatch): ChangeResult {
  return sql.tx(() => {
    requirePlan(sql, b.planId);
    const change = beginChange(sql);
    const resolve = b.resolveOrgs ? orgResolver(sql) : null;
    b.updates.forEach((u, i) => {
      if (t.row(sql, u.id)?.planId !== b.planId) throw new AppError('INVALID_INPUT', `Dòng ${i + 1}: dòng không thuộc kế hoạch này.`);
      try {
        updateOne(change, t, u.id, u.patch, resolve);
      } catch (e) {
        throw rowError(e, i + 1);
      }
    });
    let ids: number[] = [];
    if (b.insert?.rows.length) {
      try {
        ids = insertMany(change, t, { planId: b.planId, ...b.insert }, resolve);
      } catch (e) {
        throw rowError(e, b.updates.length + 1);
      }
    }
    return changeResult(change, ids);
  });
}

/** Move rows as a block: the first goes to `to`, the others follow it in order. */
export function moveRows(sql: Sql, t: AppendixTable, ids: number[], to: Placement): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    let afterId = to.afterId;
    for (const id of ids) {
      const before = t.row(sql, id);
      if (!before) throw new AppError('NOT_FOUND', `Không tìm thấy ${t.spec.label.toLowerCase()} cần chuyển. Hãy tải lại trang.`);
      applyPatch(change, t.spec, id, { order: { groupId: to.groupId, afterId } });
      if (before.groupId !== to.groupId) {
        // keep the TT when it is free in the new group, else take the next free one
        const old = { code: before.code, tt: before.tt, groupCode: t.groupCode(sql, before.groupId) };
        const g = t.groupCode(sql, to.groupId);
        const used = t.usedCodes(sql, before.planId);
        used.delete(before.code);
        let tt = before.tt;
        let code = followingCode(old, { tt, groupCode: g });
        if (code !== null && used.has(code)) {
          tt = nextTt(t.groupRows(sql, before.planId, to.groupId).filter((r) => r.id !== id).at(-1)?.tt ?? null);
          code = followingCode(old, { tt, groupCode: g });
          while (code !== null && used.has(code)) code = followingCode(old, { tt: (tt = nextTt(tt)), groupCode: g });
        }
        if (code !== null) applyPatch(change, t.spec, id, { code, tt });
      }
      afterId = id;
    }
    return changeResult(change);
  });
}

export function deleteRows(sql: Sql, t: AppendixTable, ids: number[]): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const plans = new Set<number>();
    for (const id of ids) {
      const r = t.row(sql, id);
      if (r) plans.add(r.planId);
      deleteRecorded(change, t.spec, id);
    }
    for (const p of plans) renumber(sql, t.order, p);
    return changeResult(change);
  });
}
