/** A plan's tasks and targets with every column and link, to compare before and after. */
import type Database from 'better-sqlite3';

export function dumpPlan(db: Database.Database, planId: number): string {
  const q = (sql: string) => db.prepare(sql).all(planId);
  // every column but the modification time, which records the undo itself (sync triggers)
  return JSON.stringify(
    {
    taskGroups: q('SELECT * FROM task_groups WHERE plan_id = ? ORDER BY id'),
    tasks: q('SELECT * FROM tasks WHERE plan_id = ? ORDER BY id'),
    taskOrgs: q('SELECT x.* FROM task_organizations x JOIN tasks t ON t.id = x.task_id WHERE t.plan_id = ? ORDER BY x.task_id, x.role, x.position'),
    taskDepts: q('SELECT x.* FROM task_departments x JOIN tasks t ON t.id = x.task_id WHERE t.plan_id = ? ORDER BY x.task_id, x.position'),
    targetGroups: q('SELECT * FROM target_groups WHERE plan_id = ? ORDER BY id'),
    targets: q('SELECT * FROM targets WHERE plan_id = ? ORDER BY id'),
    targetDepts: q('SELECT x.* FROM target_departments x JOIN targets t ON t.id = x.target_id WHERE t.plan_id = ? ORDER BY x.target_id, x.position'),
    },
    (key, value: unknown) => (key === 'updated_at' ? undefined : value),
  );
}

export function plan003Id(db: Database.Database): number {
  return (db.prepare("SELECT p.id FROM plans p JOIN documents d ON d.id = p.document_id WHERE d.key = 'kh-sgddt-2026-de-an-1042'").get() as { id: number }).id;
}
