/**
 * Commit writes one transaction (after the pre-import backup) with the batch and every
 * row's provenance; undo of a whole batch restores the plan exactly (compared column by
 * column, links included); undo is refused when it would lose a later change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { analyzeFile, type Analysis } from '../../../src-main/core/imports/analyze';
import type { ImportRecord } from '../../../src-main/core/imports/types';
import { fixture, openCore, registryOf } from '../../helpers/imports';
import { dumpPlan, plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
let planId: number;
beforeEach(() => {
  env = openCore();
  planId = plan003Id(env.core.db);
});
afterEach(() => env.close());

const ctx = () => ({ core: env.core, door: 'cli' as const, version: 'test' });

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx(), method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

async function tasksOf(name: string): Promise<{ a: Analysis; records: ImportRecord[] }> {
  const a = await analyzeFile(fixture(name), name, { orgs: registryOf(env.core).orgs });
  const t = a.tables.find((x) => x.kind === 'tasks')!;
  return { a, records: structuredClone(t.rows.map((r) => r.record)) };
}

function commitInput(a: Analysis, records: ImportRecord[], kind: 'tasks' | 'targets' = 'tasks') {
  const t = a.tables.find((x) => x.kind === kind)!;
  const mapping: Record<string, string> = {};
  for (const c of t.columns) if (c.field) mapping[c.field] = c.header;
  return { planId, kind, records, file: a.file, source: t.source, mapping };
}

function edit(records: ImportRecord[]): ImportRecord[] {
  const byCode = new Map(records.map((r) => [r.code, r]));
  byCode.get('I.1')!.fields.title = 'Xây dựng và triển khai Kế hoạch tuyên truyền (đã sửa)';
  byCode.get('II.2')!.fields.lead = 'Sở Y tế';
  byCode.get('V.1')!.fields.budget = '180 tỷ đồng';
  const ii4 = byCode.get('II.4')!;
  const newII5: ImportRecord = { ...structuredClone(ii4), sourceRow: ii4.sourceRow + 1, tt: '5', code: 'II.5', merged: [], continuedRows: [] };
  newII5.fields = { ...newII5.fields, title: 'Nhiệm vụ mới của nhóm II', budget: null, funding: null };
  const ix: ImportRecord = {
    sourceRow: 999,
    tt: '1',
    code: 'IX.1',
    groups: [{ code: 'IX', title: 'Nhóm nhiệm vụ mới', horizon: null }],
    fields: { title: 'Nhiệm vụ của nhóm mới', lead: 'Sở Giáo dục và Đào tạo', coordinating: 'Sở Y tế; Sở Nội vụ', deadline: 'Quý III năm 2026', departments: 'Văn phòng' },
    merged: [],
    continuedRows: [],
  };
  const out = [...records];
  out.splice(out.indexOf(ii4) + 1, 0, newII5);
  out.push(ix);
  return out;
}

describe('commit and undo of an import batch', () => {
  it('writes new and changed rows with provenance, then undo restores the plan exactly', async () => {
    const { a, records } = await tasksOf('003-nhiem-vu-pdf-sang-word.docx');
    const before = dumpPlan(env.core.db, planId);
    const hook: Array<{ reason: string; batches: number }> = [];
    env.core.preOperationHook = (core, reason) => void hook.push({ reason, batches: (core.db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n });

    const preview = await call<{ diff: { counts: Record<string, number>; items: Array<{ code: string; status: string; changes: Array<{ field: string }> }> } }>('imports.preview', { planId, kind: 'tasks', records: edit(records) });
    expect(preview.diff.counts).toEqual({ new: 2, changed: 3, unchanged: 47, missing: 0 });
    expect(preview.diff.items.find((i) => i.code === 'II.2')!.changes.map((c) => c.field)).toEqual(['lead']);

    const r = await call<{ batchId: number; counts: Record<string, number> }>('imports.commit', commitInput(a, edit(records)));
    expect(r.counts).toEqual({ new: 2, changed: 3, unchanged: 47, missing: 0 });
    expect(hook).toEqual([{ reason: 'import', batches: 0 }]); // the backup runs right before the transaction

    const db = env.core.db;
    const codes = (db.prepare('SELECT code FROM tasks WHERE plan_id = ? ORDER BY position').all(planId) as Array<{ code: string }>).map((t) => t.code);
    expect(codes.slice(codes.indexOf('II.4'), codes.indexOf('II.4') + 2)).toEqual(['II.4', 'II.5']);
    expect(codes[codes.length - 1]).toBe('IX.1');
    const lead = db.prepare("SELECT o.key FROM task_organizations x JOIN tasks t ON t.id = x.task_id JOIN organizations o ON o.id = x.organization_id WHERE t.plan_id = ? AND t.code = 'II.2' AND x.role = 'lead'").all(planId);
    expect(lead).toEqual([{ key: 'so-y-te' }]);
    expect(db.prepare("SELECT budget_dong FROM tasks WHERE plan_id = ? AND code = 'V.1'").get(planId)).toEqual({ budget_dong: 180_000_000_000 });
    const coord = db.prepare("SELECT o.key FROM task_organizations x JOIN tasks t ON t.id = x.task_id JOIN organizations o ON o.id = x.organization_id WHERE t.code = 'IX.1' AND x.role = 'coordinating' ORDER BY x.position").all();
    expect(coord).toEqual([{ key: 'so-y-te' }, { key: 'so-noi-vu' }]);

    const batch = db.prepare('SELECT * FROM import_batches WHERE id = ?').get(r.batchId) as Record<string, unknown>;
    expect(batch).toMatchObject({ file_name: '003-nhiem-vu-pdf-sang-word.docx', file_size: a.file.size, file_sha256: a.file.sha256, file_kind: 'docx', plan_id: planId, target_table: 'tasks', status: 'committed', rows_total: 52, rows_imported: 5 });
    expect(JSON.parse(batch.mapping_json as string)).toMatchObject({ title: 'Tên nhiệm vụ', lead: 'Cơ quan chủ trì' });
    expect(batch.source_name).toMatch(/^Bảng 1/);
    // every row of the file says where it came from
    const prov = db.prepare("SELECT action, count(*) AS n FROM import_rows WHERE batch_id = ? AND entity = 'task' GROUP BY action ORDER BY action").all(r.batchId);
    expect(prov).toEqual([{ action: 'insert', n: 2 }, { action: 'same', n: 47 }, { action: 'update', n: 3 }]);
    expect(db.prepare("SELECT r.source_row FROM import_rows r JOIN tasks t ON t.id = r.entity_id WHERE r.entity = 'task' AND t.code = 'IX.1'").get()).toEqual({ source_row: 999 });
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'import.%'").get()).toEqual({ n: 2 + 3 + 1 + 1 });
    // a row's audit entry names its batch and import row, where its exact images are kept
    const ix1 = db.prepare("SELECT id FROM tasks WHERE plan_id = ? AND code = 'IX.1'").get(planId) as { id: number };
    const audit = db.prepare("SELECT after_json FROM audit_log WHERE action = 'import.insert' AND entity = 'task' AND entity_id = ?").get(ix1.id) as { after_json: string };
    const ref = JSON.parse(audit.after_json) as { summary: string; importBatch: number; importRow: number };
    expect(ref).toEqual({ summary: 'IX.1 Nhiệm vụ của nhóm mới', importBatch: r.batchId, importRow: expect.any(Number) });
    const provRow = db.prepare('SELECT batch_id, entity, entity_id, after_json FROM import_rows WHERE id = ?').get(ref.importRow) as { batch_id: number; entity: string; entity_id: number; after_json: string };
    expect(provRow).toMatchObject({ batch_id: r.batchId, entity: 'task', entity_id: ix1.id });
    expect(JSON.parse(provRow.after_json)).toMatchObject({ row: { id: ix1.id, code: 'IX.1', title: 'Nhiệm vụ của nhóm mới' } });

    const batches = await call<Array<{ id: number; status: string; counts: Record<string, number> }>>('imports.batches', { planId });
    expect(batches[0]).toMatchObject({ id: r.batchId, status: 'committed', counts: { new: 2, changed: 3 } });

    expect(await call('imports.undo', { batchId: r.batchId })).toEqual({ batchId: r.batchId, restored: 3, removed: 3 });
    expect(dumpPlan(db, planId)).toBe(before);
    expect((db.prepare('SELECT status FROM import_batches WHERE id = ?').get(r.batchId) as { status: string }).status).toBe('undone');
    // once the row is gone, the history panel still names it from the entry's summary
    const history = await call<Array<{ action: string; entityId: number; recordLabel: string }>>('history.list', { planId, entity: 'task', entityId: ix1.id });
    expect(history.find((h) => h.action === 'import.insert')?.recordLabel).toBe('IX.1 Nhiệm vụ của nhóm mới');
    expect(history.find((h) => h.action === 'import.undo')?.recordLabel).toBe('IX.1 Nhiệm vụ của nhóm mới');
    // the undo's entries point to the same import row instead of copying both images again
    const undoEntry = db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'import.undo' AND entity = 'task' AND entity_id = ?").get(ix1.id) as { before_json: string; after_json: string | null };
    expect(JSON.parse(undoEntry.before_json)).toEqual(ref);
    expect(undoEntry.after_json).toBeNull(); // the row was new: nothing after its undo
    const changed = db.prepare("SELECT a.before_json, a.after_json, r.before_json AS image FROM audit_log a JOIN import_rows r ON r.batch_id = ? AND r.entity = 'task' AND r.entity_id = a.entity_id AND r.action = 'update' WHERE a.action = 'import.undo' AND a.entity = 'task' LIMIT 1").get(r.batchId) as { before_json: string; after_json: string; image: string };
    const back = JSON.parse(changed.after_json) as { summary: string; importRow: number };
    expect(back).toMatchObject({ importBatch: r.batchId, importRow: expect.any(Number) });
    expect(back.summary).toBe(`${(JSON.parse(changed.image) as { row: { code: string; title: string } }).row.code} ${(JSON.parse(changed.image) as { row: { code: string; title: string } }).row.title}`);
    expect(hook.map((h) => h.reason)).toEqual(['import', 'import']);
  });

  it('undoes target batches exactly too (new groups with horizons, changed values)', async () => {
    const a = await analyzeFile(fixture('003-chi-tieu-khong-dau-dao-cot.xlsx'), 'x.xlsx', { orgs: registryOf(env.core).orgs });
    const t = a.tables.find((x) => x.kind === 'targets')!;
    const records = structuredClone(t.rows.map((r) => r.record));
    records.find((r) => r.code === '1.2')!.fields.target = '≥ 90';
    records.push({ sourceRow: 500, tt: '1', code: 'IV.1', groups: [{ code: 'IV', title: 'Đến năm 2050', horizon: 2050 }], fields: { name: 'Chỉ tiêu mới', unit: '%', target: '100', departments: 'Văn phòng' }, merged: [], continuedRows: [] });
    const before = dumpPlan(env.core.db, planId);
    const r = await call<{ batchId: number; counts: Record<string, number> }>('imports.commit', commitInput(a, records, 'targets'));
    expect(r.counts).toEqual({ new: 1, changed: 1, unchanged: 52, missing: 0 });
    const row = env.core.db.prepare("SELECT t.target_value, t.comparator, t.horizon_year, g.code, g.horizon_year AS gh FROM targets t JOIN target_groups g ON g.id = t.group_id WHERE t.plan_id = ? AND t.code IN ('1.2', 'IV.1') ORDER BY t.code").all(planId);
    expect(row).toEqual([
      { target_value: 90, comparator: '>=', horizon_year: 2030, code: 'I.1', gh: 2030 },
      { target_value: 100, comparator: '>=', horizon_year: 2050, code: 'IV', gh: 2050 },
    ]);
    await call('imports.undo', { batchId: r.batchId });
    expect(dumpPlan(env.core.db, planId)).toBe(before);
  });

  it('refuses to undo when a row was changed after the import, or a later import is in place', async () => {
    const { a, records } = await tasksOf('003-ke-hoach-hai-bang.docx');
    const first = await call<{ batchId: number }>('imports.commit', commitInput(a, edit(records)));
    const again = edit(records);
    again.find((r) => r.code === 'III.2')!.fields.output = 'Kế hoạch (lần 2)';
    const second = await call<{ batchId: number }>('imports.commit', commitInput(a, again));
    await expect(call('imports.undo', { batchId: first.batchId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(new RegExp(`hoàn tác lần nhập số ${second.batchId} trước`)) });

    env.core.db.prepare("UPDATE tasks SET output = 'Sửa tay sau khi nhập' WHERE plan_id = ? AND code = 'III.2'").run(planId);
    const snapshot = dumpPlan(env.core.db, planId);
    await expect(call('imports.undo', { batchId: second.batchId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/III\.2 đã được sửa hoặc xóa sau lần nhập này/) });
    expect(dumpPlan(env.core.db, planId)).toBe(snapshot);
    await expect(call('imports.undo', { batchId: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes nothing when a row has an error', async () => {
    const { a, records } = await tasksOf('003-ke-hoach-hai-bang.docx');
    records[3]!.fields.title = '   ';
    const before = dumpPlan(env.core.db, planId);
    const hook: string[] = [];
    env.core.preOperationHook = (_c, reason) => void hook.push(reason);
    await expect(call('imports.commit', commitInput(a, records))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Còn 1 lỗi.*chưa có gì được ghi/) });
    expect(dumpPlan(env.core.db, planId)).toBe(before);
    expect(env.core.db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    expect(hook).toEqual([]);
  });

  it('an unchanged file changes nothing but is still recorded', async () => {
    const { a, records } = await tasksOf('003-nhiem-vu-tieu-de-hai-dong.xlsx');
    const before = dumpPlan(env.core.db, planId);
    const r = await call<{ counts: Record<string, number> }>('imports.commit', commitInput(a, records));
    expect(r.counts).toEqual({ new: 0, changed: 0, unchanged: 50, missing: 0 });
    expect(dumpPlan(env.core.db, planId)).toBe(before);
  });

  it('uses the officer’s choice for a body the registry does not know', async () => {
    const { a, records } = await tasksOf('003-ke-hoach-hai-bang.docx');
    const soKhcn = (env.core.db.prepare("SELECT id FROM organizations WHERE key = 'so-khcn'").get() as { id: number }).id;
    const rec = records.find((r) => r.code === 'VII.11')!;
    rec.fields.coordinating = 'Sở Khoa hoc Cong nghe';
    const p = await call<{ rows: Array<{ code: string; orgs: { coordinating: Array<{ match: string; orgId: number | null }> } }> }>('imports.preview', { planId, kind: 'tasks', records, orgChoices: { 'Sở Khoa hoc Cong nghe': soKhcn } });
    expect(p.rows.find((r) => r.code === 'VII.11')!.orgs.coordinating).toEqual([expect.objectContaining({ match: 'chosen', orgId: soKhcn })]);
    await call('imports.commit', { ...commitInput(a, records), orgChoices: { 'Sở Khoa hoc Cong nghe': soKhcn } });
    const got = env.core.db.prepare("SELECT x.organization_id AS id FROM task_organizations x JOIN tasks t ON t.id = x.task_id WHERE t.plan_id = ? AND t.code = 'VII.11' AND x.role = 'coordinating'").all(planId);
    expect(got).toEqual([{ id: soKhcn }]);
  });
});
