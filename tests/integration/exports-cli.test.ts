// `export plan` / `export report` through the CLI door, and the format settings through the API.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { DEFAULT_FORMAT } from '../../src-main/core/exports/format-schema';
import { runCli } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

describe('CLI export', () => {
  it('export plan writes a Word file and an Excel file', () => {
    const dir = tempDir();
    const docx = join(dir, 'ke-hoach.docx');
    const xlsx = join(dir, 'ke-hoach.xlsx');
    const a = runCli(['--data-dir', dir, 'export', 'plan', '--plan', '1', '--format', 'docx', '--out', docx]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const b = runCli(['--data-dir', dir, 'export', 'plan', '--plan', '1', '--format', 'xlsx', '--out', xlsx]);
    expect(b.code).toBe(0);
    expect(statSync(xlsx).size).toBeGreaterThan(5000);
  });

  it('export report writes the draft and, with --xlsx, its appendices', () => {
    const dir = tempDir();
    const out = join(dir, 'BC.docx');
    const xlsx = join(dir, 'BC.xlsx');
    const r = runCli(['--data-dir', dir, 'export', 'report', '--plan', '1', '--period', '2', '--out', out, '--xlsx', xlsx]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã ghi dự thảo báo cáo vào .*BC\.docx\.\nĐã ghi phụ lục Excel vào .*BC\.xlsx\./);
    expect(existsSync(out) && existsSync(xlsx)).toBe(true);
  });

  it('never overwrites silently: exit 3 and the file untouched, unless --force', () => {
    const dir = tempDir();
    const out = join(dir, 'BC.docx');
    const xlsx = join(dir, 'BC.xlsx');
    writeFileSync(xlsx, 'officer’s own file');
    const r = runCli(['--data-dir', dir, 'export', 'report', '--plan', '1', '--period', '2', '--out', out, '--xlsx', xlsx]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/đã có; PlanDesk không ghi đè.*--force/);
    expect(readFileSync(xlsx, 'utf8')).toBe('officer’s own file');
    expect(existsSync(out)).toBe(false); // neither file of the pair is written
    const forced = runCli(['--data-dir', dir, 'export', 'report', '--plan', '1', '--period', '2', '--out', out, '--xlsx', xlsx, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['export'], /cần "plan" hoặc "report"/],
    [['export', 'pdf', '--plan', '1', '--out', 'x.pdf'], /Không có lệnh "export pdf"/],
    [['export', 'plan', '--out', 'x.docx'], /Thiếu --plan/],
    [['export', 'plan', '--plan', 'abc', '--out', 'x.docx'], /--plan cần một số nguyên dương/],
    [['export', 'plan', '--plan', '1', '--format', 'pdf', '--out', 'x.pdf'], /--format cần "docx" hoặc "xlsx"/],
    [['export', 'plan', '--plan', '1', '--format', 'docx', '--out', 'x.xlsx'], /phải có đuôi \.docx/],
    [['export', 'report', '--plan', '1', '--out', 'x.docx'], /Thiếu --period/],
    [['export', 'report', '--plan', '1', '--period', '2', '--out', 'x.xlsx'], /phải là tệp \.docx/],
    [['export', 'report', '--plan', '1', '--period', '2', '--out', 'x.docx', '--xlsx', 'y.csv'], /--xlsx phải là tệp \.xlsx/],
    [['stats', '--force'], /không nhận tùy chọn --force/],
  ])('exits 2 on %j', (args, message) => {
    const r = runCli(['--data-dir', tempDir(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 3 for a plan or a period that does not exist, or a missing folder', () => {
    const dir = tempDir();
    const plan = runCli(['--data-dir', dir, 'export', 'plan', '--plan', '99', '--format', 'docx', '--out', join(dir, 'a.docx')]);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toMatch(/Không tìm thấy kế hoạch số 99/);
    const period = runCli(['--data-dir', dir, 'export', 'report', '--plan', '1', '--period', '12', '--out', join(dir, 'b.docx')]);
    expect(period.code).toBe(3);
    const folder = runCli(['--data-dir', dir, 'export', 'plan', '--plan', '1', '--format', 'docx', '--out', join(dir, 'no', 'a.docx')]);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toMatch(/không tồn tại/);
  });
});

describe('format settings API', () => {
  it('starts from the decree’s template values, saves a change and records it in the audit log', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const ctx = { core, door: 'web' as const, version: 'test' };
    const got = await dispatch(ctx, 'exports.formatSettings.get', {});
    expect(got).toEqual({ ok: true, value: DEFAULT_FORMAT });
    expect(DEFAULT_FORMAT).toMatchObject({ marginTopMm: 25, marginBottomMm: 20, marginLeftMm: 35, marginRightMm: 20, bodySizePt: 14, firstLineIndentCm: 1.27, spacingBeforePt: 6, spacingAfterPt: 0 });
    const set = await dispatch(ctx, 'exports.formatSettings.set', { ...DEFAULT_FORMAT, marginLeftMm: 30 });
    expect(set.ok).toBe(true);
    expect(await dispatch(ctx, 'exports.formatSettings.get', {})).toEqual({ ok: true, value: { ...DEFAULT_FORMAT, marginLeftMm: 30 } });
    const audit = core.db.prepare("SELECT action, field, before_json, after_json FROM audit_log WHERE field = 'exports.format'").all() as Array<{ before_json: string; after_json: string }>;
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json).marginLeftMm).toBe(35);
    expect(JSON.parse(audit[0]!.after_json).marginLeftMm).toBe(30);
    core.close();
  });

  it('refuses values outside the decree’s ranges with a Vietnamese message, and keeps the old ones', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const ctx = { core, door: 'web' as const, version: 'test' };
    const r = await dispatch(ctx, 'exports.formatSettings.set', { ...DEFAULT_FORMAT, marginLeftMm: 10 });
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/marginLeftMm: Lề trái: nhỏ nhất 30 mm theo Nghị định 30/) } });
    const partial = await dispatch(ctx, 'exports.formatSettings.set', { marginLeftMm: 30 });
    expect(partial.ok).toBe(false);
    expect(await dispatch(ctx, 'exports.formatSettings.get', {})).toEqual({ ok: true, value: DEFAULT_FORMAT });
    core.close();
  });
});
