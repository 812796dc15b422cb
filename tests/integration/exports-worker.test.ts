// Exports run in a worker thread: progress by stage, start/poll jobs through the API,
// and a worker that dies leaves an error a person can read and no file at all.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { runExport, type Call } from '../../src-main/cli/export-commands';
import { Core } from '../../src-main/core/core';
import type { ExportProgress } from '../../src-main/core/exports/run/job';
import { stopExportWorker } from '../../src-main/core/exports/run/run-worker';
import { exportReport } from '../../src-main/core/exports/service';
import { insertEntries, sampleQuarterEntries } from '../helpers/progress';
import { tempDir } from '../helpers/tmp';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/** Plan 1 of the seed with sample progress for its first quarter period. */
function openWithProgress(): { core: Core; periodId: number } {
  const c = Core.open({ dataDir: tempDir() });
  const period = c.db.prepare("SELECT id FROM reporting_periods WHERE plan_id = 1 AND kind = 'quarter' ORDER BY position LIMIT 1").get() as { id: number };
  const tasks = c.db.prepare('SELECT code FROM tasks WHERE plan_id = 1').all() as Array<{ code: string }>;
  const targets = c.db.prepare('SELECT code, target_value AS targetValue FROM targets WHERE plan_id = 1').all() as Array<{ code: string; targetValue: number | null }>;
  insertEntries(c.db, 1, period.id, sampleQuarterEntries(tasks, targets));
  core = c;
  return { core: c, periodId: period.id };
}

describe('export worker', () => {
  it('reports the stages in order, with percents rising to 100 in each file', async () => {
    const { core, periodId } = openWithProgress();
    const seen: ExportProgress[] = [];
    const files = await exportReport(core.sql, 1, periodId, ['docx', 'xlsx'], { onProgress: (p) => seen.push(p) });
    expect(files.map((f) => f.bytes.subarray(0, 2).toString())).toEqual(['PK', 'PK']);
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['read', 'docx', 'xlsx']);
    for (const stage of ['docx', 'xlsx'] as const) {
      const percents = seen.filter((p) => p.stage === stage).map((p) => p.percent!);
      expect(percents.length).toBeGreaterThan(3);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(percents.at(-1)).toBe(100);
    }
  });

  it('a worker that dies mid-export ends it with a Vietnamese message, and the next export works', async () => {
    const { core, periodId } = openWithProgress();
    let killed = false;
    const dying = exportReport(core.sql, 1, periodId, ['docx'], {
      onProgress: (p) => {
        if (p.stage === 'docx' && !killed) {
          killed = true;
          stopExportWorker();
        }
      },
    });
    await expect(dying).rejects.toMatchObject({ name: 'AppError', code: 'INTERNAL', message: expect.stringMatching(/không có tệp nào bị ghi dở/) });
    const again = await exportReport(core.sql, 1, periodId, ['xlsx']);
    expect(again[0]!.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('the CLI writes no file when the worker dies', async () => {
    const { core, periodId } = openWithProgress();
    const dir = tempDir();
    const call = (async (method: string) => {
      expect(method).toBe('exports.report');
      let killed = false;
      const files = await exportReport(core.sql, 1, periodId, ['docx', 'xlsx'], {
        onProgress: (p) => {
          if (p.stage === 'xlsx' && !killed) {
            killed = true;
            stopExportWorker();
          }
        },
      });
      return { files: files.map((f) => ({ fileName: f.fileName, mime: f.mime, base64: f.bytes.toString('base64') })) };
    }) as Call;
    const command = { name: 'export-report' as const, planId: 1, periodId, out: join(dir, 'BC.docx'), xlsx: join(dir, 'BC.xlsx'), force: false };
    await expect(runExport(call, command)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(command.out)).toBe(false);
  });
});

describe('export jobs through the API (every door)', () => {
  async function poll(c: Core, jobId: string) {
    const states: string[] = [];
    for (;;) {
      const r = await dispatch({ core: c, door: 'web', version: 'test' }, 'exports.job', { jobId });
      if (!r.ok) return { states, error: r.error };
      const v = r.value as { state: string; stage?: string; files?: Array<{ fileName: string; base64: string }> };
      if (v.state === 'done') return { states, files: v.files! };
      states.push(`${v.stage}`);
      await new Promise((res) => setTimeout(res, 5));
    }
  }

  it('starts an export, reports its stage while it runs, then hands out the files once', async () => {
    const { core, periodId } = openWithProgress();
    const started = await dispatch({ core, door: 'web', version: 'test' }, 'exports.start', { job: { kind: 'report', planId: 1, periodId } });
    expect(started.ok).toBe(true);
    const { jobId } = (started as { value: { jobId: string } }).value;
    const result = await poll(core, jobId);
    expect(result.files?.map((f) => f.fileName)).toEqual([expect.stringMatching(/^BC_.*\.docx$/), expect.stringMatching(/^BC_.*_Phu-luc\.xlsx$/)]);
    expect(Buffer.from(result.files![0]!.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    for (const s of result.states) expect(['read', 'docx', 'xlsx']).toContain(s);
    const again = await dispatch({ core, door: 'web', version: 'test' }, 'exports.job', { jobId });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Hãy bấm xuất lại/) } });
  });

  it('a plan export job works the same', async () => {
    const { core } = openWithProgress();
    const started = await dispatch({ core, door: 'electron', version: 'test' }, 'exports.start', { job: { kind: 'plan', planId: 1, format: 'xlsx' } });
    const result = await poll(core, (started as { value: { jobId: string } }).value.jobId);
    expect(result.files?.map((f) => f.fileName)).toEqual([expect.stringMatching(/_Phu-luc\.xlsx$/)]);
  });

  it('a failed export answers the poll with its error', async () => {
    const { core } = openWithProgress();
    const started = await dispatch({ core, door: 'web', version: 'test' }, 'exports.start', { job: { kind: 'report', planId: 1, periodId: 99999 } });
    const result = await poll(core, (started as { value: { jobId: string } }).value.jobId);
    expect(result.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/Hãy chọn lại/) });
  });
});
