/** The search index (FTS5, migration 3) and the source rows behind its hits (SQL). */
import { sql as rawSql, type RawBuilder } from 'kysely';
import type { Sql } from '../db/exec';
import { rawQuery } from '../progress/raw';

/** Index rowid = source id * 8 + kind code. */
export const KIND_CODE = { document: 1, block: 2, task: 3, target: 4, organization: 5 } as const;
export type SourceKind = keyof typeof KIND_CODE;
const KIND_BY_CODE = new Map<number, SourceKind>(Object.entries(KIND_CODE).map(([k, v]) => [v, k as SourceKind]));

export interface IndexHit {
  kind: SourceKind;
  id: number;
  score: number;
}

/** The index's vocabulary (fts5vocab), made once per connection in the temp schema: nothing stored, nothing written. */
const vocabularyOn = new WeakSet<object>();
function vocabulary(sql: Sql): void {
  if (vocabularyOn.has(sql.db)) return;
  sql.run(rawQuery(sql, rawSql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, search_index, 'row')`));
  vocabularyOn.add(sql.db);
}

/**
 * Whether the index holds a term that begins with `token` and is longer ("nguy" → "nguyen").
 * The range starts just past the token itself: fts5vocab counts a term's rows before it
 * returns it, so the token's own (long) doclist is never read; no longer term, no read at all.
 */
export function hasLongerTerm(sql: Sql, token: string): boolean {
  try {
    vocabulary(sql);
    const q = rawSql<{ term: string }>`SELECT term FROM temp.search_vocabulary WHERE term >= ${`${token}\u0001`} AND term < ${`${token}\u{10FFFF}`} LIMIT 1`;
    return sql.first(rawQuery(sql, q)) !== undefined;
  } catch {
    // the vocabulary cannot be read (a damaged index opened read-only): keep the prefix, always right
    return true;
  }
}

/** Weights of bm25: the title column counts five times the body. */
const RANK = rawSql<number>`bm25(search_index, 5.0, 1.0)`;

/** Best-ranked rows for a MATCH expression built by planQuery (never raw user text). */
export function matchIndex(sql: Sql, match: string, limit: number, kinds?: readonly SourceKind[]): IndexHit[] {
  let q = sql.qb
    .selectFrom('search_index')
    .select([rawSql<number>`rowid`.as('rowid'), RANK.as('score')])
    .where(rawSql<boolean>`search_index MATCH ${match}`);
  if (kinds && kinds.length) q = q.where(rawSql<number>`rowid & 7`, 'in', kinds.map((k) => KIND_CODE[k]));
  const rows = sql.all(q.orderBy('score').limit(limit));
  return rows.flatMap((r) => {
    const kind = KIND_BY_CODE.get(r.rowid & 7);
    return kind ? [{ kind, id: Math.floor(r.rowid / 8), score: r.score }] : [];
  });
}

/** How many rows match, counting no further than `cap` (the inner LIMIT stops the scan there). */
export function countMatchesUpTo(sql: Sql, match: string, cap: number, kinds?: readonly SourceKind[]): number {
  let inner = sql.qb.selectFrom('search_index').select(rawSql<number>`rowid`.as('rowid')).where(rawSql<boolean>`search_index MATCH ${match}`);
  if (kinds && kinds.length) inner = inner.where(rawSql<number>`rowid & 7`, 'in', kinds.map((k) => KIND_CODE[k]));
  const row = sql.first(sql.qb.selectFrom(inner.limit(cap).as('m')).select((eb) => eb.fn.countAll<number>().as('n')));
  return row?.n ?? 0;
}

function toHits(rows: Array<{ rowid: number }>, score: number): IndexHit[] {
  return rows.flatMap((r) => {
    const kind = KIND_BY_CODE.get(r.rowid & 7);
    return kind ? [{ kind, id: Math.floor(r.rowid / 8), score }] : [];
  });
}

/**
 * The newest matching rows (highest rowid first), no ranking function: FTS5 walks its
 * doclists backwards and stops after `limit` rows, whatever the number of matches.
 * `maxRowid` bounds the walk from below instead (ascending, all rows up to it; the caller
 * keeps the newest): used for the documents, whose rowids all lie low in the index. (A
 * backward walk from a bound is no cheaper in FTS5: it steps back from the end.) The bound is
 * an integer literal: as a bound JS number parameter FTS5 did not stop at it (measured on the
 * 100,000-task office: 20 ms instead of 0.4 ms), it takes a rowid bound only from an INTEGER.
 */
export function newestMatchesQuery(sql: Sql, match: string, limit: number, opts: { kinds?: readonly SourceKind[]; maxRowid?: number } = {}) {
  let q = sql.qb.selectFrom('search_index').select(rawSql<number>`rowid`.as('rowid')).where(rawSql<boolean>`search_index MATCH ${match}`);
  if (opts.kinds && opts.kinds.length) q = q.where(rawSql<number>`rowid & 7`, 'in', opts.kinds.map((k) => KIND_CODE[k]));
  return opts.maxRowid === undefined ? q.orderBy(rawSql`rowid`, 'desc').limit(limit) : q.where(rawSql<boolean>`rowid <= ${rawSql.lit(Math.trunc(opts.maxRowid))}`).orderBy(rawSql`rowid`, 'asc');
}

export function newestMatches(
  sql: Sql,
  match: string,
  limit: number,
  score: number,
  opts: { kinds?: readonly SourceKind[]; maxRowid?: number } = {},
): IndexHit[] {
  const rows = sql.all(newestMatchesQuery(sql, match, limit, opts));
  return toHits(opts.maxRowid === undefined ? rows : rows.reverse().slice(0, limit), score);
}

/** The highest rowid a row of these kinds can have in the index (documents and organisations are few: their rowids stay low). */
export function maxRowidOf(sql: Sql, kinds: ReadonlyArray<'document' | 'organization'>): number {
  const maxId = (table: 'documents' | 'organizations') =>
    sql.first(sql.qb.selectFrom(table).select((eb) => eb.fn.max<number | null>('id').as('m')))?.m ?? 0;
  const table = { document: 'documents', organization: 'organizations' } as const;
  return Math.max(0, ...kinds.map((k) => maxId(table[k]) * 8 + KIND_CODE[k]));
}

/** Ids of one kind of source row matching (for list filters): a sub-select usable in IN. */
export function matchingIdsQuery(sql: Sql, match: string, kind: SourceKind) {
  return sql.qb
    .selectFrom('search_index')
    .select(rawSql<number>`rowid >> 3`.as('id'))
    .where(rawSql<boolean>`search_index MATCH ${match}`)
    .where(rawSql<number>`rowid & 7`, '=', KIND_CODE[kind]);
}

/**
 * "This row matches": an FTS seek on the row's own rowid, for a caller walking rows in its
 * own order (cost per row, not per match).
 */
export function isMatchingRow(match: string, kind: SourceKind, id: RawBuilder<unknown>) {
  return rawSql<boolean>`EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH ${match} AND search_index.rowid = ${id} * 8 + ${rawSql.lit(KIND_CODE[kind])})`;
}

const planCols = ['p.id as planId', 'pd.number_symbol as planNumber', 'pd.summary as planSummary'] as const;

export function documentsByIds(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('documents as d')
      .leftJoin('plans as p', 'p.document_id', 'd.id')
      .select([
        'd.id',
        'd.kind',
        'd.number_symbol as numberSymbol',
        'd.summary',
        'd.issuer_agency as issuerAgency',
        'd.issuer_parent as issuerParent',
        'd.signer_name as signerName',
        'd.archived_at as archivedAt',
        'p.id as planId',
        // a document without its own plan opens on the first plan resting on it
        rawSql<number | null>`(SELECT cp.id FROM document_links l JOIN plans cp ON cp.document_id = l.from_document_id
          WHERE l.to_document_id = d.id ORDER BY cp.id LIMIT 1)`.as('citingPlanId'),
      ])
      .where('d.id', 'in', ids),
  );
}

export function blocksByIds(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('plan_blocks as b')
      .innerJoin('plans as p', 'p.id', 'b.plan_id')
      .innerJoin('documents as pd', 'pd.id', 'p.document_id')
      .select([
        'b.id',
        'b.kind',
        'b.numbering',
        'b.text',
        'pd.archived_at as archivedAt',
        ...planCols,
        rawSql<number>`(SELECT count(*) FROM plan_blocks x WHERE x.plan_id = b.plan_id AND (x.position < b.position OR (x.position = b.position AND x.id < b.id)))`.as(
          'blockIndex',
        ),
        rawSql<string | null>`(SELECT h.numbering || ' ' || h.text FROM plan_blocks h WHERE h.plan_id = b.plan_id AND h.kind = 'heading'
          AND h.position <= b.position ORDER BY h.position DESC LIMIT 1)`.as('sectionHeading'),
      ])
      .where('b.id', 'in', ids),
  );
}

export function tasksByIds(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('tasks as t')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .innerJoin('documents as pd', 'pd.id', 'p.document_id')
      .select([
        't.id',
        't.code',
        't.title',
        't.lead_text as leadText',
        't.coordinating_text as coordinatingText',
        't.output',
        't.departments_text as departmentsText',
        't.deadline_text as deadlineText',
        't.funding_source as fundingSource',
        't.note',
        'pd.archived_at as archivedAt',
        ...planCols,
      ])
      .where('t.id', 'in', ids),
  );
}

export function targetsByIds(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('targets as t')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .innerJoin('documents as pd', 'pd.id', 'p.document_id')
      .select([
        't.id',
        't.code',
        't.name',
        't.unit',
        't.target_text as targetText',
        't.departments_text as departmentsText',
        't.note',
        'pd.archived_at as archivedAt',
        ...planCols,
      ])
      .where('t.id', 'in', ids),
  );
}

export function organizationsByIds(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('organizations as o')
      .select([
        'o.id',
        'o.name',
        'o.short_name as shortName',
        'o.kind',
        'o.archived_at as archivedAt',
        rawSql<string | null>`(SELECT group_concat(a.alias, '; ') FROM organization_aliases a WHERE a.organization_id = o.id)`.as('aliases'),
      ])
      .where('o.id', 'in', ids),
  );
}
