/**
 * Printed width of a line in Times New Roman, to size the short rules under header lines
 * (the decree sets them as a fraction of the text's length). Vietnamese letters take
 * the width of their base letter: the diacritics sit above or below it.
 */
import { TIMES_WIDTHS } from './font-metrics';

export type FontStyle = keyof typeof TIMES_WIDTHS;

const FALLBACK = 500;

export function textWidthMm(text: string, style: FontStyle, sizePt: number): number {
  const base = text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
  const table = TIMES_WIDTHS[style];
  let units = 0;
  for (const ch of base) {
    const c = ch.codePointAt(0) ?? 0;
    units += c >= 32 && c <= 126 ? (table[c - 32] ?? FALLBACK) : FALLBACK;
  }
  return ((units / 1000) * sizePt * 25.4) / 72;
}
