import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { migrate, openDatabase, PLANDESK_APPLICATION_ID } from '../../src-main/core/db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/core/db/migrations';
import { databasePath } from '../../src-main/core/paths';
import { tempDir } from '../helpers/tmp';

describe('database open and migrations', () => {
  it('creates every table from empty, in WAL with foreign keys and a busy timeout', () => {
    const file = join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(PLANDESK_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of [
      'organizations',
      'organization_aliases',
      'documents',
      'document_links',
      'plans',
      'plan_blocks',
      'task_groups',
      'tasks',
      'task_organizations',
      'task_departments',
      'target_groups',
      'targets',
      'target_departments',
      'reporting_periods',
      'progress_entries',
      'import_batches',
      'audit_log',
    ]) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('refuses a database written by a newer PlanDesk and leaves it as it was', () => {
    const dir = tempDir();
    const file = databasePath(dir);
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => Core.open({ dataDir: dir })).toThrowError(/phiên bản PlanDesk mới hơn/);
    try {
      Core.open({ dataDir: dir });
    } catch (e) {
      expect((e as { code: string }).code).toBe('DB_TOO_NEW');
    }
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    after.close();
  });

  it('refuses a SQLite file that is not PlanDesk’s, and a file that is not SQLite', () => {
    const dir = tempDir();
    const foreign = new Database(databasePath(dir));
    foreign.exec('CREATE TABLE budget (x)');
    foreign.close();
    expect(() => Core.open({ dataDir: dir })).toThrowError(/không phải của PlanDesk/);

    const dir2 = tempDir();
    writeFileSync(databasePath(dir2), '%PDF-1.7 this is not a database'.repeat(200));
    expect(() => Core.open({ dataDir: dir2 })).toThrowError(/không đọc được như một cơ sở dữ liệu SQLite/);
  });

  it('applies pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const file = join(tempDir(), 'b.sqlite');
    const db = new Database(file);
    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (m: { exec(sql: string): unknown }) => {
          m.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, false, failing)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    const n = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type='table'").get() as { n: number };
    expect(n.n).toBe(0);
    db.close();
  });
});
