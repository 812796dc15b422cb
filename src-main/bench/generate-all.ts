/** Build the generated office and the appendix files (exceljs/docx and python3-openpyxl/python3-docx). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendixRows, APPENDIX_HEADER, writeAppendixDocx, writeAppendixXlsx } from '../core/bench/appendix-files';
import { FULL_OFFICE, generateOffice, QUICK_OFFICE } from '../core/bench/generate';
import { benchDir, ROOT } from './context';

export const APPENDIX_SIZES = { quick: [1_000, 10_000], full: [1_000, 10_000, 50_000] } as const;

export async function generateAll(quick: boolean, log: (s: string) => void): Promise<void> {
  const dir = benchDir(quick);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  const t = Date.now();
  const office = generateOffice(join(dir, 'office'), quick ? QUICK_OFFICE : FULL_OFFICE);
  writeFileSync(join(dir, 'office.json'), JSON.stringify(office, null, 2));
  log(`office: ${office.plans} plans, ${office.tasks} tasks, ${office.targets} targets, ${office.progressEntries} progress entries (${Date.now() - t} ms)`);
  for (const n of quick ? APPENDIX_SIZES.quick : APPENDIX_SIZES.full) {
    const rows = appendixRows(n);
    await writeAppendixXlsx(rows, join(dir, 'files', `tasks-${n}-exceljs.xlsx`));
    writeFileSync(join(dir, 'files', `tasks-${n}-docxjs.docx`), await writeAppendixDocx(rows));
    const json = join(dir, 'files', `tasks-${n}.json`);
    writeFileSync(json, JSON.stringify({ header: APPENDIX_HEADER, rows }));
    const py = '/usr/bin/python3';
    if (existsSync(py)) {
      const r = spawnSync(py, [join(ROOT, 'scripts/bench/make_appendix.py'), json, join(dir, 'files', `tasks-${n}-openpyxl.xlsx`), join(dir, 'files', `tasks-${n}-pythondocx.docx`)], { encoding: 'utf8' });
      if (r.status !== 0) log(`python writers failed for ${n} rows (python3-openpyxl/python3-docx missing?): ${r.stderr.trim().split('\n').pop()}`);
    } else {
      log('python3 not found: files from python3-openpyxl / python3-docx skipped');
    }
    log(`appendix files: ${n} rows`);
  }
}
