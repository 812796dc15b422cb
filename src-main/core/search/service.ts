/**
 * Search across documents, plans, body sections, tasks, targets and organisations, in any
 * spelling (case, diacritics, đ/Đ), ranked by bm25 (title weighs more than body), each hit
 * with its match highlighted in the original text. The UI (search.query), the CLI
 * (`search QUERY`) and the benchmark all call this one function.
 */
import type { Sql } from '../db/exec';
import { markParts, matchInfo, snippetParts, type MatchInfo, type TextPart } from './highlight';
import { planQuery, prefixTokens, searchFold, type QueryPlan } from './query';
import { COMMON_AT, rankCommon, rankPhraseOfCommonWords } from './common-words';
import {
  blocksByIds,
  countMatchesUpTo,
  documentsByIds,
  hasLongerTerm,
  matchIndex,
  organizationsByIds,
  targetsByIds,
  tasksByIds,
  type IndexHit,
  type SourceKind,
} from './repository';
import { indexAllPending } from './pending';

export const HIT_TYPES = ['plan', 'document', 'section', 'task', 'target', 'organization'] as const;
export type HitType = (typeof HIT_TYPES)[number];

export interface SearchHit {
  type: HitType;
  id: number;
  title: string;
  /** the matched passage with the matches between [ and ] */
  snippet: string;
  snippetParts: TextPart[];
  /** the plan to open (the plan itself, the row's plan, or for a document the first plan resting on it) */
  planId: number | null;
  planNumber: string | null;
  planSummary: string | null;
  /** task or target code (IV.1, 5.2) */
  code: string | null;
  /** position of a body block among its plan's blocks */
  blockIndex: number | null;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  types?: readonly HitType[];
  includeArchived?: boolean;
  /** from this many matches a tier is ranked as common words (see common-words.ts); tests lower it */
  commonAt?: number;
}

const SOURCE_OF: Record<HitType, SourceKind> = {
  plan: 'document',
  document: 'document',
  section: 'block',
  task: 'task',
  target: 'target',
  organization: 'organization',
};

const MAX_TITLE = 220;

