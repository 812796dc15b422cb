/**
 * Ranking a match expression that nearly every row holds ("giáo dục", "Sở GDĐT").
 *
 * bm25 must visit every match before the best rows are known, and for a word in most rows
 * it also cannot tell them apart: its IDF falls to nothing (FTS5 clamps it to 1e-6), so the
 * order it pays 150 ms for over 100,000 matches is next to arbitrary. So a capped count
 * decides: under COMMON_AT matches the tier is ranked by bm25 as before (selective words
 * keep their exact ranking); at the cap, only a bounded candidate set is taken, without a
 * ranking function, in this order:
 *   1. plans and documents whose title (number, summary) holds the words — they are few,
 *      their rowids all lie low in the index, so reading all of them is cheap;
 *   2. the newest rows whose title holds the words (`{title} :` column filter, rowid DESC);
 *   3. plans and documents holding the words elsewhere, then the newest other rows.
 * Title first is what bm25's title weight gives for selective words, newest first is what
 * an officer wants when the words do not choose (this year's plans before 2016's), and a
 * rowid-DESC walk stops after `window` rows in FTS5, whatever the number of matches.
 */
import type { Sql } from '../db/exec';
import { maxDocumentRowid, newestMatches, type IndexHit, type SourceKind } from './repository';

/** From this many matches a tier is "common": ranked by the bounded candidate set. */
export const COMMON_AT = 2000;

/** Candidate scores: in the title, elsewhere (bm25 scores are negative, best lowest; these compare among themselves). */
const IN_TITLE = -2;
const ELSEWHERE = -1;

export function rankCommon(sql: Sql, match: string, window: number, kinds?: readonly SourceKind[]): IndexHit[] {
  const title = `{title} : (${match})`;
  const docs = !kinds || kinds.includes('document');
  const others = kinds?.filter((k) => k !== 'document');
  const otherKinds = others?.length ? others : kinds ? null : undefined;
  const out: IndexHit[] = [];
  const seen = new Set<string>();
  const add = (hits: IndexHit[]) => {
    for (const h of hits) {
      const key = `${h.kind}:${h.id}`;
      if (out.length < window && !seen.has(key)) {
        seen.add(key);
        out.push(h);
      }
    }
  };
  const maxDoc = docs ? maxDocumentRowid(sql) : 0;
  if (docs) add(newestMatches(sql, title, window, IN_TITLE, { kinds: ['document'], maxRowid: maxDoc }));
  if (otherKinds !== null) add(newestMatches(sql, title, window, IN_TITLE, { kinds: otherKinds }));
  if (out.length < window && docs) add(newestMatches(sql, match, window, ELSEWHERE, { kinds: ['document'], maxRowid: maxDoc }));
  if (out.length < window && otherKinds !== null) add(newestMatches(sql, match, window, ELSEWHERE, { kinds: otherKinds }));
  return out;
}
