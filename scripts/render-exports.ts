/**
 * Look at the output (not run in CI): writes plan 003 (Word, Excel) and a Quý I/2026
 * report draft on sample progress into OUT_DIR, converts them with LibreOffice to PDF
 * and renders PNGs of the first page and the first appendix page.
 * Run: npx tsx scripts/render-exports.ts OUT_DIR
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../src-main/core/core';
import { exportPlan, exportReport } from '../src-main/core/exports/service';
import { getPlanDetail } from '../src-main/core/plans/service';
import { insertEntries, sampleQuarterEntries } from '../tests/helpers/progress';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'render-out';
  mkdirSync(out, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'plandesk-render-'));
  const core = Core.open({ dataDir });
  const planId = Number(process.argv[3] ?? 1);
  const plan = getPlanDetail(core.sql, planId);
  const period = plan.reportingPeriods.find((p) => p.kind === 'quarter') ?? plan.reportingPeriods[0];
  const db = new Database(join(dataDir, 'plandesk.sqlite'));
  if (period) insertEntries(db, planId, period.id, sampleQuarterEntries(plan.tasks, plan.targets));
  db.close();

  const today = new Date('2026-03-20T09:00:00+07:00');
  const files = [
    ...(await exportPlan(core.sql, planId, 'docx', { today })),
    ...(await exportPlan(core.sql, planId, 'xlsx', { today })),
    ...(period ? await exportReport(core.sql, planId, period.id, ['docx', 'xlsx'], { today }) : []),
  ];
  core.close();
  for (const f of files) {
    const path = join(out, f.fileName);
    writeFileSync(path, f.bytes);
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, path], { stdio: 'ignore' });
    const pdf = path.replace(/\.(docx|xlsx)$/, '.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    let appendixPage = 0;
    for (let p = 1; p <= pages && !appendixPage; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
      if (/^Phụ lục( I)?\s*$/m.test(text)) appendixPage = p;
    }
    const stem = pdf.replace(/\.pdf$/, '');
    const dpi = process.env.DPI ?? '60';
    execFileSync('pdftoppm', ['-png', '-r', dpi, '-f', '1', '-l', '1', '-singlefile', pdf, `${stem}-page1`]);
    if (appendixPage) execFileSync('pdftoppm', ['-png', '-r', dpi, '-f', String(appendixPage), '-l', String(appendixPage), '-singlefile', pdf, `${stem}-appendix`]);
    console.log(`${f.fileName}: ${f.bytes.length} bytes, ${pages} pages, first appendix page ${appendixPage || '-'}`);
  }
}

void main();
