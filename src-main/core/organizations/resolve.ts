/**
 * Resolve organisation text as officers write it against the registry (names, short
 * names, aliases), diacritics and punctuation ignored. A cell may list several bodies
 * separated by ";", ",", "và" or line breaks, but a comma or a line break may also sit
 * inside one name ("Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học"; PDF
 * conversions hard-wrap every line). So the cell is cut into pieces and the grouping of
 * pieces into bodies that the registry explains best is chosen (dynamic programming),
 * never a blind split. Unknown text gets a fuzzy suggestion.
 */
import type { Sql } from '../db/exec';
import { fold } from '../vn/text';
import { listOrganizations } from './repository';

export interface OrgSnapshot {
  id: number;
  key: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  aliases: string[];
}

export type OrgMatch = 'exact' | 'prefix' | 'fuzzy' | 'none' | 'chosen';

export interface ResolvedOrg {
  /** the body as written (line breaks as spaces) */
  text: string;
  orgId: number | null;
  orgName: string | null;
  match: OrgMatch;
  /** text after the body's name ("phụ trách y tế học đường"): the part it answers for */
  part: string | null;
  suggestion: { orgId: number; name: string; score: number } | null;
}

interface NameEntry {
  key: string;
  org: OrgSnapshot;
  grams: Set<string>;
}

export interface OrgRegistry {
  exact: Map<string, OrgSnapshot>;
  names: NameEntry[];
  cache: Map<string, SpanResult>;
}

/** Comparison form: folded, dashes unified, no spaces around punctuation, no bullet or end mark. */
export function orgMatchKey(text: string): string {
  return fold(text)
    .replace(/[–—−]/g, '-')
    .replace(/\s*([-&,/()])\s*/g, '$1')
    .replace(/^[-+•*]+\s*/, '')
    .replace(/[.;:,]+$/, '')
    .trim();
}

function bigrams(s: string): Set<string> {
  const t = s.replace(/[^a-z0-9]/g, '');
  const g = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) g.add(t.slice(i, i + 2));
  return g;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

export function buildOrgRegistry(orgs: OrgSnapshot[]): OrgRegistry {
  const exact = new Map<string, OrgSnapshot>();
  const names: NameEntry[] = [];
  // official names first, so an alias shared by two bodies never hides an official name
  const add = (text: string | null, org: OrgSnapshot, official: boolean) => {
    if (!text) return;
    const key = orgMatchKey(text);
    if (!key) return;
    if (!exact.has(key) || official) exact.set(key, org);
    names.push({ key, org, grams: bigrams(key) });
  };
  for (const o of orgs) add(o.name, o, true);
  for (const o of orgs) {
    add(o.shortName, o, false);
    for (const a of o.aliases) add(a, o, false);
  }
  return { exact, names, cache: new Map() };
}

interface SpanResult {
  match: OrgMatch;
  score: number;
  org: OrgSnapshot | null;
  part: string | null;
  suggestion: ResolvedOrg['suggestion'];
}

function lookup(reg: OrgRegistry, text: string): OrgSnapshot | undefined {
  const key = orgMatchKey(text);
  return reg.exact.get(key) ?? reg.exact.get(key.replace(/^(cac|nhung) /, ''));
}

function fuzzy(reg: OrgRegistry, key: string): { org: OrgSnapshot; score: number } | null {
  const g = bigrams(key);
  let top: { org: OrgSnapshot; score: number } | null = null;
  for (const n of reg.names) {
    const s = dice(g, n.grams);
    if (!top || s > top.score) top = { org: n.org, score: s };
  }
  return top;
}

const FUZZY_ACCEPT = 0.6;

