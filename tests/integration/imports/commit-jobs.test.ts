/**
 * The commit worker's jobs, run in this thread: the write uses the check's preview only when
 * nothing can have been committed since the check (same connection, no write job on it since,
 * data_version unchanged); otherwise it checks again inside its transaction and writes what
 * the file holds now.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitResult } from '../../../src-main/core/imports/commit';
import { lastCommitWrite, lastUndoWrite, runJob } from '../../../src-main/core/imports/commit-worker/jobs';
import type { ImportRecord } from '../../../src-main/core/imports/types';
import { fold } from '../../../src-main/core/vn/text';
import { openCore } from '../../helpers/imports';

let env: ReturnType<typeof openCore>;
let planId: number;
let token = 1000;
beforeEach(() => {
  env = openCore();
  const db = env.core.db;
  const doc = db
    .prepare("INSERT INTO documents (kind, issuer_agency, summary, summary_folded, status) VALUES ('ke_hoach', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', ?, ?, 'draft')")
    .run('Kế hoạch thử ghi', fold('Kế hoạch thử ghi')).lastInsertRowid;
  planId = Number(db.prepare("INSERT INTO plans (document_id, period_text, period_start_year, period_end_year) VALUES (?, '2026-2030', 2026, 2030)").run(doc).lastInsertRowid);
});
afterEach(() => {
  runJob({ kind: 'release', token });
  env.close();
});

function records(n: number): ImportRecord[] {
  return Array.from({ length: n }, (_, k) => ({
    sourceRow: k + 2,
    tt: String(k + 1),
    code: `I.${k + 1}`,
    groups: [{ code: 'I', title: 'Rà soát cơ sở vật chất', horizon: null }],
    fields: { title: `Rà soát phòng học của trường số ${k + 1}`, deadline: 'Quý III năm 2026' },
    merged: [],
    continuedRows: [],
  }));
}

function stageAndCheck(n: number): string {
  token++;
  const dbPath = env.core.dbPath;
  runJob({
    kind: 'stage',
    token,
    input: { planId, kind: 'tasks', file: { name: 'a.xlsx', size: 1, sha256: 'ab'.repeat(32), format: 'xlsx' }, source: 'Trang 1', mapping: { title: 'Tên nhiệm vụ' } },
    records: records(n),
  });
  runJob({ kind: 'commit-check', token, dbPath });
  return dbPath;
}

const write = (dbPath: string) => runJob({ kind: 'commit-write', token, dbPath }) as CommitResult;
const addByHand = (code: string) =>
  env.core.db.prepare("INSERT INTO tasks (plan_id, code, tt, position, title, title_folded) VALUES (?, ?, '1', 99, 'Gõ tay', 'go tay')").run(planId, code);

describe('the commit write after its check', () => {
  it('writes many new rows with their links in batches, each link after its task', () => {
    token++;
    const dbPath = env.core.dbPath;
    const rows = records(130).map((r) => ({ ...r, fields: { ...r.fields, lead: 'Sở Y tế', coordinating: 'Sở Nội vụ; Sở Giáo dục và Đào tạo', departments: 'Văn phòng' } }));
    runJob({ kind: 'stage', token, input: { planId, kind: 'tasks', file: { name: 'a.xlsx', size: 1, sha256: 'ab'.repeat(32), format: 'xlsx' }, source: 'Trang 1', mapping: { title: 'Tên nhiệm vụ' } }, records: rows });
    runJob({ kind: 'commit-check', token, dbPath });
    expect(write(dbPath).counts).toMatchObject({ new: 130 });
    const db = env.core.db;
    const links = db
      .prepare("SELECT x.role, o.key, count(*) AS n FROM task_organizations x JOIN tasks t ON t.id = x.task_id JOIN organizations o ON o.id = x.organization_id WHERE t.plan_id = ? GROUP BY x.role, o.key ORDER BY x.role, o.key")
      .all(planId);
    expect(links).toEqual([
      { role: 'coordinating', key: 'so-gddt', n: 130 },
      { role: 'coordinating', key: 'so-noi-vu', n: 130 },
      { role: 'lead', key: 'so-y-te', n: 130 },
    ]);
    expect(db.prepare('SELECT count(*) FROM task_departments d JOIN tasks t ON t.id = d.task_id WHERE t.plan_id = ?').pluck().get(planId)).toBe(130);
    // the ids the batches set are the rows' own: every task's links and its import row agree
    const last = db.prepare("SELECT t.id, t.code, r.entity_id FROM tasks t JOIN import_rows r ON r.entity = 'task' AND r.entity_id = t.id WHERE t.plan_id = ? AND t.code = 'I.130'").get(planId) as { id: number; entity_id: number };
    expect(last.entity_id).toBe(last.id);
    expect(db.prepare('SELECT count(*) FROM task_organizations WHERE task_id = ?').pluck().get(last.id)).toBe(3);
  });


  it('uses the check when nothing was committed since', () => {
    const dbPath = stageAndCheck(5);
    const r = write(dbPath);
    expect(lastCommitWrite.reusedCheck).toBe(true);
    expect(r.counts).toMatchObject({ new: 5, changed: 0 });
  });

  it('checks again when another connection committed since, and writes what the file holds now', () => {
    const dbPath = stageAndCheck(5);
    addByHand('I.3'); // the main connection, while the worker waited for the backup
    const r = write(dbPath);
    expect(lastCommitWrite.reusedCheck).toBe(false);
    expect(r.counts).toMatchObject({ new: 4, changed: 1 });
    expect(env.core.db.prepare('SELECT count(*) FROM tasks WHERE plan_id = ? AND code = ?').pluck().get(planId, 'I.3')).toBe(1);
  });

  it('checks again when a write job ran on its own connection since (its own commits do not move data_version)', () => {
    const dbPath = stageAndCheck(3);
    const first = token;
    const undone = stageAndCheck(2); // a second flow on the same connection writes first
    write(undone);
    token = first;
    const r = write(dbPath);
    expect(lastCommitWrite.reusedCheck).toBe(false);
    expect(r.counts).toMatchObject({ new: 1, unchanged: 2 }); // I.1 and I.2 were written by the other flow
  });

  it('checks again on a new connection', () => {
    const dbPath = stageAndCheck(2);
    const kept = token;
    runJob({ kind: 'release', token: 1 }); // another flow's release closes the connection
    token = kept;
    write(dbPath);
    expect(lastCommitWrite.reusedCheck).toBe(false);
  });

  it('checks again when rows were staged after the check', () => {
    const dbPath = stageAndCheck(2);
    runJob({ kind: 'stage', token, records: records(3).slice(2) });
    const r = write(dbPath);
    expect(lastCommitWrite.reusedCheck).toBe(false);
    expect(r.counts).toMatchObject({ new: 3 });
  });
});

describe('the undo write after its check', () => {
  const undoJobs = (batchId: number, between: () => void = () => undefined) => {
    const dbPath = env.core.dbPath;
    runJob({ kind: 'undo-check', batchId, dbPath });
    between();
    return runJob({ kind: 'undo-write', batchId, dbPath }) as { removed: number; restored: number };
  };
  const tasksOfPlan = () => env.core.db.prepare('SELECT count(*) FROM tasks WHERE plan_id = ?').pluck().get(planId);

  it('uses the check when nothing was committed since, and removes every row the import added', () => {
    const { batchId } = write(stageAndCheck(120));
    expect(tasksOfPlan()).toBe(120);
    const r = undoJobs(batchId);
    expect(lastUndoWrite.reusedCheck).toBe(true);
    expect(r).toMatchObject({ removed: 121, restored: 0 }); // the rows and their group
    expect(tasksOfPlan()).toBe(0);
    expect(env.core.db.prepare('SELECT count(*) FROM task_groups WHERE plan_id = ?').pluck().get(planId)).toBe(0);
  });

  it('checks again when another connection committed since, and refuses when a row was changed meanwhile', () => {
    const { batchId } = write(stageAndCheck(3));
    expect(() =>
      undoJobs(batchId, () => env.core.db.prepare("UPDATE tasks SET title = 'Sửa tay' WHERE plan_id = ? AND code = 'I.2'").run(planId)),
    ).toThrow(/I\.2 đã được sửa hoặc xóa sau lần nhập này/);
    expect(lastUndoWrite.reusedCheck).toBe(false);
    expect(tasksOfPlan()).toBe(3); // nothing undone
  });

  it('checks again when a write job ran on its own connection since (its own commits do not move data_version)', () => {
    const { batchId } = write(stageAndCheck(2));
    const planOfUndo = planId;
    const dbPath = env.core.dbPath;
    const doc = env.core.db.prepare("INSERT INTO documents (kind, issuer_agency, summary, summary_folded, status) VALUES ('ke_hoach', 'SỞ', 'Kế hoạch khác', 'ke hoach khac', 'draft')").run().lastInsertRowid;
    planId = Number(env.core.db.prepare("INSERT INTO plans (document_id, period_text, period_start_year, period_end_year) VALUES (?, '2026-2030', 2026, 2030)").run(doc).lastInsertRowid);
    runJob({ kind: 'undo-check', batchId, dbPath }); // nothing is committed by the main connection after this
    write(stageAndCheck(1)); // another plan's commit, written on the same connection meanwhile
    const r = runJob({ kind: 'undo-write', batchId, dbPath }) as { removed: number };
    expect(lastUndoWrite.reusedCheck).toBe(false);
    expect(r.removed).toBe(3);
    expect(env.core.db.prepare('SELECT count(*) FROM tasks WHERE plan_id = ?').pluck().get(planOfUndo)).toBe(0);
    expect(tasksOfPlan()).toBe(1); // the other plan's row stays
  });
});
