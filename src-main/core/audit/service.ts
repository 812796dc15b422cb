/**
 * The audit log: every change records who (the officer's name from Cài đặt), when,
 * which record and field, old → new. Call it inside the same transaction as the change.
 * The log is append-only: nothing in the API edits or deletes its rows.
 */
import type { Sql } from '../db/exec';
import { getOfficerName } from '../settings/office';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: number | null;
  field?: string | null;
  planId?: number | null;
  before?: unknown;
  after?: unknown;
  revertOf?: number | null;
  /** the change set (one user action) this entry belongs to */
  changeId?: number | null;
  /** who, when the caller already read it (a batch of thousands of entries reads it once) */
  actor?: string | null;
}

function auditRow(e: AuditEntry, actor: string | null) {
  return {
    actor,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    field: e.field ?? null,
    plan_id: e.planId ?? null,
    before_json: e.before === undefined ? null : JSON.stringify(e.before),
    after_json: e.after === undefined ? null : JSON.stringify(e.after),
    revert_of: e.revertOf ?? null,
    change_id: e.changeId ?? null,
  };
}

export function recordAudit(sql: Sql, e: AuditEntry): number {
  return sql.run(sql.qb.insertInto('audit_log').values(auditRow(e, e.actor !== undefined ? e.actor : getOfficerName(sql)))).id;
}

/** Many entries of one action (a bulk write), the officer's name read once. */
export function recordAudits(sql: Sql, entries: AuditEntry[]): void {
  if (!entries.length) return;
  const officer = entries.some((e) => e.actor === undefined) ? getOfficerName(sql) : null;
  sql.insertRows(
    'audit_log',
    entries.map((e) => auditRow(e, e.actor !== undefined ? e.actor : officer)),
  );
}