function resolveSpan(reg: OrgRegistry, display: string): SpanResult {
  const cacheKey = display;
  const cached = reg.cache.get(cacheKey);
  if (cached) return cached;
  let result: SpanResult;
  const hit = lookup(reg, display);
  if (hit) result = { match: 'exact', score: 0, org: hit, part: null, suggestion: null };
  else {
    // "GD Trung học phụ trách ...": a known name followed by the part it answers for; the
    // name must end inside a piece (a name ending at "," or "và" is a list, not a part)
    const words = display.split(' ');
    let prefix: SpanResult | null = null;
    for (let k = words.length - 1; k >= 1 && !prefix; k--) {
      const head = words.slice(0, k).join(' ');
      const rest = words.slice(k).join(' ');
      if (/[,;]$/.test(head) || /^(và|với)\b/i.test(rest)) continue;
      const org = lookup(reg, head);
      if (org) prefix = { match: 'prefix', score: 0, org, part: rest.replace(/^[\s,:–-]+/, '').trim() || null, suggestion: null };
    }
    if (prefix) result = prefix;
    else {
      const f = fuzzy(reg, orgMatchKey(display));
      const suggestion = f && f.score >= FUZZY_ACCEPT ? { orgId: f.org.id, name: f.org.name, score: Math.round(f.score * 100) / 100 } : null;
      result = suggestion
        ? { match: 'fuzzy', score: -0.5 + (f!.score - FUZZY_ACCEPT) / 2, org: null, part: null, suggestion }
        : { match: 'none', score: -1, org: null, part: null, suggestion: null };
    }
  }
  if (reg.cache.size > 50_000) reg.cache.clear();
  reg.cache.set(cacheKey, result);
  return result;
}

/**
 * The score of a span of k pieces read as one body. A name the registry knows scores 3 per
 * piece it covers, minus a little per entry, so a longer known name beats cutting it into
 * known parts ("Giáo dục Mầm non và Giáo dục Tiểu học" is one department, not two older
 * ones), while two known names still beat one unknown text ("Sở Nội vụ và Sở Tài chính").
 */
function spanScore(span: SpanResult, k: number): number {
  switch (span.match) {
    case 'exact':
      return 3 * k - 0.5;
    case 'prefix':
      return 3 * k - 1.5;
    default:
      return span.score;
  }
}

interface Piece {
  start: number;
  end: number;
}

/** Pieces of one hard segment, cut at ",", " và " and line breaks. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /,|\n| và /g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[-+•*]\s*/, '')
    .replace(/[;,]+$/, '')
    .trim();
}

const MAX_SPAN = 10;

function resolveSegment(reg: OrgRegistry, seg: string): ResolvedOrg[] {
  const ps = pieces(seg);
  const n = ps.length;
  if (n === 0) return [];
  const best: Array<{ score: number; from: number; span: SpanResult | null }> = [{ score: 0, from: -1, span: null }];
  for (let j = 1; j <= n; j++) {
    best[j] = { score: -Infinity, from: -1, span: null };
    for (let i = Math.max(0, j - MAX_SPAN); i < j; i++) {
      const display = clean(seg.slice(ps[i]!.start, ps[j - 1]!.end));
      const span = resolveSpan(reg, display);
      const s = best[i]!.score + spanScore(span, j - i);
      if (s > best[j]!.score) best[j] = { score: s, from: i, span };
    }
  }
  const out: ResolvedOrg[] = [];
  for (let j = n; j > 0; j = best[j]!.from) {
    const b = best[j]!;
    const span = b.span!;
    out.unshift({
      text: clean(seg.slice(ps[b.from]!.start, ps[j - 1]!.end)),
      orgId: span.org?.id ?? null,
      orgName: span.org?.name ?? null,
      match: span.match,
      part: span.part,
      suggestion: span.suggestion,
    });
  }
  return out;
}

/** One entry per body as written, each resolved (or suggested) against the registry. */
export function resolveOrgList(reg: OrgRegistry, text: string | null | undefined): ResolvedOrg[] {
  if (!text) return [];
  const t = text.normalize('NFC').replace(/\r\n?/g, '\n');
  // hard breaks: ";" and a new line that starts a bullet
  const segments = t.split(/;|\n(?=\s*[-+•*])/);
  return segments.flatMap((s) => (s.trim() ? resolveSegment(reg, s) : []));
}

export type OrgResolver = (text: string | null | undefined) => number[];

/**
 * For pasted grid cells: the registry ids of the bodies a cell names, in order, counting
 * only confident matches (exact or prefix); unknown parts are left for the officer.
 */
export function orgResolver(sql: Sql): OrgResolver {
  const registry = buildOrgRegistry(listOrganizations(sql));
  return (text) => {
    const ids: number[] = [];
    for (const r of resolveOrgList(registry, text)) {
      if (r.orgId !== null && (r.match === 'exact' || r.match === 'prefix') && !ids.includes(r.orgId)) ids.push(r.orgId);
    }
    return ids;
  };
}
