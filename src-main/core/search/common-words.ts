/**
 * Ranking a match expression that nearly every row holds ("giáo dục", "Sở GDĐT").
 *
 * bm25 must visit every match before the best rows are known, and for a word in most rows
 * it also cannot tell them apart: its IDF falls to nothing (FTS5 clamps it to 1e-6), so the
 * order it pays 150 ms for over 100,000 matches is next to arbitrary. So a capped count
 * decides: under COMMON_AT matches the tier is ranked by bm25 as before (selective words
 * keep their exact ranking); at the cap, only a bounded candidate set is taken, without a
 * ranking function, in this order:
 *   1. plans and documents (and for the words side by side, organisations: NAMED), whose
 *      title (number, summary; name) holds the words — they are few, their rowids all lie
 *      low in the index, so reading all of them is cheap;
 *   2. the newest rows whose title holds the words (`{title} :` column filter, rowid DESC);
 *   3. the same named rows holding the words elsewhere, then the newest other rows.
 * Title first is what bm25's title weight gives for selective words, newest first is what
 * an officer wants when the words do not choose (this year's plans before 2016's), and a
 * rowid-DESC walk stops after `window` rows in FTS5, whatever the number of matches.
 *
 * The words side by side when each is common (rankPhraseOfCommonWords, "học bạ", "bán trú"):
 * FTS5 finds a phrase by checking positions in every row holding all its words, so however
 * few rows hold the phrase, counting it reads most of the index, and bm25 reads it twice more
 * (the match, then the phrase's weight). A newest-first walk stops after `window` rows: when
 * it finds fewer, those are all the rows and all are shown; else the phrase is ranked as above.
 */
import type { Sql } from '../db/exec';
import { maxRowidOf, newestMatches, type IndexHit, type SourceKind } from './repository';

/** From this many matches a tier is "common": ranked by the bounded candidate set. */
export const COMMON_AT = 2000;

/**
 * Rows looked up by name, few and with the lowest ids: walked whole, listed first (in this
 * order). Organisations only for the words side by side: apart, a prefix finds too many
 * by chance ("bán trú" → "Ủy ban nhân dân phường Quang Trung").
 */
const NAMED = ['document', 'organization'] as const satisfies readonly SourceKind[];
type NamedKind = (typeof NAMED)[number];
const DOCUMENTS_ONLY: readonly NamedKind[] = ['document'];
/**
 * At most this many organisations holding the words are listed first: more, and the words
 * name a kind of organisation ("mầm non": every preschool), not one; the tasks come first
 * then (unless only organisations are asked for).
 */
const ORGANIZATION_NAMES = 10;
/** Order of a complete list: the named rows, then plan sections, then tasks and targets. */
const LISTED_FIRST: readonly SourceKind[] = [...NAMED, 'block'];

/** Candidate scores: in the title, elsewhere (bm25 scores are negative, best lowest; these compare among themselves). */
const IN_TITLE = -2;
const ELSEWHERE = -1;

const keyOf = (h: IndexHit) => `${h.kind}:${h.id}`;

/**
 * By kind (LISTED_FIRST order, the rest after), keeping the walk's newest-first order inside
 * each, except organisations: in the order they were registered (the Sở's own bodies and the
 * bodies it works with first, "Sở Y tế" before "Trường Cao đẳng Y tế"), newer is not nearer.
 */
function byKind(hits: IndexHit[]): IndexHit[] {
  const rank = (h: IndexHit) => (LISTED_FIRST.includes(h.kind) ? LISTED_FIRST.indexOf(h.kind) : LISTED_FIRST.length);
  return [...hits].sort((a, b) => rank(a) - rank(b) || (a.kind === 'organization' && b.kind === 'organization' ? a.id - b.id : 0));
}

/**
 * The side-by-side tier when each word is common. Fewer than `window` rows hold the phrase:
 * one walk found them all (plans, organisations and sections first, then newest first).
 */
export function rankPhraseOfCommonWords(sql: Sql, phrase: string, window: number, kinds?: readonly SourceKind[]): IndexHit[] {
  const newest = newestMatches(sql, phrase, window, ELSEWHERE, { kinds });
  return newest.length < window ? byKind(newest) : rankCommon(sql, phrase, window, kinds, NAMED);
}

export function rankCommon(sql: Sql, match: string, window: number, kinds?: readonly SourceKind[], namedKinds = DOCUMENTS_ONLY): IndexHit[] {
  const title = `{title} : (${match})`;
  const named = namedKinds.filter((k) => !kinds || kinds.includes(k));
  const others = kinds?.filter((k) => !(namedKinds as readonly SourceKind[]).includes(k));
  const otherKinds = others?.length ? others : kinds ? null : undefined;
  const out: IndexHit[] = [];
  const seen = new Set<string>();
  const add = (hits: IndexHit[]) => {
    for (const h of hits) {
      const key = keyOf(h);
      if (out.length < window && !seen.has(key)) {
        seen.add(key);
        out.push(h);
      }
    }
  };
  const maxNamed = named.length ? maxRowidOf(sql, named) : 0;
  // every named match up to the bound, by kind (byKind)
  const namedWalk = (m: string, score: number) => {
    const hits = named.length ? byKind(newestMatches(sql, m, Number.MAX_SAFE_INTEGER, score, { kinds: named, maxRowid: maxNamed })) : [];
    const tooMany = otherKinds !== null && hits.filter((h) => h.kind === 'organization').length > ORGANIZATION_NAMES;
    return tooMany ? hits.filter((h) => h.kind !== 'organization') : hits;
  };
  add(namedWalk(title, IN_TITLE));
  if (otherKinds !== null) add(newestMatches(sql, title, window, IN_TITLE, { kinds: otherKinds }));
  if (out.length < window) add(namedWalk(match, ELSEWHERE));
  if (out.length < window && otherKinds !== null) add(newestMatches(sql, match, window, ELSEWHERE, { kinds: otherKinds }));
  return out;
}
