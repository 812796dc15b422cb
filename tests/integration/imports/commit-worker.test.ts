/**
 * The import commit and undo are checked and written by the commit worker on its own
 * connection: the main event loop keeps turning and the main connection writes nothing;
 * a write method asked meanwhile waits at the dispatch and then succeeds, a direct
 * transaction is refused at once with a Vietnamese message; errors keep their code and
 * message across the thread (storage errors too); a row error is refused before any
 * backup; a core closed mid-way neither loses nor repeats the write.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { Core } from '../../../src-main/core/core';
import { WORKER_WRITING_MESSAGE } from '../../../src-main/core/db/write-gate';
import { commitImport, type CommitInput } from '../../../src-main/core/imports/commit';
import { commitWorkerHeapUsed, commitWorkerStarted, replyError, setCommitWorkerIdleStop, stopCommitWorkerAfterNextWrite } from '../../../src-main/core/imports/commit-worker/run-worker';
import type { ImportRecord } from '../../../src-main/core/imports/types';
import { undoImport } from '../../../src-main/core/imports/undo';
import { backupDir, listBackupFiles } from '../../../src-main/core/safety/backup-files';
import { indexAllPending } from '../../../src-main/core/search/pending';
import { storageError } from '../../../src-main/core/safety/storage-errors';
import { getOfficerName } from '../../../src-main/core/settings/office';
import { setSetting } from '../../../src-main/core/settings/service';
import { fold } from '../../../src-main/core/vn/text';
import { openCore } from '../../helpers/imports';
import { dumpPlan, plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
beforeEach(() => {
  env = openCore();
});
afterEach(() => env.close());

const ROWS = 3000;

function emptyPlan(db: Database.Database): number {
  const doc = db
    .prepare("INSERT INTO documents (kind, issuer_agency, summary, summary_folded, status) VALUES ('ke_hoach', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', ?, ?, 'draft')")
    .run('Kế hoạch thử ghi bằng luồng phụ', fold('Kế hoạch thử ghi bằng luồng phụ')).lastInsertRowid;
  return Number(db.prepare("INSERT INTO plans (document_id, period_text, period_start_year, period_end_year) VALUES (?, '2026-2030', 2026, 2030)").run(doc).lastInsertRowid);
}

function records(n: number, from = 1): ImportRecord[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      sourceRow: i + 1,
      tt: String(i),
      code: `I.${i}`,
      groups: [{ code: 'I', title: 'Rà soát cơ sở vật chất', horizon: null }],
      fields: { title: `Rà soát phòng học của trường số ${i} (xã, phường, đặc khu)`, output: 'Báo cáo rà soát', deadline: 'Quý III năm 2026' },
      merged: [],
      continuedRows: [],
    };
  });
}

function input(planId: number, rows: ImportRecord[]): CommitInput {
  return { planId, kind: 'tasks', records: rows, file: { name: 'nhieu-dong.xlsx', size: 1234, sha256: 'ab'.repeat(32), format: 'xlsx' }, source: 'Trang 1', mapping: { title: 'Tên nhiệm vụ' } };
}

const count = (sql: string, ...args: unknown[]) => (env.core.db.prepare(sql).get(...args) as { n: number }).n;

/** Resolves once `cond` holds, checking between turns of the event loop. */
async function until(cond: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 20_000;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

const ctx = () => ({ core: env.core, door: 'web' as const, version: 'test' });

describe('the import commit on the commit worker', () => {
  it('is written by the worker connection while the main event loop keeps turning', async () => {
    const planId = emptyPlan(env.core.db);
    const mainChanges = () => env.core.db.prepare('SELECT total_changes()').pluck().get();
    const before = mainChanges();
    let ticksDuringWrite = 0;
    const timer = setInterval(() => {
      if (env.core.workerWrites.writing > 0) ticksDuringWrite++;
    }, 1);
    const r = await commitImport(env.core, input(planId, records(ROWS)));
    clearInterval(timer);
    expect(ticksDuringWrite).toBeGreaterThan(0); // a timer ran on this thread while the rows were being written
    expect(r.counts).toEqual({ new: ROWS, changed: 0, unchanged: 0, missing: 0 });
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(ROWS);
    expect(count('SELECT count(*) AS n FROM import_rows WHERE batch_id = ?', r.batchId)).toBe(ROWS + 1); // the rows and their group
    expect(mainChanges()).toBe(before); // the main connection wrote none of it
    expect(env.core.workerWrites.writing).toBe(0);
    expect(env.core.workerWrites.connections).toBe(0); // the flow closed the worker's connection
  });

  it('stops the worker once no commit has used it for a while, and starts one again for the next', async () => {
    setCommitWorkerIdleStop(300);
    try {
      const planId = emptyPlan(env.core.db);
      await commitImport(env.core, input(planId, records(5)));
      expect(commitWorkerStarted()).toBe(true); // kept for the next job meanwhile
      await until(() => !commitWorkerStarted(), 'the idle worker stops');
      const r = await commitImport(env.core, input(planId, records(3, 6)));
      expect(r.counts).toMatchObject({ new: 3 });
      expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(8);
    } finally {
      setCommitWorkerIdleStop(60_000);
    }
  });

  it('collects the garbage of a commit and of its undo once their flow ends', async () => {
    const planId = emptyPlan(env.core.db);
    await commitImport(env.core, input(planId, records(5))); // the worker is started and its modules are loaded
    const base = await commitWorkerHeapUsed(env.core);
    const r = await commitImport(env.core, input(planId, records(ROWS, 6)));
    const afterCommit = await commitWorkerHeapUsed(env.core);
    await undoImport(env.core, r.batchId);
    const afterUndo = await commitWorkerHeapUsed(env.core);
    // thousands of rows parsed, diffed and written leave tens of megabytes behind until V8's next major collection
    expect(afterCommit - base).toBeLessThan(4 * 1048576);
    expect(afterUndo - base).toBeLessThan(4 * 1048576);
  });

  it('reports a commit and an undo whose worker stopped after writing, before replying, as written (once)', async () => {
    const planId = emptyPlan(env.core.db);
    stopCommitWorkerAfterNextWrite();
    const r = await commitImport(env.core, input(planId, records(50)));
    expect(r.counts).toEqual({ new: 50, changed: 0, unchanged: 0, missing: 0 });
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(50);
    const batches = env.core.db.prepare('SELECT id FROM import_batches WHERE plan_id = ?').pluck().all(planId);
    expect(batches).toEqual([r.batchId]);
    stopCommitWorkerAfterNextWrite();
    const u = await undoImport(env.core, r.batchId);
    expect(u).toEqual({ batchId: r.batchId, restored: 0, removed: 51 }); // the rows and their group
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(0);
  });

  it('still reports the failure when a worker stopped after a write that wrote nothing', async () => {
    const planId = emptyPlan(env.core.db);
    const r = await commitImport(env.core, input(planId, records(3)));
    const hook = env.core.preOperationHook;
    // after the undo's check, before its write: a row changed by hand, so the write refuses
    env.core.preOperationHook = () => void env.core.db.prepare("UPDATE tasks SET title = 'Sửa tay' WHERE plan_id = ? AND code = 'I.2'").run(planId);
    stopCommitWorkerAfterNextWrite();
    try {
      const res = await dispatch(ctx(), 'imports.undo', { batchId: r.batchId });
      expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('dữ liệu không bị thay đổi') } });
    } finally {
      env.core.preOperationHook = hook;
    }
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(3);
    expect(env.core.db.prepare('SELECT status FROM import_batches WHERE id = ?').pluck().get(r.batchId)).toBe('committed');
  });

  it('holds back a write method at the dispatch until the commit is written, and refuses a direct transaction at once', async () => {
    const planId = emptyPlan(env.core.db);
    const commit = commitImport(env.core, input(planId, records(ROWS)));
    await until(() => env.core.workerWrites.writing > 0, 'the worker writes');

    // the main connection never waits on the worker's lock: refused, nothing written
    expect(() => env.core.sql.tx(() => setSetting(env.core.sql, 'officer_name', 'Người gõ trực tiếp'))).toThrow(WORKER_WRITING_MESSAGE);
    expect(getOfficerName(env.core.sql)).not.toBe('Người gõ trực tiếp');

    const got = await dispatch(ctx(), 'officeSettings.get', {}); // a read runs at once
    expect(got.ok && env.core.workerWrites.writing > 0).toBe(true);
    const office = (got as { value: { office: unknown } }).value.office;
    const saved = dispatch(ctx(), 'officeSettings.save', { office, officerName: 'Nguyễn Văn Ghi' }).then((res) => ({
      res,
      batchesThen: count('SELECT count(*) AS n FROM import_batches WHERE plan_id = ?', planId),
    }));
    const { res, batchesThen } = await saved;
    expect(res).toEqual({ ok: true, value: { ok: true } });
    expect(batchesThen).toBe(1); // it ran once the commit was written
    expect(getOfficerName(env.core.sql)).toBe('Nguyễn Văn Ghi');
    expect((await commit).counts.new).toBe(ROWS);
  });

  it('refuses a table with a row error before any backup is made, with the message from the worker', async () => {
    const planId = emptyPlan(env.core.db);
    const rows = records(50);
    rows[7]!.fields.title = '   ';
    const backups = () => listBackupFiles(backupDir(env.core.dataDir)).map((b) => b.name);
    const existing = backups();
    const hook = env.core.preOperationHook;
    const asked: string[] = [];
    env.core.preOperationHook = (core, reason) => {
      asked.push(reason);
      return hook?.(core, reason);
    };
    const r = await dispatch(ctx(), 'imports.commit', input(planId, rows));
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Còn 1 lỗi trong bảng \(đầu tiên ở dòng 9: .*chưa có gì được ghi\.$/) } });
    expect(asked).toEqual([]);
    expect(backups()).toEqual(existing);
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(0);
    // the same table without the error: one pre-import backup file, then the write
    rows[7]!.fields.title = 'Rà soát thư viện';
    expect((await dispatch(ctx(), 'imports.commit', input(planId, rows))).ok).toBe(true);
    expect(asked).toEqual(['import']);
    expect(backups().filter((b) => !existing.includes(b))).toEqual([expect.stringMatching(/import/)]);
  });

  it('turns a storage failure on the worker connection into the usual Vietnamese storage message', async () => {
    const planId = emptyPlan(env.core.db);
    // another program holds the write lock longer than the busy timeout: SQLITE_BUSY in the worker
    const other = new Database(env.core.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = await dispatch(ctx(), 'imports.commit', input(planId, records(20)));
      expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Dữ liệu đang bận vì một chương trình PlanDesk khác đang ghi\. Thay đổi vừa rồi chưa được lưu/) } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(0);
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(0);
    // the code crosses the thread with the message: each storage code keeps its meaning
    expect(storageError(replyError({ code: 'INTERNAL', message: 'disk', sqlite: 'SQLITE_FULL' }), null)?.code).toBe('DISK_FULL');
    expect(storageError(replyError({ code: 'INTERNAL', message: 'ro', sqlite: 'SQLITE_READONLY' }), null)?.code).toBe('DB_READ_ONLY');
    expect(storageError(replyError({ code: 'INTERNAL', message: 'bad', sqlite: 'SQLITE_CORRUPT' }), null)?.code).toBe('DB_DAMAGED');
    expect(replyError({ code: 'NOT_FOUND', message: 'Không tìm thấy.' })).toMatchObject({ name: 'AppError', code: 'NOT_FOUND', message: 'Không tìm thấy.' });
  }, 30_000);

  it('undoes through the worker and the plan is exactly as before', async () => {
    const planId = plan003Id(env.core.db);
    const existing = env.core.db.prepare('SELECT code, title FROM tasks WHERE plan_id = ? ORDER BY position LIMIT 2').all(planId) as Array<{ code: string; title: string }>;
    const rows = records(ROWS, 1000).map((r) => ({ ...r, code: `X.${r.tt}`, groups: [{ code: 'X', title: 'Nhóm nhập thêm', horizon: null }] }));
    // two rows the plan has, edited (their group as the plan has it)
    const group = env.core.db.prepare('SELECT g.code, g.title FROM task_groups g JOIN tasks t ON t.group_id = g.id WHERE t.plan_id = ? AND t.code = ?');
    for (const e of existing) {
      const g = group.get(planId, e.code) as { code: string; title: string };
      rows.push({ sourceRow: 1, tt: e.code.split('.').pop()!, code: e.code, groups: [{ code: g.code, title: g.title, horizon: null }], fields: { title: `${e.title} (đã sửa)` }, merged: [], continuedRows: [] });
    }
    const before = dumpPlan(env.core.db, planId);
    const r = await commitImport(env.core, input(planId, rows));
    expect(r.counts.new).toBe(ROWS);
    expect(r.counts.changed).toBeGreaterThanOrEqual(2);
    expect(dumpPlan(env.core.db, planId)).not.toBe(before);
    indexAllPending(env.core.sql); // the commit's search text, indexed on this connection now rather than during the undo
    const mainChanges = env.core.db.prepare('SELECT total_changes()').pluck().get();
    expect(await undoImport(env.core, r.batchId)).toMatchObject({ batchId: r.batchId, removed: ROWS + 1 });
    expect(env.core.db.prepare('SELECT total_changes()').pluck().get()).toBe(mainChanges); // written by the worker
    expect(dumpPlan(env.core.db, planId)).toBe(before);
    expect(env.core.db.prepare('SELECT status FROM import_batches WHERE id = ?').pluck().get(r.batchId)).toBe('undone');
  });

  it('pauses the background search indexer while a worker writes, and it resumes after', async () => {
    const planId = emptyPlan(env.core.db);
    await commitImport(env.core, input(planId, records(ROWS))); // queues the rows' search text, the indexer starts
    const done = env.core.workerWrites.beginWrite(); // as a second worker write would, before the indexer's first turn
    const pending = () => count('SELECT count(*) AS n FROM search_pending');
    const queued = pending();
    expect(queued).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(pending()).toBe(queued); // it waited: no transaction on the main connection
    done();
    await until(() => pending() === 0, 'the indexer resumes and indexes everything');
  });

  it('refuses to swap the database file while a worker connection is on it', async () => {
    const planId = emptyPlan(env.core.db);
    const commit = commitImport(env.core, input(planId, records(ROWS)));
    await until(() => env.core.workerWrites.writing > 0, 'the worker writes');
    let swapped = false;
    expect(() => env.core.replaceDatabase(() => void (swapped = true))).toThrow(WORKER_WRITING_MESSAGE);
    expect(swapped).toBe(false);
    await commit;
    expect(count('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(ROWS); // the main connection is still the same, open
  });
});

