/**
 * Query cases over the generated office: search (50 folded queries, per-query median and p95),
 * the task table (filter + sort + first page of all tasks) and the dashboard (status counts
 * for a plan and a period). Baselines: the same row count read by a bare indexed query.
 */
import { Core } from '../../core/core';
import { listTaskWindow } from '../../core/lists/service';
import { listViewStateSchema } from '../../core/lists/view-state';
import { countsByBody, dashboard, statusCounts } from '../../core/progress/dashboard';
import { search } from '../../core/search/service';
import type { BenchCase } from '../context';
import { timeRuns } from '../measure';

const QUERIES = [
  'chuyen doi so', 'dao tao', 'giáo dục', 'trường học', 'ngoại ngữ', 'tiếng Anh', 'đội ngũ', 'cơ sở vật chất', 'hội nhập', 'quốc tế',
  'so gddt', 'van phong', 'ke hoach', 'nghi quyet 71', 'đề án', 'tuyên truyền', 'phổ cập', 'mầm non', 'tiểu học', 'trung học',
  'đại học', 'nghề nghiệp', 'STEM', 'trí tuệ nhân tạo', 'dữ liệu', 'số hóa', 'học bạ', 'kiểm định', 'chuẩn quốc gia', 'thể chất',
  'dinh dưỡng', 'bơi', 'văn hóa', 'khởi nghiệp', 'sáng tạo', 'giảng viên', 'sinh viên', 'học bổng', 'Cambridge', 'song ngữ',
  'an toàn', 'bán trú', 'y tế', 'kinh phí', 'NSNN', 'xã hội hóa', 'quý II', 'năm 2026', 'Hải Phòng', 'chuyen doi',
];

async function openCore(dir: string): Promise<Core> {
  const core = Core.open({ dataDir: dir, seed: false, backups: false, integrityCheck: 'after-open' });
  await core.integrityChecked; // measured on a quiet machine, not beside the check
  return core;
}

export const searchCase: BenchCase = {
  name: 'search',
  async run(ctx) {
    const core = await openCore(ctx.officeDir);
    const samples: number[] = [];
    for (const q of QUERIES) search(core.sql, q, { limit: 20 }); // warm-up
    for (const q of QUERIES) samples.push(...(await timeRuns(() => search(core.sql, q, { limit: 20 }), 1, 0)));
    const baselineSamples = await timeRuns(() => core.db.prepare('SELECT id, title FROM tasks ORDER BY id LIMIT 20').all(), QUERIES.length, 2);
    core.close();
    return [{ name: 'search (50 folded queries, per query)', samples, baselineSamples, note: 'baseline: 20 rows by primary key' }];
  },
};

export const taskTableCase: BenchCase = {
  name: 'task table',
  async run(ctx) {
    const core = await openCore(ctx.officeDir);
    const state = listViewStateSchema.parse({ filter: { text: 'giáo dục' }, sort: { key: 'deadline', dir: 'asc' } });
    const samples = await timeRuns(() => listTaskWindow(core.sql, state, 0, 0, 100), ctx.quick ? 10 : 20);
    const baselineSamples = await timeRuns(() => core.db.prepare('SELECT * FROM tasks ORDER BY id LIMIT 100').all(), ctx.quick ? 10 : 20);
    core.close();
    return [{ name: `task table (filter + sort + first page of ${ctx.office.tasks} tasks)`, samples, baselineSamples, note: 'baseline: first 100 rows by primary key' }];
  },
};

export const dashboardCase: BenchCase = {
  name: 'dashboard',
  async run(ctx) {
    const core = await openCore(ctx.officeDir);
    const { samplePlanId: plan, samplePeriodId: period } = ctx.office;
    const n = ctx.quick ? 10 : 20;
    const byDepartment = await timeRuns(() => {
      statusCounts(core.sql, plan, period);
      countsByBody(core.sql, period);
    }, n);
    const page = await timeRuns(() => dashboard(core.sql, plan, period, '2026-12-31'), n);
    const baselineSamples = await timeRuns(() => core.db.prepare('SELECT status, count(*) FROM progress_entries WHERE period_id = ? GROUP BY status').all(period), n);
    core.close();
    const entries = ctx.office.progressEntries.toLocaleString('en');
    return [
      { name: `dashboard: status counts by department (${entries} entries)`, samples: byDepartment, baselineSamples, note: 'baseline: bare GROUP BY status of the period' },
      { name: 'dashboard: whole page (counts, groups, overdue, completeness)', samples: page, baselineSamples, note: 'baseline: bare GROUP BY status of the period' },
    ];
  },
};
