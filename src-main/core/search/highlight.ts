/**
 * Highlight where a query matched inside the ORIGINAL text (with its diacritics), and cut
 * a snippet around the first match. The text is folded character by character keeping a
 * map back to the original positions, tokenised like the index, and the query phrases are
 * found as runs of consecutive tokens (the last token of the last phrase as a prefix).
 */
import { searchFold } from './query';
import type { QueryPlan } from './query';

export interface TextPart {
  text: string;
  hit: boolean;
}

interface Folded {
  text: string;
  /** start index in the original of each folded UTF-16 unit; one extra entry = original length */
  map: number[];
}

/** Folded form of one character; memoised (a few hundred distinct characters, folded per hit text). */
const charFolds = new Map<string, string>();
function foldChar(ch: string): string {
  let f = charFolds.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch) ? ' ' : searchFold(ch) || (/\p{M}/u.test(ch) ? '' : ch.toLowerCase());
    if (charFolds.size < 10_000) charFolds.set(ch, f);
  }
  return f;
}

function foldWithMap(original: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(original.length);
  return { text, map };
}

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** [start, end) ranges of the original text matched by the query plan, merged and sorted. */
export function matchRanges(original: string, plan: Pick<QueryPlan, 'words' | 'prefixLast'>): Array<[number, number]> {
  return matchInfo(original, plan).ranges;
}

export interface MatchInfo {
  ranges: Array<[number, number]>;
  /** how many of the typed words the text holds */
  words: number;
  /** the text holds all the words side by side, as typed */
  together: boolean;
}

/** Runs of consecutive tokens matching a phrase (last token a prefix when asked). */
function findPhrase(words: Array<{ t: string; s: number; e: number }>, phrase: string[], prefix: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let w = 0; w + phrase.length <= words.length; w++) {
    const ok = phrase.every((tok, k) => {
      const word = words[w + k]!.t;
      return prefix && k === phrase.length - 1 ? word.startsWith(tok) : word === tok;
    });
    if (!ok) continue;
    const last = words[w + phrase.length - 1]!;
    out.push([words[w]!.s, prefix ? last.s + phrase[phrase.length - 1]!.length : last.e]);
  }
  return out;
}

/**
 * Where the query matched. When the text holds all the words side by side, only those
 * occurrences are marked (not every stray "số" or "sở"); otherwise each word is.
 */
export function matchInfo(original: string, plan: Pick<QueryPlan, 'words' | 'prefixLast'>): MatchInfo {
  if (!original || plan.words.length === 0) return { ranges: [], words: 0, together: false };
  const folded = foldWithMap(original);
  const words = [...folded.text.matchAll(TOKEN)].map((m) => ({ t: m[0], s: m.index, e: m.index + m[0].length }));
  const toOriginal = ([s, e]: [number, number]): [number, number] => [folded.map[s]!, folded.map[e] ?? original.length];
  let found: Array<[number, number]> = [];
  let together = false;
  if (plan.words.length > 1) {
    found = findPhrase(words, plan.words.flatMap((w) => w[0]!), plan.prefixLast).map(toOriginal);
    together = found.length > 0;
  }
  let count = together ? plan.words.length : 0;
  if (!together) {
    plan.words.forEach((alternatives, wi) => {
      const prefix = plan.prefixLast && wi === plan.words.length - 1;
      const hits = alternatives.flatMap((phrase) => findPhrase(words, phrase, prefix));
      if (hits.length) count++;
      found.push(...hits.map(toOriginal));
    });
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of found) {
    const top = merged[merged.length - 1];
    // "chuyển đổi số" reads as one highlight, not three
    if (top && (r[0] <= top[1] || original.slice(top[1], r[0]).trim() === '')) top[1] = Math.max(top[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged, words: count, together };
}

/** Split text[from, to) into plain and highlighted parts. */
function partsOf(text: string, ranges: Array<[number, number]>, from: number, to: number): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  for (const [s0, e0] of ranges) {
    const s = Math.max(s0, from);
    const e = Math.min(e0, to);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

/**
 * A window of about maxLength characters around the first match, cut at word boundaries,
 * with "…" where text was left out; the whole text when it is short enough.
 */
export function snippetParts(original: string, ranges: Array<[number, number]>, maxLength = 180): TextPart[] {
  // line breaks and tabs read as spaces in a one-line snippet (same length: ranges stay valid)
  const text = original.replace(/\s/gu, ' ');
  if (text.length <= maxLength) return partsOf(text, ranges, 0, text.length);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && first - space < maxLength / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const parts = partsOf(text, ranges, start, end);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** Parts as one string with the matches between the given markers (for the CLI). */
export function markParts(parts: TextPart[], open = '[', close = ']'): string {
  return parts.map((p) => (p.hit ? `${open}${p.text}${close}` : p.text)).join('');
}
