/** The log of committed package imports (SQL): what each did and how to undo it. */
import type { Sql } from '../../db/exec';
import type { CommitSummary, UndoLog } from './commit';

export interface ImportLogRow {
  id: number;
  fileName: string;
  fileSha256: string;
  sourceMachineId: string;
  sourceLabel: string | null;
  status: 'committed' | 'undone';
  summary: CommitSummary;
  createdAt: string;
  undoneAt: string | null;
}

export function insertImportLog(
  sql: Sql,
  r: { fileName: string; fileSha256: string; sourceMachineId: string; sourceLabel: string; summary: CommitSummary; undo: UndoLog },
): number {
  return sql.run(
    sql.qb.insertInto('package_imports').values({
      file_name: r.fileName,
      file_sha256: r.fileSha256,
      source_machine_id: r.sourceMachineId,
      source_label: r.sourceLabel,
      status: 'committed',
      summary_json: JSON.stringify(r.summary),
      undo_json: JSON.stringify(r.undo),
    }),
  ).id;
}

export function listImportLogs(sql: Sql, limit = 50): ImportLogRow[] {
  return sql
    .all(sql.qb.selectFrom('package_imports').select(['id', 'file_name', 'file_sha256', 'source_machine_id', 'source_label', 'status', 'summary_json', 'created_at', 'undone_at']).orderBy('id', 'desc').limit(limit))
    .map((r) => ({
      id: r.id,
      fileName: r.file_name,
      fileSha256: r.file_sha256,
      sourceMachineId: r.source_machine_id,
      sourceLabel: r.source_label,
      status: r.status,
      summary: JSON.parse(r.summary_json) as CommitSummary,
      createdAt: r.created_at,
      undoneAt: r.undone_at,
    }));
}

export function getUndoLog(sql: Sql, id: number): { status: 'committed' | 'undone'; undo: UndoLog; latest: boolean } | null {
  const row = sql.first(sql.qb.selectFrom('package_imports').select(['status', 'undo_json']).where('id', '=', id));
  if (!row) return null;
  const newer = sql.first(sql.qb.selectFrom('package_imports').select('id').where('id', '>', id).where('status', '=', 'committed'));
  return { status: row.status, undo: JSON.parse(row.undo_json) as UndoLog, latest: !newer };
}

export function markUndone(sql: Sql, id: number): void {
  sql.run(sql.qb.updateTable('package_imports').set({ status: 'undone', undone_at: new Date().toISOString() }).where('id', '=', id));
}
