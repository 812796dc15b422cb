/**
 * `check`: the whole file (integrity_check), foreign keys, orphan rows that no foreign key
 * catches (a task in a group of another plan, progress on a task of another plan, a record
 * without its stable id), and every full-text index against its content.
 */
import { sql as rawSql, type Compilable } from 'kysely';
import type { Sql } from '../db/exec';
import type { SqliteDb } from '../db/open';
import { integrityProblems } from './integrity';

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: Array<{ table: string; parent: string; rows: number }>;
  orphans: Array<{ kind: string; label: string; rows: number }>;
  fts: Array<{ table: string; ok: boolean | null; message: string | null }>;
}

function foreignKeyProblems(db: SqliteDb): CheckReport['foreignKeys'] {
  const rows = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
  const counts = new Map<string, { table: string; parent: string; rows: number }>();
  for (const r of rows) {
    const key = `${r.table}→${r.parent}`;
    const c = counts.get(key) ?? { table: r.table, parent: r.parent, rows: 0 };
    c.rows++;
    counts.set(key, c);
  }
  return [...counts.values()];
}

const UID_TABLES = [
  'organizations', 'documents', 'plans', 'plan_blocks', 'plan_appendices', 'task_groups',
  'tasks', 'target_groups', 'targets', 'reporting_periods', 'progress_entries',
] as const;

function orphanProblems(sql: Sql): CheckReport['orphans'] {
  const count = (q: Compilable<{ n: number }>) => Number(sql.first(q)?.n ?? 0);
  const n = rawSql<number>`count(*)`.as('n');
  const found: CheckReport['orphans'] = [
    {
      kind: 'task-group-plan',
      label: 'Nhiệm vụ thuộc nhóm của kế hoạch khác',
      rows: count(sql.qb.selectFrom('tasks as t').innerJoin('task_groups as g', 'g.id', 't.group_id').select(n).whereRef('g.plan_id', '!=', 't.plan_id')),
    },
    {
      kind: 'target-group-plan',
      label: 'Chỉ tiêu thuộc nhóm của kế hoạch khác',
      rows: count(sql.qb.selectFrom('targets as t').innerJoin('target_groups as g', 'g.id', 't.group_id').select(n).whereRef('g.plan_id', '!=', 't.plan_id')),
    },
    {
      kind: 'target-group-parent-plan',
      label: 'Nhóm chỉ tiêu nằm trong nhóm của kế hoạch khác',
      rows: count(sql.qb.selectFrom('target_groups as g').innerJoin('target_groups as p', 'p.id', 'g.parent_id').select(n).whereRef('p.plan_id', '!=', 'g.plan_id')),
    },
    {
      kind: 'progress-task-plan',
      label: 'Kết quả thực hiện ghi cho nhiệm vụ của kế hoạch khác kỳ báo cáo',
      rows: count(
        sql.qb
          .selectFrom('progress_entries as e')
          .innerJoin('reporting_periods as r', 'r.id', 'e.period_id')
          .innerJoin('tasks as t', 't.id', 'e.task_id')
          .select(n)
          .whereRef('t.plan_id', '!=', 'r.plan_id'),
      ),
    },
    {
      kind: 'progress-target-plan',
      label: 'Kết quả thực hiện ghi cho chỉ tiêu của kế hoạch khác kỳ báo cáo',
      rows: count(
        sql.qb
          .selectFrom('progress_entries as e')
          .innerJoin('reporting_periods as r', 'r.id', 'e.period_id')
          .innerJoin('targets as t', 't.id', 'e.target_id')
          .select(n)
          .whereRef('t.plan_id', '!=', 'r.plan_id'),
      ),
    },
  ];
  for (const table of UID_TABLES) {
    found.push({
      kind: `missing-uid:${table}`,
      label: `Bản ghi thiếu mã định danh (${table})`,
      rows: count(sql.qb.selectFrom(table).select(n).where('uid', 'is', null)),
    });
  }
  return found.filter((o) => o.rows > 0);
}

function ftsProblems(db: SqliteDb, readOnly: boolean): CheckReport['fts'] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND (lower(sql) LIKE '%using fts5%' OR lower(sql) LIKE '%using fts4%')")
    .all() as Array<{ name: string }>;
  return tables.map(({ name }) => {
    if (readOnly) return { table: name, ok: null, message: 'Không kiểm tra được khi dữ liệu đang ở chế độ chỉ đọc.' };
    const quoted = `"${name.replace(/"/g, '""')}"`;
    try {
      try {
        // external-content index: compare with its content table too
        db.prepare(`INSERT INTO ${quoted}(${quoted}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (e) {
        if (!/rank/i.test((e as Error).message)) throw e;
        db.prepare(`INSERT INTO ${quoted}(${quoted}) VALUES ('integrity-check')`).run();
      }
      return { table: name, ok: true, message: null };
    } catch (e) {
      return { table: name, ok: false, message: (e as Error).message };
    }
  });
}

export function checkDatabase(sql: Sql, readOnly: boolean): CheckReport {
  const db = sql.db;
  const integrity = integrityProblems(db, 'full');
  let foreignKeys: CheckReport['foreignKeys'] = [];
  let orphans: CheckReport['orphans'] = [];
  let fts: CheckReport['fts'] = [];
  try {
    foreignKeys = foreignKeyProblems(db);
    orphans = orphanProblems(sql);
    fts = ftsProblems(db, readOnly);
  } catch (e) {
    integrity.push(`Không đọc được dữ liệu để kiểm tra: ${(e as Error).message}`);
  }
  const ok = integrity.length === 0 && foreignKeys.length === 0 && orphans.length === 0 && fts.every((f) => f.ok !== false);
  return { ok, integrity, foreignKeys, orphans, fts };
}
