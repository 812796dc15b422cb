/**
 * The import bridge through the API (the worker thread included): analyse, remembered
 * mapping profiles, the officer's overrides, and bad files answered with an envelope
 * (the round trip through the real exports: round-trip-exports.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, plainResult } from '../../../src-main/api/dispatch';
import { unpackAnalysis, type LeanAnalysis } from '../../../src-main/api/contract/imports-lean';
import { fixture, openCore } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
let planId: number;
beforeAll(() => {
  env = openCore();
  planId = plan003Id(env.core.db);
});
afterAll(() => env.close());

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = plainResult(await dispatch({ core: env.core, door: 'web', version: 'test' }, method, input));
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
}

const analyze = async (name: string, bytes: Buffer, extra: object = {}) =>
  unpackAnalysis(await call<LeanAnalysis>('imports.analyze', { fileName: name, dataBase64: bytes.toString('base64'), ...extra }));

describe('imports API', () => {
  it('analyses in the worker and answers in the contract shape', async () => {
    const a = await analyze('003-ke-hoach-hai-bang.docx', fixture('003-ke-hoach-hai-bang.docx'));
    expect(a.file).toMatchObject({ name: '003-ke-hoach-hai-bang.docx', format: 'docx', size: fixture('003-ke-hoach-hai-bang.docx').length });
    expect(a.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tables.map((t) => [t.kind, t.rows.length])).toEqual([
      ['targets', 53],
      ['tasks', 50],
    ]);
    expect(a.tables[0]!.sample[0]).toEqual(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Phòng chủ trì']);
  });

  it('answers a bad file with a Vietnamese message, not a crash', async () => {
    const r = await dispatch({ core: env.core, door: 'web', version: 'test' }, 'imports.analyze', { fileName: 'a.xlsx', dataBase64: fixture('pdf-doi-ten.xlsx').toString('base64') });
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Tệp là PDF/) } });
  });

  it('remembers a confirmed mapping as a profile and applies it to the next file of that shape', async () => {
    const name = '003-nhiem-vu-pdf-sang-excel.xlsx';
    const a = await analyze(name, fixture(name));
    const t = a.tables[0]!;
    expect(t.profileApplied).toBe(false);
    // the officer decides the budget column is not to be imported
    const columns: Record<string, string | null> = {};
    for (const c of t.columns) columns[String(c.index)] = c.field === 'budget' || c.field === 'funding' ? null : c.field;
    const remapped = await analyze(name, fixture(name), { overrides: [{ table: 0, mapping: columns }] });
    const r2 = remapped.tables[0]!;
    expect(r2.columns.filter((c) => c.field).map((c) => c.field)).not.toContain('budget');
    expect(r2.rows.every((r) => r.budget?.text == null)).toBe(true);
    const mapping: Record<string, string> = {};
    for (const c of r2.columns) if (c.field) mapping[c.field] = c.header;
    await call('imports.commit', {
      planId,
      kind: 'tasks',
      records: r2.rows.map((r) => r.record),
      file: remapped.file,
      source: r2.source,
      mapping,
      profile: { signature: r2.signature, headers: r2.columns.map((c) => c.header), columns },
    });
    // a column the file does not map leaves the plan's value alone
    expect(env.core.db.prepare("SELECT budget_text FROM tasks WHERE plan_id = ? AND code = 'V.4'").get(planId)).toEqual({ budget_text: '10.275,852 tỷ đồng' });
    const profiles = await call<Array<{ id: number; signature: string; kind: string }>>('imports.profiles', {});
    expect(profiles).toEqual([expect.objectContaining({ signature: r2.signature, kind: 'tasks' })]);
    const next = (await analyze(name, fixture(name))).tables[0]!;
    expect(next.profileApplied).toBe(true);
    expect(next.columns.map((c) => c.field)).toEqual(r2.columns.map((c) => c.field));
    expect(await call('imports.profiles.delete', { id: profiles[0]!.id })).toEqual({ deleted: true });
    expect((await analyze(name, fixture(name))).tables[0]!.profileApplied).toBe(false);
  });

  it('re-checks edited rows without a target plan (no diff then)', async () => {
    const a = await analyze('cong-thuc-chua-tinh.xlsx', fixture('cong-thuc-chua-tinh.xlsx'));
    const records = a.tables[0]!.rows.map((r) => r.record);
    records[0]!.fields.budget = '250 tỷ đồng';
    const p = await call<{ rows: Array<{ budget: { dong: number } }>; diff: null }>('imports.preview', { kind: 'tasks', records });
    expect(p.diff).toBeNull();
    expect(p.rows[0]!.budget.dong).toBe(250_000_000_000);
  });

  it('suggests the plan that shares the most rows with the file', async () => {
    const a = await analyze('003-chi-tieu-khong-dau-dao-cot.xlsx', fixture('003-chi-tieu-khong-dau-dao-cot.xlsx'));
    const rows = a.tables[1]!.rows.map((r) => ({ code: r.code, text: r.record.fields.name ?? null }));
    expect(await call('imports.suggestPlan', { kind: 'targets', rows })).toEqual({ planId, matches: 53 });
    expect(await call('imports.suggestPlan', { kind: 'tasks', rows: [{ code: 'IX.99', text: 'Không có' }] })).toEqual({ planId: null, matches: 0 });
  });

  it('lets the officer pick the header row and the kind by hand', async () => {
    const name = '003-chi-tieu-khong-dau-dao-cot.xlsx';
    const a = await analyze(name, fixture(name), { overrides: [{ table: 1, kind: 'targets', headerRows: [3] }] });
    expect(a.tables[1]).toMatchObject({ kind: 'targets', headerRows: [3] });
    expect(a.tables[1]!.rows).toHaveLength(53);
  });
});
