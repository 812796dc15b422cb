/**
 * Benchmark (not a test; timings are never asserted): a plan of 500 tasks in 10 groups and
 * 100 targets, progress for 90% of the tasks and 60% of the targets, then the report draft
 * with its Excel appendices and the plan to Word and Excel: median of 5 runs after a
 * warm-up, and the process's peak memory (the export worker's heap included).
 * Run: npx tsx scripts/bench-export.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Core } from '../src-main/core/core';
import { exportPlan, exportReport } from '../src-main/core/exports/service';
import { insertEntries, sampleQuarterEntries } from '../tests/helpers/progress';

function seedLargePlan(core: Core): { planId: number; periodId: number } {
  const db = core.db;
  return db.transaction(() => {
    const doc = db
      .prepare(`INSERT INTO documents (kind, issuer_parent, issuer_agency, place, summary, summary_folded, status, recipients_json) VALUES ('ke_hoach', 'UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Hải Phòng', 'Kế hoạch thử tải 500 nhiệm vụ', 'ke hoach thu tai 500 nhiem vu', 'draft', '["Lưu: VT, VP."]')`)
      .run().lastInsertRowid;
    const planId = Number(db.prepare('INSERT INTO plans (document_id, period_text) VALUES (?, ?)').run(doc, '2026-2030').lastInsertRowid);
    db.prepare("INSERT INTO plan_appendices (plan_id, position, table_kind, title) VALUES (?, 1, 'targets', 'DANH MỤC CHỈ TIÊU'), (?, 2, 'tasks', 'DANH MỤC NHIỆM VỤ')").run(planId, planId);
    const group = db.prepare('INSERT INTO task_groups (plan_id, code, title, position) VALUES (?, ?, ?, ?)');
    const task = db.prepare(
      `INSERT INTO tasks (plan_id, group_id, code, tt, position, title, title_folded, lead_text, coordinating_text, output, deadline_text, deadline_start, deadline_end, deadline_kind, departments_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'Sở Giáo dục và Đào tạo', 'Các sở, ngành liên quan; UBND các xã, phường, đặc khu', 'Kế hoạch, báo cáo', ?, ?, ?, ?, 'Văn phòng')`,
    );
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    for (let g = 0; g < 10; g++) {
      const gid = group.run(planId, roman[g], `Nhóm nhiệm vụ thử tải số ${g + 1} về phát triển giáo dục và đào tạo`, g).lastInsertRowid;
      for (let i = 1; i <= 50; i++) {
        const q = (i % 4) + 1;
        const end = ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'][q - 1]!;
        const title = `Triển khai nhiệm vụ ${roman[g]}.${i}: xây dựng, ban hành và tổ chức thực hiện kế hoạch chuyên đề, bảo đảm tiến độ, chất lượng theo yêu cầu của Đề án`;
        task.run(planId, gid, `${roman[g]}.${i}`, String(i), g * 50 + i, title, title.toLowerCase(), `Quý ${roman[q - 1]} năm 2026`, end.slice(0, 8) + '01', end, 'quarter');
      }
    }
    const tgroup = db.prepare('INSERT INTO target_groups (plan_id, code, tt, title, position, horizon_year) VALUES (?, ?, ?, ?, ?, 2030)');
    const target = db.prepare(
      `INSERT INTO targets (plan_id, group_id, code, tt, position, name, name_folded, unit, target_text, comparator, target_value, horizon_year, departments_text) VALUES (?, ?, ?, ?, ?, ?, ?, '%', ?, '>=', ?, 2030, 'Quản lý chất lượng')`,
    );
    for (let g = 0; g < 5; g++) {
      const gid = tgroup.run(planId, String(g + 1), String(g + 1), `Nhóm chỉ tiêu ${g + 1}`, g).lastInsertRowid;
      for (let i = 1; i <= 20; i++) {
        const v = 50 + ((g * 20 + i) % 50);
        const name = `Tỷ lệ cơ sở giáo dục đạt chuẩn số ${g + 1}.${i}`;
        target.run(planId, gid, `${g + 1}.${i}`, `${g + 1}.${i}`, g * 20 + i, name, name.toLowerCase(), `≥ ${v}`, v);
      }
    }
    const periodId = Number(
      db.prepare("INSERT INTO reporting_periods (plan_id, kind, label, year, start_date, end_date) VALUES (?, 'quarter', 'Quý I/2026', 2026, '2025-12-15', '2026-03-14')").run(planId).lastInsertRowid,
    );
    return { planId, periodId };
  })();
}

async function time<T>(label: string, fn: () => Promise<T>, runs = 5): Promise<T> {
  let r = await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    r = await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label}: median ${Math.round(samples[Math.floor(runs / 2)]!)} ms (min ${Math.round(samples[0]!)}, max ${Math.round(samples[runs - 1]!)})`);
  return r;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plandesk-bench-'));
  const core = Core.open({ dataDir: dir });
  const { planId, periodId } = seedLargePlan(core);
  const tasks = core.db.prepare('SELECT code FROM tasks WHERE plan_id = ?').all(planId) as Array<{ code: string }>;
  const targets = core.db.prepare('SELECT code, target_value AS targetValue FROM targets WHERE plan_id = ?').all(planId) as Array<{ code: string; targetValue: number }>;
  insertEntries(core.db, planId, periodId, sampleQuarterEntries(tasks, targets));
  const files = await time('report draft (Word) + appendices (Excel), 500 tasks, 100 targets', () => exportReport(core.sql, planId, periodId));
  for (const f of files) console.log(`  ${f.fileName}: ${Math.round(f.bytes.length / 1024)} KB`);
  // the main thread only reads the data; the worker writes the files
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  await exportReport(core.sql, planId, periodId);
  loop.disable();
  console.log(`longest event-loop pause of the main thread during the export: ${Math.round(loop.max / 1e6)} ms`);
  await time('plan to Word', () => exportPlan(core.sql, planId, 'docx'));
  await time('plan to Excel', () => exportPlan(core.sql, planId, 'xlsx'));
  console.log(`peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  core.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
