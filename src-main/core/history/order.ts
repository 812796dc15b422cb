/**
 * Order of rows inside groups (tasks in I, II...; targets in their themes; body blocks;
 * groups themselves). A row's place is stored as "in group G, after row A" so a move is
 * one field with an exact inverse; positions are renumbered 0..n across the plan so
 * every reader that sorts by position sees document order.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import type { FieldSpec } from './spec';

export interface Placement {
  groupId: number | null;
  afterId: number | null;
}

export interface OrderItem {
  id: number;
  groupId: number | null;
  position: number;
}

export interface OrderedKind {
  label: string;
  planIdOf(sql: Sql, id: number): number | null;
  /** groups in display order, and items sorted by (group order, position, id) */
  load(sql: Sql, planId: number): { groups: Array<number | null>; items: OrderItem[] };
  save(sql: Sql, id: number, groupId: number | null, position: number): void;
  /** the group must belong to the plan (throws AppError otherwise) */
  checkGroup(sql: Sql, planId: number, groupId: number | null): void;
}

const key = (g: number | null) => (g === null ? 'null' : String(g));

function bucketize(groups: Array<number | null>, items: OrderItem[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const g of groups) m.set(key(g), []);
  for (const it of items) {
    const list = m.get(key(it.groupId)) ?? [];
    list.push(it.id);
    m.set(key(it.groupId), list);
  }
  return m;
}

function flush(sql: Sql, kind: OrderedKind, items: OrderItem[], buckets: Map<string, number[]>): void {
  const before = new Map(items.map((i) => [i.id, i]));
  let position = 0;
  for (const [g, ids] of buckets) {
    const groupId = g === 'null' ? null : Number(g);
    for (const id of ids) {
      const old = before.get(id);
      if (!old || old.position !== position || old.groupId !== groupId) kind.save(sql, id, groupId, position);
      position++;
    }
  }
}

export function placementOf(sql: Sql, kind: OrderedKind, id: number): Placement {
  const planId = kind.planIdOf(sql, id);
  if (planId === null) return { groupId: null, afterId: null };
  const { groups, items } = kind.load(sql, planId);
  const buckets = bucketize(groups, items);
  const item = items.find((i) => i.id === id);
  const list = buckets.get(key(item?.groupId ?? null)) ?? [];
  const at = list.indexOf(id);
  return { groupId: item?.groupId ?? null, afterId: at > 0 ? list[at - 1]! : null };
}

/** Apply moves in order, then renumber once. */
export function reorder(sql: Sql, kind: OrderedKind, planId: number, moves: Array<{ id: number; to: Placement }>): void {
  const { groups, items } = kind.load(sql, planId);
  const buckets = bucketize(groups, items);
  for (const { id, to } of moves) {
    if (to.afterId === id) throw new AppError('INVALID_INPUT', `Không thể đặt một ${kind.label.toLowerCase()} ngay sau chính nó.`);
    kind.checkGroup(sql, planId, to.groupId);
    for (const list of buckets.values()) {
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
    }
    const target = buckets.get(key(to.groupId)) ?? [];
    buckets.set(key(to.groupId), target);
    const at = to.afterId === null ? 0 : target.indexOf(to.afterId) + 1;
    if (to.afterId !== null && at === 0) {
      throw new AppError('CONFLICT', `Vị trí đích không còn trong nhóm (dòng đứng trước đã bị chuyển hoặc xóa). Hãy tải lại trang rồi thử lại.`);
    }
    target.splice(at, 0, id);
  }
  flush(sql, kind, items, buckets);
}

/** Renumber after restoring rows: the restored rows go before others at the same position. */
export function renumber(sql: Sql, kind: OrderedKind, planId: number, preferIds: ReadonlySet<number> = new Set()): void {
  const { groups, items } = kind.load(sql, planId);
  const gi = new Map(groups.map((g, i) => [key(g), i]));
  const sorted = [...items].sort(
    (a, b) =>
      (gi.get(key(a.groupId)) ?? 1e9) - (gi.get(key(b.groupId)) ?? 1e9) ||
      a.position - b.position ||
      Number(preferIds.has(b.id)) - Number(preferIds.has(a.id)) ||
      a.id - b.id,
  );
  flush(sql, kind, items, bucketize(groups, sorted));
}

const placementShape = (label: string, raw: unknown): Placement => {
  const r = raw as Partial<Placement> | null;
  const ok = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0);
  if (!r || typeof r !== 'object' || !ok(r.groupId ?? null) || !ok(r.afterId ?? null)) {
    throw new AppError('INVALID_INPUT', `${label}: vị trí không hợp lệ.`);
  }
  return { groupId: r.groupId ?? null, afterId: r.afterId ?? null };
};

/** The "order" field of an ordered record: read and write its placement. */
export function orderField(kind: OrderedKind): FieldSpec<Placement> {
  return {
    label: 'Vị trí',
    parse: (raw) => placementShape('Vị trí', raw),
    read: (sql, id) => placementOf(sql, kind, id),
    write: (sql, id, to) => {
      const planId = kind.planIdOf(sql, id);
      if (planId !== null) reorder(sql, kind, planId, [{ id, to }]);
    },
  };
}
