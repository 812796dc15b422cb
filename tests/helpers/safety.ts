/** Helpers for the data-safety tests: API calls on a core, damaged and old databases. */
import Database from 'better-sqlite3';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { dispatch } from '../../src-main/api/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/api/contract/methods';
import type { ApiResult } from '../../src-main/api/contract/result';
import { Core } from '../../src-main/core/core';
import { migrate } from '../../src-main/core/db/open';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { databasePath } from '../../src-main/core/paths';

export async function api<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>> {
  return (await dispatch({ core, door: 'web', version: 'test' }, method, input)) as ApiResult<MethodOutput<M>>;
}

export async function ok<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await api(core, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export function count(core: Core | Database.Database, table: string): number {
  const db = core instanceof Core ? core.db : core;
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Overwrite a page in the middle of the file with garbage: the file still opens, quick_check fails. */
export function damagePages(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  try {
    for (const p of [Math.floor(pages / 2), Math.floor(pages / 2) + 1]) writeSync(fd, Buffer.alloc(pageSize, 0x41), 0, pageSize, p * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** A database as PlanDesk with data version 2 (before migration 3) left it, holding one document. */
export function makeVersion2Database(dataDir: string): void {
  const db = new Database(databasePath(dataDir));
  db.pragma('journal_mode = WAL');
  migrate(db, false, MIGRATIONS.slice(0, 2));
  db.prepare(
    "INSERT INTO documents (key, kind, issuer_agency, summary, summary_folded, status) VALUES ('old', 'ke_hoach', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Kế hoạch cũ', 'ke hoach cu', 'issued')",
  ).run();
  db.prepare("INSERT INTO app_meta (key, value) VALUES ('seeded_at', '2025-01-01T00:00:00Z')").run();
  db.close();
}