function shorten(text: string, max = MAX_TITLE): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, t.lastIndexOf(' ', max - 1) > max / 2 ? t.lastIndexOf(' ', max - 1) : max - 1)}…`;
}

/** The text holding the words side by side, else most of them (the first on a tie), as snippet parts. */
function bestSnippet(plan: QueryPlan, texts: Array<string | null | undefined>): TextPart[] {
  let best: (MatchInfo & { text: string }) | undefined;
  for (const t of texts) {
    if (!t || t.trim() === '') continue;
    const m = matchInfo(t, plan);
    if (!best || Number(m.together) * 100 + m.words > Number(best.together) * 100 + best.words) best = { text: t, ...m };
  }
  return best ? snippetParts(best.text, best.ranges) : [];
}

type Partial = Omit<SearchHit, 'snippet' | 'snippetParts' | 'score'> & { texts: Array<string | null | undefined>; archived: boolean };

function hydrate(sql: Sql, hits: IndexHit[]): Map<string, Partial> {
  const ids = (k: SourceKind) => hits.filter((h) => h.kind === k).map((h) => h.id);
  const out = new Map<string, Partial>();
  const none = { planId: null, planNumber: null, planSummary: null, code: null, blockIndex: null };
  for (const d of documentsByIds(sql, ids('document'))) {
    out.set(`document:${d.id}`, {
      ...none,
      type: d.planId ? 'plan' : 'document',
      id: d.planId ?? d.id,
      title: shorten(d.numberSymbol ? `${d.numberSymbol} — ${d.summary}` : d.summary),
      planId: d.planId ?? d.citingPlanId,
      planNumber: d.planId ? d.numberSymbol : null,
      planSummary: d.planId ? d.summary : null,
      texts: [d.summary, d.numberSymbol, d.issuerAgency, d.issuerParent, d.signerName],
      archived: d.archivedAt !== null,
    });
  }
  for (const b of blocksByIds(sql, ids('block'))) {
    const heading = b.kind === 'heading' ? [b.numbering, b.text].filter(Boolean).join(' ') : b.sectionHeading;
    out.set(`block:${b.id}`, {
      ...none,
      type: 'section',
      id: b.id,
      title: shorten(heading ?? b.text, 160),
      planId: b.planId,
      planNumber: b.planNumber,
      planSummary: b.planSummary,
      blockIndex: b.blockIndex,
      texts: [b.text, b.numbering],
      archived: b.archivedAt !== null,
    });
  }
  for (const t of tasksByIds(sql, ids('task'))) {
    out.set(`task:${t.id}`, {
      ...none,
      type: 'task',
      id: t.id,
      title: shorten(t.title),
      planId: t.planId,
      planNumber: t.planNumber,
      planSummary: t.planSummary,
      code: t.code,
      texts: [t.title, t.code, t.leadText, t.coordinatingText, t.output, t.departmentsText, t.deadlineText, t.fundingSource, t.note],
      archived: t.archivedAt !== null,
    });
  }
  for (const t of targetsByIds(sql, ids('target'))) {
    out.set(`target:${t.id}`, {
      ...none,
      type: 'target',
      id: t.id,
      title: shorten(t.name),
      planId: t.planId,
      planNumber: t.planNumber,
      planSummary: t.planSummary,
      code: t.code,
      texts: [t.name, t.code, t.unit, t.targetText, t.departmentsText, t.note],
      archived: t.archivedAt !== null,
    });
  }
  for (const o of organizationsByIds(sql, ids('organization'))) {
    out.set(`organization:${o.id}`, {
      ...none,
      type: 'organization',
      id: o.id,
      title: o.name,
      texts: [o.name, o.shortName, o.aliases],
      archived: o.archivedAt !== null,
    });
  }
  return out;
}

/** Words typed with their marks ("lương"): a text holding them exactly ranks above "lượng". */
function accentedWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '' && w !== searchFold(w));
}

/**
 * Ranking: rows holding the words side by side as typed come first, then rows holding them
 * apart; inside each tier, rows spelling the typed marks exactly, then bm25 (or, for a tier
 * nearly every row matches, title matches then newest first: common-words.ts).
 */
export function search(sql: Sql, query: string, options: SearchOptions = {}): { hits: SearchHit[] } {
  const typed = planQuery(query);
  if (!typed.match) return { hits: [] };
  // a last word the index holds no longer term for is matched whole: same rows, no prefix merge
  const whole = new Set(prefixTokens(typed).filter((t) => !hasLongerTerm(sql, t)));
  const plan = whole.size ? planQuery(query, { wholeTokens: whole }) : typed;
  if (!plan.match) return { hits: [] };
  indexAllPending(sql); // rows a bulk write queued are found like every other row
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  const kinds = options.types?.length ? [...new Set(options.types.map((t) => SOURCE_OF[t]))] : undefined;
  // a few more than asked: archived rows and plan/document splits are dropped below
  const window = limit + 20;
  const commonAt = Math.max(window, options.commonAt ?? COMMON_AT);
  // bm25 for a selective tier; a bounded candidate set when nearly every row matches. Only
  // the words apart are counted (no positions to check): when they are selective, so is the
  // phrase, which matches a subset of their rows; when they are common, the phrase is walked,
  // not counted and ranked (common-words.ts: rankPhraseOfCommonWords)
  const apartCommon = countMatchesUpTo(sql, plan.match, commonAt, kinds) >= commonAt;
  const together = !plan.phraseMatch
    ? []
    : apartCommon
      ? rankPhraseOfCommonWords(sql, plan.phraseMatch, window, kinds)
      : matchIndex(sql, plan.phraseMatch, window, kinds);
  // enough rows hold the words side by side: those outrank every other row, no need to look further
  const apart = together.length >= window ? [] : apartCommon ? rankCommon(sql, plan.match, window, kinds) : matchIndex(sql, plan.match, window, kinds);
  const tiers = [together, apart];
  const seen = new Set<string>();
  const ranked: Array<IndexHit & { tier: number }> = [];
  tiers.forEach((list, tier) => {
    for (const h of list) {
      const key = `${h.kind}:${h.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        ranked.push({ ...h, tier });
      }
    }
  });
  const rows = hydrate(sql, ranked);
  const accented = accentedWords(query);
  const scored: Array<{ row: Partial; score: number; tier: number; exact: number }> = [];
  for (const h of ranked) {
    const row = rows.get(`${h.kind}:${h.id}`);
    if (!row || (row.archived && !options.includeArchived)) continue;
    if (options.types?.length && !options.types.includes(row.type)) continue;
    const all = accented.length ? row.texts.filter(Boolean).join(' ').normalize('NFC').toLowerCase() : '';
    scored.push({ row, score: h.score, tier: h.tier, exact: accented.filter((w) => all.includes(w)).length });
  }
  scored.sort((a, b) => a.tier - b.tier || b.exact - a.exact || a.score - b.score);
  // snippets (the costly part: every text folded and searched) only for the hits returned
  const hits = scored.slice(0, limit).map(({ row, score }): SearchHit => {
    const { texts, archived: _archived, ...rest } = row;
    const parts = bestSnippet(plan, texts);
    return { ...rest, snippet: markParts(parts), snippetParts: parts, score };
  });
  return { hits };
}
