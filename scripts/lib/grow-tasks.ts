/**
 * Grow the seeded database to many tasks (and their departments, leads and some progress
 * entries) by copying the seed's own rows with varied codes and words, through plain SQL
 * so the search triggers run as they would for any writer. Used by
 * scripts/measure-workspace.ts (and meant for the benchmark of search and grid scrolling).
 */
import type { SqliteDb } from '../../src-main/core/db/open';

const WORDS = ['trường học', 'học sinh', 'giáo viên', 'phường Lê Chân', 'xã An Lão', 'đặc khu Cát Hải', 'Đợt ', 'năm học 2026-2027', 'bồi dưỡng', 'kiểm tra'];

export function growTasks(db: SqliteDb, total: number): void {
  const base = db.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number };
  const seedIds = (db.prepare('SELECT id FROM tasks ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  const period = db.prepare('SELECT id FROM reporting_periods ORDER BY id LIMIT 1').get() as { id: number } | undefined;
  const copyTask = db.prepare(`
    INSERT INTO tasks (plan_id, group_id, code, tt, position, title, title_folded, lead_text, coordinating_text, output,
      deadline_text, deadline_start, deadline_end, deadline_kind, departments_text, budget_text, budget_dong, funding_source)
    SELECT plan_id, group_id, code || '#' || @round, tt, position + @round * 1000, title || ' — ' || @word, title_folded || ' ' || @round,
      lead_text, coordinating_text, output, deadline_text,
      CASE WHEN deadline_start IS NULL THEN NULL ELSE date(deadline_start, '+' || (@round % 5) || ' years') END,
      CASE WHEN deadline_end IS NULL THEN NULL ELSE date(deadline_end, '+' || (@round % 5) || ' years') END,
      deadline_kind, departments_text, budget_text, budget_dong, funding_source
    FROM tasks WHERE id = @id`);
  const copyDepts = db.prepare(
    'INSERT INTO task_departments (task_id, organization_id, part_note, position) SELECT @to, organization_id, part_note, position FROM task_departments WHERE task_id = @from',
  );
  const copyOrgs = db.prepare(
    'INSERT INTO task_organizations (task_id, organization_id, role, position) SELECT @to, organization_id, role, position FROM task_organizations WHERE task_id = @from',
  );
  const progress = period
    ? db.prepare(`INSERT INTO progress_entries (period_id, task_id, status) VALUES (@period, @task, @status)`)
    : undefined;
  const statuses = ['done_on_time', 'in_progress', 'overdue', 'done_late'];
  db.transaction(() => {
    let n = base.n;
    for (let round = 1; n < total; round++) {
      for (const id of seedIds) {
        if (n >= total) break;
        const to = Number(copyTask.run({ round, id, word: `${WORDS[(round + id) % WORDS.length]} ${round}` }).lastInsertRowid);
        copyDepts.run({ to, from: id });
        copyOrgs.run({ to, from: id });
        if (progress && (round + id) % 3 === 0) progress.run({ period: period!.id, task: to, status: statuses[(round + id) % statuses.length] });
        n++;
      }
    }
  })();
}
