/**
 * Printed width of a line in Times New Roman, to size the short rules under header lines
 * (the decree sets them as a fraction of the text's length). Vietnamese letters take
 * the width of their base letter: the diacritics sit above or below it.
 */
import { TIMES_WIDTHS } from './font-metrics';

export type FontStyle = keyof typeof TIMES_WIDTHS;

const FALLBACK = 500;

/** Width of one character in thousandths of the font size (cached: a report measures every cell). */
const unitCache = new Map<string, number>();
function charUnits(ch: string, style: FontStyle): number {
  const key = style + ch;
  let units = unitCache.get(key);
  if (units === undefined) {
    const table = TIMES_WIDTHS[style];
    units = 0;
    for (const b of ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd')) {
      const c = b.codePointAt(0) ?? 0;
      units += c >= 32 && c <= 126 ? (table[c - 32] ?? FALLBACK) : FALLBACK;
    }
    unitCache.set(key, units);
  }
  return units;
}

export function textWidthMm(text: string, style: FontStyle, sizePt: number): number {
  let units = 0;
  // each precomposed letter measured on its own: "ệ" is the width of "e"
  for (const ch of text.normalize('NFC')) units += charUnits(ch, style);
  return ((units / 1000) * sizePt * 25.4) / 72;
}
