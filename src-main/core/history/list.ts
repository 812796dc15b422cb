/**
 * History lists for a plan, a task, a target...: who (the officer's name from Cài đặt),
 * when, which record and field, old → new as readable text. Read only: nothing in the
 * API edits or deletes audit entries.
 */
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';
import { formatVnDate } from '../vn/format';
import type { Bundle } from './bundle';
import { ENTITY_SPECS } from './registry';

export interface HistoryQuery {
  planId?: number | undefined;
  entity?: string | undefined;
  entityId?: number | undefined;
  limit?: number | undefined;
  beforeId?: number | undefined;
}

export interface HistoryItem {
  id: number;
  changeId: number | null;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entityLabel: string;
  entityId: number | null;
  recordLabel: string;
  field: string | null;
  fieldLabel: string | null;
  beforeText: string | null;
  afterText: string | null;
  revertOf: number | null;
  revertedBy: number | null;
  revertible: boolean;
}

function orgNames(sql: Sql): (ids: number[]) => string {
  let cache: Map<number, string> | null = null;
  return (ids) => {
    cache ??= new Map(sql.all(sql.qb.selectFrom('organizations').select(['id', 'name', 'short_name'])).map((o) => [o.id, o.short_name ?? o.name]));
    return ids.map((i) => cache!.get(i) ?? `#${i}`).join('; ');
  };
}

function describeValue(field: string | null, v: unknown, names: (ids: number[]) => string): string | null {
  if (v === null || v === undefined) return null;
  if (field === 'lead' || field === 'coordinating') return names(v as number[]) || '(không có)';
  if (field === 'departments') {
    return (v as Array<{ orgId: number; partNote: string | null }>).map((d) => names([d.orgId]) + (d.partNote ? ` (${d.partNote})` : '')).join('; ') || '(không có)';
  }
  if (field === 'order') return 'vị trí trong bảng';
  if (field === 'issuedDate') return formatVnDate(v as string);
  if (field === 'archivedAt') return v ? 'đã lưu trữ' : 'đang dùng';
  if (field === 'status') return v === 'draft' ? 'Dự thảo' : 'Đã ban hành';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

type Labelled = Record<string, unknown> & { summary?: string };

function labelOfRow(entity: string, row: Record<string, unknown>): string {
  const parts = [row.code ?? row.numbering ?? row.tt, row.title ?? row.name ?? row.text ?? row.summary].filter((x) => typeof x === 'string' && x);
  return parts.length ? parts.join(' ') : `${entity} #${String(row.id)}`;
}

/**
 * The name of a record that is gone, from an entry's JSON: a deletion's bundle, a
 * summary (an import's entries), or a row as written before (an import's undo).
 */
function labelFromBundle(entity: string, json: string | null): string | null {
  if (!json) return null;
  const b = JSON.parse(json) as Bundle | Labelled;
  if ('rows' in b && Array.isArray(b.rows)) {
    const row = (b as Bundle).rows[0]?.rows[0];
    return row ? labelOfRow(entity, row) : null;
  }
  const l = b as Labelled;
  if (typeof l.summary === 'string') return l.summary || null;
  return typeof l.code === 'string' || typeof l.title === 'string' || typeof l.name === 'string' ? labelOfRow(entity, l) : null;
}

export function listHistory(sql: Sql, q: HistoryQuery): HistoryItem[] {
  let query = sql.qb.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(Math.min(q.limit ?? 200, 1000));
  if (q.planId !== undefined) query = query.where('plan_id', '=', q.planId);
  if (q.entity !== undefined) query = query.where('entity', '=', q.entity);
  if (q.entityId !== undefined) query = query.where('entity_id', '=', q.entityId);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  const rows: Row<'audit_log'>[] = sql.all(query);
  const ids = rows.map((r) => r.id);
  const reverted = new Map<number, number>();
  if (ids.length) {
    for (const r of sql.all(sql.qb.selectFrom('audit_log').select(['id', 'revert_of']).where('revert_of', 'in', ids))) reverted.set(r.revert_of!, r.id);
  }
  const names = orgNames(sql);
  const labels = new Map<string, string>();
  return rows.map((r) => {
    const spec = ENTITY_SPECS[r.entity];
    const key = `${r.entity}:${r.entity_id}`;
    let recordLabel = labels.get(key);
    if (recordLabel === undefined) {
      recordLabel =
        (spec && r.entity_id !== null && spec.exists(sql, r.entity_id) ? spec.describe(sql, r.entity_id) : null) ??
        labelFromBundle(r.entity, r.before_json ?? r.after_json) ??
        `#${r.entity_id ?? ''}`;
      labels.set(key, recordLabel);
    }
    const field = r.action === 'update' ? r.field : null;
    return {
      id: r.id,
      changeId: r.change_id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityLabel: spec?.label ?? r.entity,
      entityId: r.entity_id,
      recordLabel,
      field,
      fieldLabel: field && spec ? (spec.fields[field]?.label ?? field) : null,
      beforeText: r.action === 'update' ? describeValue(field, r.before_json === null ? null : JSON.parse(r.before_json), names) : null,
      afterText: r.action === 'update' ? describeValue(field, r.after_json === null ? null : JSON.parse(r.after_json), names) : null,
      revertOf: r.revert_of,
      revertedBy: reverted.get(r.id) ?? null,
      revertible: !!spec && r.entity_id !== null && ['update', 'create', 'delete'].includes(r.action),
    };
  });
}
