import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from './src-main/core/core';
import { buildReport } from './src-main/core/exports/report/build';
import { getFormatSettings } from './src-main/core/exports/format-settings';
import { writeDocx } from './src-main/core/exports/docx/write';
import { writeXlsx } from './src-main/core/exports/xlsx/write';
import { insertEntries, sampleQuarterEntries } from './tests/helpers/progress';
// reuse the seeding of scripts/bench-export.ts
import * as fs from 'node:fs';
async function main() {
  const src = fs.readFileSync('/work/wt-export/scripts/bench-export.ts', 'utf8');
  void src;
  const { seedLargePlan } = await import('./tmp-seed');
  const core = Core.open({ dataDir: mkdtempSync(join(tmpdir(), 'pd-prof-')) });
  const { planId, periodId } = seedLargePlan(core);
  const tasks = core.db.prepare('SELECT code FROM tasks WHERE plan_id = ?').all(planId) as any;
  const targets = core.db.prepare('SELECT code, target_value AS targetValue FROM targets WHERE plan_id = ?').all(planId) as any;
  insertEntries(core.db, planId, periodId, sampleQuarterEntries(tasks, targets));
  const f = getFormatSettings(core.sql);
  for (let i = 0; i < 8; i++) {
    let t = performance.now();
    const r = buildReport(core.sql, planId, periodId, new Date('2026-03-20'));
    const a = performance.now() - t; t = performance.now();
    await writeDocx(r.document, f);
    const b = performance.now() - t; t = performance.now();
    await writeXlsx(r.document.appendices, f, 'x');
    const c = performance.now() - t;
    console.log(`build ${a.toFixed(0)} docx ${b.toFixed(0)} xlsx ${c.toFixed(0)}`);
  }
}
void main();
