/**
 * An import commit is a bulk write (migration 008): the search text of its rows is queued
 * and indexed after the commit, in the background or at once by the first search, so a
 * search never misses an imported row nor finds an undone one; link inserts do not touch
 * updated_at (the importer stamps its rows), while every other write path indexes and
 * touches as before. A write made while the commit waits for its backup is diffed again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitImport, type CommitInput } from '../../../src-main/core/imports/commit';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import type { ImportRecord } from '../../../src-main/core/imports/types';
import { undoImport } from '../../../src-main/core/imports/undo';
import { Core } from '../../../src-main/core/core';
import { automergeOff, hasPending, indexAllPending, setAutomerge } from '../../../src-main/core/search/pending';
import { search } from '../../../src-main/core/search/service';
import { fixture, openCore, registryOf } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';
import { fold } from '../../../src-main/core/vn/text';

let env: ReturnType<typeof openCore>;
let planId: number;
beforeEach(() => {
  env = openCore();
  planId = plan003Id(env.core.db);
});
afterEach(() => env.close());

const NEW_TITLE = 'Khảo sát thư viện số Quỳnh Lưu';
const EDITED_TITLE = 'Tuyên truyền đổi mới Vĩnh Bảo';

async function input(): Promise<CommitInput> {
  const a = await analyzeFile(fixture('003-nhiem-vu-pdf-sang-word.docx'), 'x.docx', { orgs: registryOf(env.core).orgs });
  const t = a.tables.find((x) => x.kind === 'tasks')!;
  const records: ImportRecord[] = structuredClone(t.rows.map((r) => r.record));
  records.find((r) => r.code === 'I.1')!.fields.title = EDITED_TITLE;
  records.push({
    sourceRow: 999,
    tt: '1',
    code: 'IX.1',
    groups: [{ code: 'IX', title: 'Nhóm nhiệm vụ mới', horizon: null }],
    fields: { title: NEW_TITLE, lead: 'Sở Giáo dục và Đào tạo', coordinating: 'Sở Y tế; Sở Nội vụ', deadline: 'Quý III năm 2026', departments: 'Văn phòng' },
    merged: [],
    continuedRows: [],
  });
  const mapping: Record<string, string> = {};
  for (const c of t.columns) if (c.field) mapping[c.field] = c.header;
  return { planId, kind: 'tasks', records, file: a.file, source: t.source, mapping };
}

const pendingCount = () => (env.core.db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
const taskId = (code: string) => (env.core.db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND code = ?').get(planId, code) as { id: number } | undefined)?.id;
/** rowids the FTS index itself holds for a query (no queue drained first) */
const indexed = (match: string) => (env.core.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').all(match) as Array<{ rowid: number }>).map((r) => r.rowid);
const found = (q: string) => search(env.core.sql, q).hits.filter((h) => h.type === 'task').map((h) => h.id);

describe('an import commit as a bulk write', () => {
  it('queues the search text of the rows it writes; the first search indexes them and finds them', async () => {
    const old = (env.core.db.prepare("SELECT title FROM tasks WHERE plan_id = ? AND code = 'I.1'").get(planId) as { title: string }).title;
    await commitImport(env.core, await input()); // the background indexer has not had a turn yet
    const newId = taskId('IX.1')!;
    expect(pendingCount()).toBe(2); // the new row and the edited one
    expect(indexed('"thu vien so quynh luu"')).toEqual([]); // not in the index yet…
    expect(found('thư viện số Quỳnh Lưu')).toContain(newId); // …but search indexes the queue first
    expect(pendingCount()).toBe(0);
    expect(indexed('"thu vien so quynh luu"')).toEqual([newId * 8 + 3]);
    // the edited row is found by its new title only
    expect(found('đổi mới Vĩnh Bảo')).toContain(taskId('I.1'));
    const oldWords = fold(old).replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 5).join(' ');
    expect(oldWords.split(' ')).toHaveLength(5);
    expect(indexed(`"${oldWords}"`)).not.toContain(taskId('I.1')! * 8 + 3);
  });

  it('indexes the queue in the background after the commit', async () => {
    await commitImport(env.core, await input());
    expect(hasPending(env.core.sql)).toBe(true);
    await vi.waitFor(() => expect(hasPending(env.core.sql)).toBe(false), { timeout: 10_000 });
    expect(indexed('"thu vien so quynh luu"')).toEqual([taskId('IX.1')! * 8 + 3]);
  });

  it('drains the queue with FTS5 automatic merging off, then merges and turns it back on', async () => {
    await commitImport(env.core, await input()); // the indexer it started runs from the next timer turn
    // the setting as seen between the indexer's steps (each step is a turn of its own)
    const seen: boolean[] = [];
    let done = false;
    const watch = () => {
      if (done) return;
      const off = automergeOff(env.core.sql);
      if (seen[seen.length - 1] !== off) seen.push(off);
      setImmediate(watch);
    };
    watch();
    await vi.waitFor(() => expect(hasPending(env.core.sql) || automergeOff(env.core.sql)).toBe(false), { timeout: 10_000 });
    done = true;
    expect(seen).toEqual([false, true, false]);
    expect(indexed('"thu vien so quynh luu"')).toEqual([taskId('IX.1')! * 8 + 3]);
  });

  it('a start after an indexer stopped with merging off merges and turns it back on', async () => {
    setAutomerge(env.core.sql, false); // as a session closed mid-way leaves it
    const dir = env.core.dataDir;
    env.core.close();
    const again = Core.open({ dataDir: dir });
    try {
      expect(automergeOff(again.sql)).toBe(true);
      await vi.waitFor(() => expect(automergeOff(again.sql)).toBe(false), { timeout: 10_000 });
    } finally {
      again.close();
    }
  });

  it('an undo before the rows were indexed leaves nothing to find', async () => {
    const r = await commitImport(env.core, await input());
    const newId = taskId('IX.1')!;
    await undoImport(env.core, r.batchId);
    expect(taskId('IX.1')).toBeUndefined();
    expect(found('thư viện số Quỳnh Lưu')).not.toContain(newId);
    expect(pendingCount()).toBe(0);
    expect(indexed('"thu vien so quynh luu"')).toEqual([]);
    expect(found('đổi mới Vĩnh Bảo')).toEqual([]);
  });

  it('an undo of indexed rows removes them from the index', async () => {
    const r = await commitImport(env.core, await input());
    indexAllPending(env.core.sql);
    expect(indexed('"thu vien so quynh luu"')).toHaveLength(1);
    await undoImport(env.core, r.batchId);
    indexAllPending(env.core.sql);
    expect(indexed('"thu vien so quynh luu"')).toEqual([]);
    expect(indexed('"doi moi vinh bao"')).toEqual([]);
  });

  it('stamps updated_at itself instead of one touch per link, and leaves the flag unset', async () => {
    const t0 = '2000-01-01T00:00:00.000Z';
    env.core.db.prepare("UPDATE tasks SET updated_at = ? WHERE plan_id = ? AND code = 'I.1'").run(t0, planId);
    await commitImport(env.core, await input());
    const stamped = env.core.db.prepare("SELECT updated_at FROM tasks WHERE plan_id = ? AND code = 'I.1'").get(planId) as { updated_at: string };
    expect(stamped.updated_at > t0).toBe(true);
    expect(env.core.db.prepare('SELECT count(*) AS n FROM bulk_write').get()).toEqual({ n: 0 });
    // outside a bulk write a link insert still touches its task, and an edit is indexed at once
    const id = taskId('IX.1')!;
    indexAllPending(env.core.sql);
    env.core.db.prepare('UPDATE tasks SET updated_at = ? WHERE id = ?').run(t0, id);
    const org = (env.core.db.prepare("SELECT id FROM organizations WHERE key = 'so-noi-vu'").get() as { id: number }).id;
    env.core.db.prepare("INSERT INTO task_organizations (task_id, organization_id, role, position) VALUES (?, ?, 'lead', 5)").run(id, org);
    expect((env.core.db.prepare('SELECT updated_at FROM tasks WHERE id = ?').get(id) as { updated_at: string }).updated_at > t0).toBe(true);
    env.core.db.prepare("UPDATE tasks SET title = 'Đánh giá ngoại khóa Kiến Thụy' WHERE id = ?").run(id);
    expect(pendingCount()).toBe(0);
    expect(indexed('"danh gia ngoai khoa kien thuy"')).toEqual([id * 8 + 3]);
    expect(indexed('"thu vien so quynh luu"')).toEqual([]);
  });

  it('diffs again when something was written while it waited for the backup', async () => {
    const data = await input();
    // while the backup runs, an officer adds by hand a task with the code the file brings as new
    env.core.preOperationHook = (core) => {
      core.db
        .prepare("INSERT INTO tasks (plan_id, code, tt, position, title, title_folded) VALUES (?, 'IX.1', '1', 999, 'Gõ tay trong lúc sao lưu', 'go tay trong luc sao luu')")
        .run(planId);
    };
    const r = await commitImport(env.core, data);
    expect(r.counts).toMatchObject({ new: 0, changed: 2 }); // IX.1 is now an update, not a second IX.1
    expect(env.core.db.prepare("SELECT title FROM tasks WHERE plan_id = ? AND code = 'IX.1'").all(planId)).toEqual([{ title: NEW_TITLE }]);
  });
});
