import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Core } from '../../src-main/core/core';
import { listGroups, listTargetWindow, listTaskWindow } from '../../src-main/core/lists/service';
import { listViewStateSchema, type ListViewState } from '../../src-main/core/lists/view-state';
import { compareVi } from '../../src-main/core/vn/text';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();

const view = (s: z.input<typeof listViewStateSchema>): ListViewState => listViewStateSchema.parse(s);
const n = (c: Core, q: string, ...p: unknown[]) => (c.db.prepare(q).get(...p) as { n: number }).n;
const allTasks = (c: Core, s: ListViewState, group = 0) => {
  const out = [];
  for (let offset = 0; ; offset += 37) {
    const w = listTaskWindow(c.sql, s, group, offset, 37);
    out.push(...w);
    if (w.length < 37) return out;
  }
};

describe('Nhiệm vụ list', () => {
  it('shows every task of every plan, in plan and document order, with leads and departments', () => {
    const c = core();
    const s = view({});
    const g = listGroups(c.sql, 'tasks', s);
    expect(g.total).toBe(n(c, 'SELECT count(*) AS n FROM tasks'));
    const rows = allTasks(c, s);
    expect(rows.length).toBe(g.total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const plan1 = rows.filter((r) => r.planId === 1);
    expect(plan1.map((r) => r.code)).toEqual((c.db.prepare('SELECT code FROM tasks WHERE plan_id = 1 ORDER BY position').all() as Array<{ code: string }>).map((r) => r.code));
    expect(plan1.map((r) => r.code).slice(0, 3)).toEqual(['I.1', 'II.1', 'II.2']);
    const v4 = rows.find((r) => r.title.startsWith('Đảm bảo cơ sở vật chất cho các trường mầm non và phổ thông'))!;
    expect(v4.budgetText).toBe('10.275,852 tỷ đồng');
    expect(rows.some((r) => r.leads.some((l) => l.name === 'Sở Giáo dục và Đào tạo Hải Phòng'))).toBe(true);
    expect(rows.some((r) => r.departments.some((d) => d.name === 'Văn phòng Sở'))).toBe(true);
  });

  it('filters by plan, lead body, department, deadline range and words', () => {
    const c = core();
    expect(listGroups(c.sql, 'tasks', view({ filter: { planIds: [1] } })).total).toBe(50);
    const so = (c.db.prepare("SELECT id FROM organizations WHERE key = 'so-gddt'").get() as { id: number }).id;
    expect(listGroups(c.sql, 'tasks', view({ filter: { leadOrgIds: [so] } })).total).toBe(
      n(c, "SELECT count(DISTINCT task_id) AS n FROM task_organizations WHERE organization_id = ? AND role = 'lead'", so),
    );
    const dept = (c.db.prepare("SELECT id FROM organizations WHERE key = 'sgd-gdtx-gdnn-dh'").get() as { id: number }).id;
    const byDept = allTasks(c, view({ filter: { departmentIds: [dept] } }));
    expect(byDept.length).toBe(n(c, 'SELECT count(DISTINCT task_id) AS n FROM task_departments WHERE organization_id = ?', dept));
    expect(byDept.every((r) => r.departments.some((d) => d.id === dept))).toBe(true);

    const in2026 = allTasks(c, view({ filter: { from: '2026-04-01', to: '2026-06-30' } }));
    expect(in2026.length).toBeGreaterThan(0);
    for (const r of in2026) {
      expect(r.deadlineEnd! >= '2026-04-01').toBe(true);
      expect(r.deadlineStart! <= '2026-06-30').toBe(true);
    }
    const words = allTasks(c, view({ filter: { text: 'chuyen doi so', planIds: [1] } }));
    expect(words.map((r) => r.code)).toEqual(expect.arrayContaining(['IV.1', 'IV.6']));
    expect(words.every((r) => r.planId === 1)).toBe(true);
  });

  it('takes status from the latest progress entry; a task nobody reported on is chưa triển khai', () => {
    const c = core();
    const p = c.db.prepare("INSERT INTO reporting_periods (plan_id, kind, label, end_date) VALUES (1, 'quarter', ?, ?)");
    const q1 = Number(p.run('Quý I/2026', '2026-03-14').lastInsertRowid);
    const q2 = Number(p.run('Quý II/2026', '2026-06-14').lastInsertRowid);
    const [a, b] = (c.db.prepare('SELECT id FROM tasks WHERE plan_id = 1 ORDER BY position LIMIT 2').all() as Array<{ id: number }>).map((r) => r.id);
    const e = c.db.prepare('INSERT INTO progress_entries (period_id, task_id, status) VALUES (?, ?, ?)');
    // entered out of order: the later period wins, not the later entry
    e.run(q2, a, 'done_on_time');
    e.run(q1, a, 'in_progress');
    e.run(q1, b, 'overdue');
    const s = (statuses: string[]) => allTasks(c, view({ filter: { planIds: [1], statuses: statuses as never } })).map((r) => r.id);
    expect(s(['done_on_time'])).toEqual([a]);
    expect(s(['overdue'])).toEqual([b]);
    expect(s(['in_progress'])).toEqual([]);
    expect(s(['not_started'])).toHaveLength(48);
    const rows = allTasks(c, view({ filter: { planIds: [1] }, sort: { key: 'status', dir: 'asc' } }));
    expect(rows.map((r) => r.status).slice(0, 2)).toEqual(['done_on_time', 'not_started']);
    expect(rows.find((r) => r.id === b)?.status).toBe('overdue');
  });

  it('sorts by deadline (undated last), by title in Vietnamese order, both ways, with stable windows', () => {
    const c = core();
    const byDeadline = allTasks(c, view({ sort: { key: 'deadline', dir: 'asc' } }));
    const dated = byDeadline.filter((r) => r.deadlineEnd);
    expect(dated.map((r) => r.deadlineEnd)).toEqual([...dated.map((r) => r.deadlineEnd)].sort());
    expect(byDeadline.findIndex((r) => !r.deadlineEnd)).toBe(dated.length);
    const desc = allTasks(c, view({ sort: { key: 'deadline', dir: 'desc' } })).filter((r) => r.deadlineEnd);
    expect(desc[0]!.deadlineEnd! >= desc[desc.length - 1]!.deadlineEnd!).toBe(true);

    const byTitle = allTasks(c, view({ filter: { planIds: [1] }, sort: { key: 'title', dir: 'asc' } })).map((r) => r.title);
    const folded = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    expect(byTitle.map(folded)).toEqual([...byTitle.map(folded)].sort());
    expect(compareVi(byTitle[0]!, byTitle[byTitle.length - 1]!)).toBeLessThan(0);
  });

  it('groups by department (a task counts in each of its departments, unassigned last) and by plan', () => {
    const c = core();
    const s = view({ groupBy: 'department' });
    const g = listGroups(c.sql, 'tasks', s);
    const last = g.groups[g.groups.length - 1]!;
    expect(last).toMatchObject({ key: 0, label: 'Chưa giao phòng phụ trách' });
    expect(last.count).toBe(n(c, 'SELECT count(*) AS n FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM task_departments d WHERE d.task_id = t.id)'));
    expect(g.total).toBe(n(c, 'SELECT count(*) AS n FROM task_departments') + last.count);
    const labels = g.groups.slice(0, -1).map((x) => x.label);
    expect(labels).toEqual([...labels].sort(compareVi));
    for (const grp of g.groups.slice(0, 3)) {
      const rows = allTasks(c, s, grp.key);
      expect(rows.length).toBe(grp.count);
      if (grp.key) expect(rows.every((r) => r.departments.some((d) => d.id === grp.key))).toBe(true);
    }
    const byPlan = listGroups(c.sql, 'tasks', view({ groupBy: 'plan' }));
    expect(byPlan.groups.find((x) => x.key === 1)).toMatchObject({ count: 50, label: expect.stringContaining('Dự thảo — Triển khai Đề án') });
    expect(byPlan.groups.find((x) => x.key === 3)?.label).toMatch(/^02-CTr\/TU — /);
  });

  it('uses the indexes for sorting and filtering (query plans)', () => {
    const c = core();
    const plans: string[] = [];
    const orig = c.sql.all.bind(c.sql);
    c.sql.all = ((q: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
      const compiled = q.compile();
      if (/^select "t"\."id" from "tasks"/.test(compiled.sql)) {
        plans.push((c.db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as Array<{ detail: string }>).map((r) => r.detail).join(' | '));
      }
      return orig(q as never);
    }) as typeof c.sql.all;
    listTaskWindow(c.sql, view({ sort: { key: 'title', dir: 'asc' } }), 0, 0, 10);
    listTaskWindow(c.sql, view({ sort: { key: 'deadline', dir: 'asc' } }), 0, 0, 10);
    listTaskWindow(c.sql, view({ filter: { planIds: [1] } }), 0, 0, 10);
    // the index gives the order: no sorting pass, however deep the window
    expect(plans[0]).toMatch(/SCAN t USING (COVERING )?INDEX tasks_title_folded/);
    expect(plans[0]).not.toMatch(/TEMP B-TREE/);
    expect(plans[1]).toMatch(/SCAN t USING (COVERING )?INDEX tasks_deadline_end/);
    expect(plans[1]).not.toMatch(/TEMP B-TREE/);
    expect(plans[2]).toMatch(/SEARCH t USING (COVERING )?INDEX tasks_plan_position \(plan_id=\?\)/);
  });
});

describe('Chỉ tiêu list', () => {
  it('shows every target, filters by plan, department and horizon year, and groups by plan', () => {
    const c = core();
    expect(listGroups(c.sql, 'targets', view({})).total).toBe(n(c, 'SELECT count(*) AS n FROM targets'));
    expect(listGroups(c.sql, 'targets', view({ filter: { planIds: [1] } })).total).toBe(53);
    const rows = listTargetWindow(c.sql, view({ filter: { planIds: [1] } }), 0, 0, 500);
    expect(rows.find((r) => r.code === '5.2')).toMatchObject({ name: expect.stringContaining('chuyển đổi số'), horizonYear: 2030 });
    const h2035 = listTargetWindow(c.sql, view({ filter: { planIds: [1], from: '2031-01-01', to: '2035-12-31' } }), 0, 0, 500);
    expect(h2035.length).toBeGreaterThan(0);
    expect(h2035.every((r) => r.horizonYear === 2035)).toBe(true);
    const dept = (c.db.prepare("SELECT id FROM organizations WHERE key = 'sgd-gd-trung-hoc'").get() as { id: number }).id;
    const byDept = listTargetWindow(c.sql, view({ filter: { departmentIds: [dept] } }), 0, 0, 500);
    expect(byDept.length).toBe(n(c, 'SELECT count(*) AS n FROM target_departments WHERE organization_id = ?', dept));
    const groups = listGroups(c.sql, 'targets', view({ groupBy: 'plan' })).groups;
    expect(groups.map((x) => x.key)).toEqual([...groups.map((x) => x.key)].sort((a, b) => a - b));
  });
});
