/**
 * The analyse answer validated and serialised in the worker (api/raw-json.ts) is passed
 * through every door untouched: it must be byte for byte the JSON the old path sent
 * (dispatch validating in the main thread, the door serialising), the Electron client must
 * rebuild the same value, and an answer that breaks the contract must come back as a
 * clear error rather than a crash or a silent pass.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, plainResult, wireParts } from '../../../src-main/api/dispatch';
import { fromWire } from '../../../src-main/api/contract/result';
import { isRawJson, RawJson } from '../../../src-main/api/raw-json';
import { analysisJson, ContractError } from '../../../src-main/core/imports/answer-json';
import type { LeanAnalysis } from '../../../src-main/api/contract/imports-lean';
import { fixture, openCore } from '../../helpers/imports';

let env: ReturnType<typeof openCore>;
beforeAll(() => {
  env = openCore();
});
afterAll(() => env.close());

const web = () => ({ core: env.core, door: 'web' as const, version: 'test' });
const cli = () => ({ core: env.core, door: 'cli' as const, version: 'test' });
const bytesOf = (parts: Array<string | Uint8Array>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

describe('raw JSON pass-through of imports.analyze', () => {
  for (const name of ['003-ke-hoach-hai-bang.docx', '003-nhiem-vu-libreoffice.xlsx', '003-chi-tieu-khong-dau-dao-cot.xlsx']) {
    it(`answers ${name} byte-identically to the validate-then-serialise path`, async () => {
      const input = { fileName: name, dataBase64: fixture(name).toString('base64') };
      const raw = await dispatch(web(), 'imports.analyze', input);
      expect(raw.ok && isRawJson(raw.value)).toBe(true);
      // the old path: analysed in this process, checked by dispatch, serialised by the door
      const old = await dispatch(cli(), 'imports.analyze', input);
      expect(old.ok && !isRawJson(old.value)).toBe(true);
      const sent = bytesOf(wireParts(raw));
      expect(sent.toString('utf8')).toBe(JSON.stringify(old));
      // Electron: the bytes cross IPC and the renderer's client rebuilds the typed value
      const value = raw.ok && isRawJson(raw.value) ? raw.value : null;
      expect(fromWire({ ok: true, json: [...value!.chunks] })).toEqual(old);
      expect(plainResult(raw)).toEqual(old);
      expect((fromWire({ ok: true, json: [...value!.chunks] }) as { value: LeanAnalysis }).value.tables.length).toBeGreaterThan(0);
    });
  }

  it('refuses raw JSON from a method that is not fed by a validating worker', async () => {
    const handlers = { 'app.info': () => RawJson.fromValidatedWorker([new TextEncoder().encode('{"not":"checked"}')]) } as never;
    const r = await dispatch(web(), 'app.info', {}, handlers);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('turns an answer that breaks the contract in the worker into a clear error', async () => {
    // a group title longer than the contract allows (5,000 characters)
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRow(['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành']);
    ws.addRow(['I', 'Nhóm nhiệm vụ '.repeat(450)]);
    ws.addRow(['1', 'Rà soát chương trình', 'Phòng GDTrH', 'Năm 2026']);
    ws.addRow(['2', 'Tập huấn giáo viên', 'Phòng GDTrH', 'Quý II/2026']);
    const dataBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await dispatch(web(), 'imports.analyze', { fileName: 'nhom-dai.xlsx', dataBase64 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    expect(r.error.message).toMatch(/kết quả đọc không đúng dạng/);
    expect(r.error.message).not.toMatch(/at |Error|\.ts/); // no stack trace for the officer
    // the worker is still serving the next file
    const next = await dispatch(web(), 'imports.analyze', { fileName: '003-ke-hoach-hai-bang.docx', dataBase64: fixture('003-ke-hoach-hai-bang.docx').toString('base64') });
    expect(next.ok).toBe(true);
  });

  it('names where the answer breaks the contract', () => {
    const bad = { file: { name: 'a.xlsx', size: 1, sha256: 'x', format: 'xlsx' }, tables: [] } as unknown as Parameters<typeof analysisJson>[0];
    expect(() => analysisJson(bad)).toThrow(ContractError);
    expect(() => analysisJson(bad)).toThrow(/file\.sha256/);
  });
});
