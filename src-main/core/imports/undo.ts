/**
 * Undo of a whole import batch: rows it inserted are deleted, rows it changed get back
 * their exact image (every column and link), positions return to what they were. Refused
 * when a later import on the same plan is still in place, or when a row was changed after
 * the import (undoing would silently throw that change away).
 */
import { recordAudit, recordAudits, type AuditEntry } from '../audit/service';
import type { Core } from '../core';
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';
import { AppError } from '../errors';
import { comparable, deleteEntities, readImages, restoreImage, writePositions, type Entity, type Image, type Positions } from './entity-images';
import { indexInBackground } from '../search/background-index';
import { bulkWrite } from '../search/pending';
import { getOfficerName } from '../settings/office';
import { undoProgressBatch } from './progress-table';
import { getBatch, importRowsOf, laterCommittedBatch, updateBatch } from './repository';
import { importAuditRef, now } from './write-log';
import { undoInWorker } from './commit-worker/run-worker';

const ENTITY_LABEL: Record<Entity, string> = { task: 'Nhiệm vụ', target: 'Chỉ tiêu', task_group: 'Nhóm nhiệm vụ', target_group: 'Nhóm chỉ tiêu' };

/** The batch and its rows to undo, or the reason it cannot be undone (run again inside the transaction). */
function undoable(sql: Sql, batchId: number) {
  const batch = getBatch(sql, batchId);
  if (!batch) throw new AppError('NOT_FOUND', `Không tìm thấy lần nhập số ${batchId}. Hãy mở lại danh sách các lần nhập.`);
  if (batch.status === 'undone') throw new AppError('CONFLICT', `Lần nhập số ${batchId} đã được hoàn tác trước đó.`);
  const later = laterCommittedBatch(sql, batch.plan_id, batchId);
  if (later) {
    throw new AppError('CONFLICT', `Sau lần nhập này còn lần nhập số ${later.id} (${later.file_name}) vào cùng kế hoạch. Hãy hoàn tác lần nhập số ${later.id} trước.`);
  }
  const rows = importRowsOf(sql, batchId).filter((r) => r.action !== 'same');
  for (let i = 0; i < rows.length; i += CHECK_CHUNK) {
    const part = rows.slice(i, i + CHECK_CHUNK);
    const current = new Map<string, Image>();
    for (const entity of new Set(part.map((r) => r.entity))) {
      const ids = part.filter((r) => r.entity === entity).map((r) => r.entity_id);
      for (const [id, image] of readImages(sql, entity, ids)) current.set(`${entity}:${id}`, image);
    }
    for (const r of part) unchangedSinceImport(r, current.get(`${r.entity}:${r.entity_id}`) ?? null);
  }
  return { batch, rows };
}

/** Rows checked at a time: their images are short-lived. */
const CHECK_CHUNK = 500;

function unchangedSinceImport(r: Row<'import_rows'>, image: Image | null): void {
  const after = comparable(r.after_json ? (JSON.parse(r.after_json) as Image) : null);
  if (comparable(image) !== after) {
    throw new AppError(
      'CONFLICT',
      `${ENTITY_LABEL[r.entity]} ${r.code ?? ''} đã được sửa hoặc xóa sau lần nhập này, nên PlanDesk không hoàn tác (sẽ làm mất thay đổi đó). Hãy sửa tay nếu cần.`.replace('  ', ' '),
    );
  }
}

export type UndoResult = { batchId: number; restored: number; removed: number };

/** What the check found: the batch and its rows to undo. */
export type UndoCheck = ReturnType<typeof undoable>;

/** The undo worker's first job: the reasons an undo is refused come before any backup is made. */
export function checkUndo(sql: Sql, batchId: number): UndoCheck {
  return undoable(sql, batchId);
}

const isGroup = (r: Row<'import_rows'>) => r.entity.endsWith('group');

/**
 * The rows of one phase (rows, then their groups: a new group goes only after the rows in
 * it): the inserted ones deleted a few hundred per statement, then the changed ones put back
 * as imaged. Deleting first is safe: a changed row's image never points at a row the import
 * added, and what a delete sets to null in it is put back by its image.
 */
function undoPhase(sql: Sql, rows: Array<Row<'import_rows'>>): void {
  const inserted = rows.filter((r) => r.action === 'insert');
  for (const entity of new Set(inserted.map((r) => r.entity))) {
    deleteEntities(sql, entity, inserted.filter((r) => r.entity === entity).map((r) => r.entity_id));
  }
  for (const r of rows) if (r.action !== 'insert') restoreImage(sql, r.entity, JSON.parse(r.before_json!) as Image);
}

/**
 * The undo worker's write job, on its own connection, in ONE transaction. The check runs
 * again first (the app kept answering during the backup: a change made meanwhile still
 * refuses the undo) unless `unchangedCheck`, called once the transaction holds the lock,
 * gives back the check's result because nothing was committed since (commit-worker/jobs.ts).
 */
export function writeUndo(sql: Sql, batchId: number, unchangedCheck: () => UndoCheck | null = () => null): UndoResult {
  return sql.tx(() =>
    bulkWrite(sql, () => {
      const { batch, rows } = unchangedCheck() ?? undoable(sql, batchId);
      const actor = getOfficerName(sql);
      const latestFirst = [...rows].reverse();
      const phases = [latestFirst.filter((r) => !isGroup(r)), latestFirst.filter(isGroup)];
      for (const phase of phases) undoPhase(sql, phase);
      // like the commit's entries: the row's name and the import row that keeps both exact images
      const ref = (batchRow: number, json: string | null) => (json ? importAuditRef(JSON.parse(json) as Image, batchId, batchRow) : undefined);
      const audits: AuditEntry[] = phases.flat().map((r) => ({ action: 'import.undo', entity: r.entity, entityId: r.entity_id, planId: batch.plan_id, before: ref(r.id, r.after_json), after: ref(r.id, r.before_json), actor }));
      recordAudits(sql, audits); // in one go: one INSERT compiled per row was 0.3 s of a 10,000-row undo
      const positions = JSON.parse(batch.positions_json) as Positions;
      if (positions.tasks) writePositions(sql, positions);
      updateBatch(sql, batchId, { status: 'undone', undone_at: now() });
      recordAudit(sql, { action: 'import.undo', entity: 'import_batch', entityId: batchId, planId: batch.plan_id, before: { status: 'committed' }, after: { status: 'undone' } });
      const removed = rows.filter((r) => r.action === 'insert').length;
      return { batchId, restored: rows.length - removed, removed };
    }),
  );
}

/** Check in the commit worker, back up, write in the commit worker (a progress batch: on this thread, it is small). */
export async function undoImport(core: Core, batchId: number): Promise<UndoResult> {
  const found = getBatch(core.sql, batchId);
  if (found?.target_table === 'progress_entries' && found.status !== 'undone') return undoProgressBatch(core, batchId);
  const result = await undoInWorker(core, batchId);
  void indexInBackground(core);
  return result;
}
