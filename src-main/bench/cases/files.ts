/**
 * File cases: import dry-run of each appendix file (baseline: unzip and stream-scan the
 * same file's XML without building anything) and the report export of a large plan
 * (baseline: the same tables as bare .xlsx with exceljs).
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { Core } from '../../core/core';
import { exportReport } from '../../core/exports/service';
import { analyzeFile } from '../../core/imports/analyze';
import type { BenchCase, CaseContext, CaseResult } from '../context';
import { timeInTurns, timeRuns } from '../measure';

function scanXml(buf: Uint8Array): number {
  const files = unzipSync(buf, { filter: (f) => f.name.endsWith('.xml') });
  let elements = 0;
  for (const data of Object.values(files)) {
    const p = new SaxesParser();
    p.on('opentag', () => elements++);
    p.write(new TextDecoder().decode(data)).close();
  }
  return elements;
}

/** --quick: the 1,000-row files and one 10,000-row file (under a minute) */
function dryRunFiles(ctx: CaseContext): string[] {
  const wanted = (f: string) => /\.(xlsx|docx)$/.test(f) && !/-50000-/.test(f) && (!ctx.quick || !/-10000-/.test(f) || /exceljs/.test(f));
  return readdirSync(ctx.filesDir).filter(wanted).sort();
}

export const importDryRunCase: BenchCase = {
  name: 'import dry-run',
  // each file in a process of its own: its row's peak memory is that file's dry-run
  parts: dryRunFiles,
  async run(ctx, part) {
    const results: CaseResult[] = [];
    for (const f of part ? [part] : dryRunFiles(ctx)) {
      const buf = readFileSync(join(ctx.filesDir, f));
      const runs = ctx.quick ? 2 : /-10000-/.test(f) ? 3 : 5;
      const { samples, baselineSamples } = await timeInTurns(() => analyzeFile(buf, f), () => scanXml(buf), runs);
      results.push({ name: `import dry-run ${f}`, samples, baselineSamples, note: 'baseline: unzip + SAX scan, run in turns with the dry-run' });
    }
    return results;
  },
};

export const exportCase: BenchCase = {
  name: 'report export',
  async run(ctx) {
    const core = Core.open({ dataDir: ctx.officeDir, seed: false, backups: false });
    const { samplePlanId: plan, samplePeriodId: period } = ctx.office;
    const samples = await timeRuns(() => exportReport(core.sql, plan, period, ['docx', 'xlsx'], { today: new Date('2026-12-31') }), 3, 1);
    const rows = core.db.prepare('SELECT code, title, deadline_text FROM tasks WHERE plan_id = ?').all(plan) as Array<Record<string, string>>;
    const baselineSamples = await timeRuns(async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Phụ lục');
      for (const r of rows) ws.addRow([r.code, r.title, r.deadline_text]);
      await wb.xlsx.writeBuffer();
    }, 3, 1);
    core.close();
    return [{ name: `report export (plan of ${rows.length} tasks, docx + xlsx)`, samples, baselineSamples, note: 'baseline: the task table as bare xlsx' }];
  },
};
