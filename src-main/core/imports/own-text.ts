/**
 * Cell texts that own their characters, each distinct text once.
 *
 * A text cut out of a larger string (a regular expression match, `slice`, a parser's text
 * event) is, in V8, a view into that string (a "sliced string", from 13 characters on):
 * keeping the cell text keeps the whole string it was cut from alive. The readers cut
 * cell texts out of the decoded pieces of the sheet or document XML (~600 KB each), so a
 * 50,000-row table kept every piece, i.e. the whole sheet XML as text: 83 of the 197 MB
 * that the finished analysis held (docs/BENCHMARKS.md, "Peak memory"). And the same text
 * in many cells (a lead body, "Các Sở, ban, ngành, …", a deadline) was one string per cell.
 *
 * `cellTexts()` gives a reader a function that returns, for a text, the one copy of it
 * that the reader keeps: made once (so no XML stays alive behind it) and shared by every
 * cell holding the same text. The map lives as long as one file's read.
 */

/**
 * A copy of `s` that is not a view into another string. A concatenation is a rope that
 * points at its parts; reading a character makes V8 flatten it into a new string of its
 * own, and the text after the added first character is then cut from that new string, not
 * from the XML. About 0.1 µs a text (a round trip through a Buffer: 0.8 µs). Texts under
 * 13 characters are copies already.
 */
export function ownText(s: string): string {
  if (s.length < 13) return s;
  const rope = ` ${s}`;
  rope.charCodeAt(1); // flattens the rope into a string of its own
  return rope.slice(1);
}

/** One reader's store of cell texts: the kept copy of each distinct text. */
export function cellTexts(): (s: string) => string {
  const kept = new Map<string, string>();
  return (s) => {
    if (s === '') return s;
    let own = kept.get(s);
    if (own === undefined) {
      own = ownText(s);
      kept.set(own, own); // keyed by the copy: the key must not hold the XML either
    }
    return own;
  };
}
