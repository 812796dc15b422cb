/**
 * The database side of the bench's import commit case (src-main/bench/cases/imports.ts): an
 * empty plan to import into, the bare baseline write, and the removal of everything the
 * case wrote, so that each run measures the generated office and not the one the last run
 * left (each commit and undo of 10,000 rows leaves tens of megabytes of provenance and audit).
 */
import type { Core } from '../core';
import type { ImportRecord } from '../imports/types';
import { uidSource } from '../imports/write-log';
import { bulkWrite } from '../search/pending';
import { fold } from '../vn/text';

export interface CaseMark {
  planId: number;
  auditBefore: number;
}

/** A new empty plan for the case, and where the audit log stood before it. */
export function startCommitCase(core: Core): CaseMark {
  const db = core.db;
  const auditBefore = Number(db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get());
  const doc = db
    .prepare("INSERT INTO documents (kind, issuer_agency, summary, summary_folded, status) VALUES ('ke_hoach', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', ?, ?, 'draft')")
    .run('Kế hoạch đo hiệu năng nhập', fold('Kế hoạch đo hiệu năng nhập')).lastInsertRowid;
  const planId = Number(db.prepare("INSERT INTO plans (document_id, period_text, period_start_year, period_end_year) VALUES (?, '2026-2030', 2026, 2030)").run(doc).lastInsertRowid);
  return { planId, auditBefore };
}

/**
 * The baseline: the same task rows and nothing else, written the way the commit writes them
 * (50 rows a statement, search indexing deferred), in one transaction; then deleted again.
 */
export function bareTaskInserts(core: Core, planId: number, records: ImportRecord[]): () => void {
  const sql = core.sql;
  const write = core.db.transaction(() =>
    bulkWrite(sql, () => {
      const tasks = sql.batchInserter('tasks');
      const stamp = new Date().toISOString();
      const newUid = uidSource(); // random, as the commit's
      records.forEach((r, i) => {
        const f = r.fields;
        tasks.add({
          plan_id: planId,
          code: r.code,
          tt: r.tt,
          position: i,
          title: f.title ?? '',
          title_folded: fold(f.title ?? ''),
          lead_text: f.lead ?? null,
          coordinating_text: f.coordinating ?? null,
          output: f.output ?? null,
          deadline_text: f.deadline ?? null,
          departments_text: f.departments ?? null,
          budget_text: f.budget ?? null,
          funding_source: f.funding ?? null,
          uid: newUid(),
          updated_at: stamp,
        });
      });
      tasks.flush();
    }),
  );
  return () => write.immediate();
}

export function deleteTasksOf(core: Core, planId: number): void {
  core.db.prepare('DELETE FROM tasks WHERE plan_id = ?').run(planId);
}

/** Everything the case wrote goes: its audit entries, batches (their rows cascade), plan and document. */
export function removeCaseWrites(core: Core, mark: CaseMark): void {
  const db = core.db;
  db.transaction(() => {
    db.prepare('DELETE FROM audit_log WHERE id > ?').run(mark.auditBefore);
    db.prepare('DELETE FROM import_batches WHERE plan_id = ?').run(mark.planId);
    const doc = db.prepare('SELECT document_id FROM plans WHERE id = ?').pluck().get(mark.planId);
    db.prepare('DELETE FROM documents WHERE id = ?').run(doc); // its plan and the plan's rows cascade
  }).immediate();
}
