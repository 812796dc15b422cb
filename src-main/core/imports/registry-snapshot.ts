/**
 * What the analysis matches against — the organisation registry and the remembered
 * mapping profiles — read by the import worker over its own read-only connection, so
 * the main thread runs no query and builds no snapshot for a file it only hands over
 * (with 1,000 organisations that cost it 15–150 ms per import on a busy machine).
 */
import Database from 'better-sqlite3';
import { createQueryBuilder, Sql } from '../db/exec';
import { listOrganizations } from '../organizations/repository';
import type { AnalyzeOptions } from './analyze';
import { profileHints } from './profiles';

export function registrySnapshot(sql: Sql): Required<Pick<AnalyzeOptions, 'orgs' | 'profiles'>> {
  return {
    orgs: listOrganizations(sql).map((o) => ({ id: o.id, key: o.key, name: o.name, shortName: o.shortName, kind: o.kind, aliases: o.aliases })),
    profiles: profileHints(sql),
  };
}

/** The snapshot from the database file (the worker's side). */
export function readRegistrySnapshot(dbPath: string): ReturnType<typeof registrySnapshot> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return registrySnapshot(new Sql(db, createQueryBuilder(db)));
  } finally {
    db.close();
  }
}