describe('a restore asked while the commit worker works', () => {
  it('waits until the worker has written and closed its connection, then restores', async () => {
    const created = await dispatch(ctx(), 'backups.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const { name } = created.value as { name: string };
    const planId = emptyPlan(env.core.db);
    let committed = false;
    const commit = commitImport(env.core, input(planId, records(ROWS))).then((r) => ((committed = true), r));
    await until(() => env.core.workerWrites.writing > 0, 'the worker writes');
    const restored = await dispatch(ctx(), 'backups.restore', { name });
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: name } });
    expect(committed).toBe(true); // the restore ran after the commit, not under it
    expect((await commit).counts.new).toBe(ROWS);
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(0); // the data of the backup, made before the import
    expect(count('SELECT count(*) AS n FROM plans WHERE id = ?', planId)).toBe(0);
  });
});

describe('a core that closes while the commit worker works', () => {
  it('reports the write that was under way once, as it was written', async () => {
    const planId = emptyPlan(env.core.db);
    const commit = commitImport(env.core, input(planId, records(ROWS)));
    await until(() => env.core.workerWrites.writing > 0, 'the worker writes');
    env.core.close();
    const r = await commit; // not cut short: the worker finished its transaction
    expect(r.counts.new).toBe(ROWS);
    const again = Core.open({ dataDir: env.core.dataDir, backups: false });
    try {
      const n = (sql: string, ...args: unknown[]) => (again.db.prepare(sql).get(...args) as { n: number }).n;
      expect(n('SELECT count(*) AS n FROM import_batches')).toBe(1);
      expect(n('SELECT count(*) AS n FROM import_batches WHERE id = ? AND status = ?', r.batchId, 'committed')).toBe(1);
      expect(n('SELECT count(*) AS n FROM tasks WHERE plan_id = ?', planId)).toBe(ROWS);
    } finally {
      again.close();
    }
  });

  it('writes nothing when it closes before the write starts (during the backup)', async () => {
    const planId = emptyPlan(env.core.db);
    env.core.preOperationHook = (core) => core.close();
    const r = await dispatch(ctx(), 'imports.commit', input(planId, records(100)));
    expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã đóng dữ liệu trước khi ghi bảng nhập nên chưa có gì được ghi/) } });
    const again = Core.open({ dataDir: env.core.dataDir, backups: false });
    try {
      expect((again.db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n).toBe(0);
      expect((again.db.prepare('SELECT count(*) AS n FROM tasks WHERE plan_id = ?').get(planId) as { n: number }).n).toBe(0);
    } finally {
      again.close();
    }
  });
});
