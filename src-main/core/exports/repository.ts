/** Read-only look-ups the exports need beyond plans.get (SQL). */
import type { Sql } from '../db/exec';

/** Name of the organisation that issued a document, as kept in the register ("Sở Giáo dục và Đào tạo Hải Phòng"). */
export function issuerOrganizationName(sql: Sql, documentId: number): string | null {
  const row = sql.first(
    sql.qb
      .selectFrom('documents as d')
      .innerJoin('organizations as o', 'o.id', 'd.issuer_org_id')
      .select('o.name')
      .where('d.id', '=', documentId),
  );
  return row?.name ?? null;
}
