/**
 * From what an officer types to a safe FTS5 MATCH expression.
 *
 * The query is folded exactly like the indexed text (fold(): case, tone and vowel marks,
 * đ/Đ; plus the OCR look-alikes ð/Ð), then cut into words on white space and each word
 * into tokens the way unicode61 cuts them (runs of letters and digits). Every word becomes
 * one quoted phrase, so "4.7.1" matches the code 4.7.1 and not any 4, 7 and 1; a word of
 * letters joined by punctuation also matches written together ("GD&ĐT" finds "GDĐT" too).
 * The last word is a prefix, so results come while typing. Tokens hold only letters and
 * digits and are always quoted, so nothing the user types (" * ( ) : ^ AND OR NOT NEAR)
 * is FTS syntax.
 */
import { fold } from '../vn/text';

/** Letters, digits and private-use characters: what unicode61 keeps inside a token. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const MAX_WORDS = 24;

/** The folded form used on both sides of the index (see migration 3). */
export function searchFold(text: string): string {
  return fold(text.replace(/ð/g, 'd').replace(/Ð/g, 'D'));
}

/** The tokens of an already folded text, as the index sees them. */
export function tokensOf(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** One typed word: its token sequence, and the alternative spellings it also matches. */
export type QueryWord = string[][];

export interface QueryPlan {
  /** per typed word, its alternatives, each a phrase of consecutive tokens */
  words: QueryWord[];
  /** the last token of the last word matches as a prefix */
  prefixLast: boolean;
  /** the MATCH expression, or null when the query holds nothing searchable */
  match: string | null;
  /** all words as one phrase (ranked first: the words side by side, as typed); null for one word */
  phraseMatch: string | null;
}

export interface QueryOptions {
  /** treat the last word as a prefix (default true) unless the query ends with a space */
  prefix?: boolean;
  /**
   * Last tokens the index holds no longer term for ("vien": no "vienx"): matched as a whole
   * token, the same rows as the prefix. FTS5 has prefix indexes for 2 and 3 letters only; a
   * longer prefix makes it merge the doclists of every term it covers before the first row,
   * about 2.5 ms per statement for a word in most rows, however few rows are then read.
   */
  wholeTokens?: ReadonlySet<string>;
}

function alternativesOf(tokens: string[]): QueryWord {
  const lettersOnly = tokens.length > 1 && tokens.every((t) => /^\p{L}+$/u.test(t));
  return lettersOnly ? [tokens, [tokens.join('')]] : [tokens];
}

const quote = (tokens: string[], prefix: boolean, whole?: ReadonlySet<string>) =>
  `"${tokens.join(' ')}"${prefix && !whole?.has(tokens[tokens.length - 1]!) ? '*' : ''}`;

/** The tokens matched as a prefix: the last token of each spelling of the last word. */
export function prefixTokens(plan: QueryPlan): string[] {
  const last = plan.words[plan.words.length - 1];
  return plan.prefixLast && last ? [...new Set(last.map((alt) => alt[alt.length - 1]!))] : [];
}

export function planQuery(query: string, options: QueryOptions = {}): QueryPlan {
  const words = searchFold(query)
    .split(' ')
    .map(tokensOf)
    .filter((t) => t.length > 0)
    .slice(0, MAX_WORDS)
    .map(alternativesOf);
  if (words.length === 0) return { words, prefixLast: false, match: null, phraseMatch: null };
  const prefixLast = options.prefix !== false && !/\s$/u.test(query);
  const match = words
    .map((alts, i) => {
      const prefix = prefixLast && i === words.length - 1;
      const whole = options.wholeTokens;
      return alts.length === 1 ? quote(alts[0]!, prefix, whole) : `(${alts.map((a) => quote(a, prefix, whole)).join(' OR ')})`;
    })
    .join(' AND ');
  const phraseMatch = words.length > 1 ? quote(words.flatMap((w) => w[0]!), prefixLast, options.wholeTokens) : null;
  return { words, prefixLast, match, phraseMatch };
}
