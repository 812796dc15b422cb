/**
 * A change set: every audit entry written by one user action shares one change id, so
 * undo reverts the whole action (a 20-row paste is one undo). Open one inside the
 * action's transaction.
 */
import { sql as rawSql } from 'kysely';
import { recordAudit, type AuditEntry } from '../audit/service';
import type { Sql } from '../db/exec';

export class Change {
  readonly entryIds: number[] = [];
  constructor(
    readonly sql: Sql,
    readonly id: number,
  ) {}

  record(e: Omit<AuditEntry, 'changeId'>): number {
    const id = recordAudit(this.sql, { ...e, changeId: this.id });
    this.entryIds.push(id);
    return id;
  }
}

/** Start a change set; call inside the transaction of the action. */
export function beginChange(sql: Sql): Change {
  const row = sql.first(sql.qb.selectFrom('audit_log').select(rawSql<number>`coalesce(max(change_id), 0) + 1`.as('next')));
  return new Change(sql, row?.next ?? 1);
}

/** The result every editing method returns: the change to undo, and rows it created. */
export interface ChangeResult {
  changeId: number | null;
  createdIds: number[];
  warnings: string[];
}

export function changeResult(change: Change, createdIds: number[] = [], warnings: string[] = []): ChangeResult {
  return { changeId: change.entryIds.length ? change.id : null, createdIds, warnings };
}
