/**
 * Mapping profiles: a confirmed mapping is remembered under the signature of the header
 * (its folded texts, column by column), and applied automatically the next time a file
 * of the same shape comes in.
 */
import type { Sql } from '../db/exec';
import type { ProfileHint } from './analyze';
import { listProfiles, upsertProfile } from './repository';
import type { Field, TableKind } from './types';

export interface ProfileInput {
  signature: string;
  headers: string[];
  /** column index → field */
  columns: Record<string, Field | null>;
}

export function saveProfile(sql: Sql, kind: TableKind, p: ProfileInput): void {
  upsertProfile(sql, { signature: p.signature, kind, mapping: JSON.stringify(p.columns), headers: JSON.stringify(p.headers) });
}

export function profileHints(sql: Sql): ProfileHint[] {
  return listProfiles(sql).map((p) => ({ signature: p.signature, kind: p.table_kind, mapping: JSON.parse(p.mapping_json) as Record<string, Field | null> }));
}

export function profileList(sql: Sql) {
  return listProfiles(sql).map((p) => ({
    id: p.id,
    signature: p.signature,
    kind: p.table_kind,
    headers: JSON.parse(p.headers_json) as string[],
    mapping: JSON.parse(p.mapping_json) as Record<string, Field | null>,
    uses: p.uses,
    updatedAt: p.updated_at,
  }));
}
