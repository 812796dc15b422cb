/** Cell text turned into what is shown and stored. */
import { oneLine } from '../../api/contract/one-line';

export { oneLine };

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
