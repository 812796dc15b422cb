/** Cell text turned into what is shown and stored. */

const ONE_LINE_ALREADY = /[^\S ]| {2}|^ | $/;

/** Line breaks turned into single spaces (the contract's texts, comparisons). */
export function oneLine(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  // most cells are one clean line already: test once instead of rebuilding the string
  const t = ONE_LINE_ALREADY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return t === '' ? null : t;
}

/**
 * The text to store: lines that start a bullet ("- ", "+ ", "•") keep their line break;
 * any other line break is a wrap (PDF conversions hard-wrap every line) and becomes a space.
 */
export function storedText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const lines = text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  if (!lines.length) return null;
  let out = lines[0]!;
  for (const l of lines.slice(1)) out += /^[-+•*]\s/.test(l) || /^[-+•]\S/.test(l) ? `\n${l}` : ` ${l}`;
  return out;
}

/** Same text for the purpose of a diff: whitespace and line breaks do not count. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (oneLine(a) ?? '') === (oneLine(b) ?? '');
}
