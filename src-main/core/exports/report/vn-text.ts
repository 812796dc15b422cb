/** Small pieces of Vietnamese wording: percentages, lists, dates in running text. */
import { formatVnNumber } from '../../vn/format';

/** 12 of 50 → "24,0%": one decimal, comma as the decimal mark. */
export function percent(part: number, total: number): string {
  if (total <= 0) return '0,0%';
  return `${((part / total) * 100).toFixed(1).replace('.', ',')}%`;
}

/** A rate already in percent: 102.44 → "102,4%". */
export function percentValue(value: number): string {
  return `${value.toFixed(1).replace('.', ',')}%`;
}

/** "a", "a và b", "a, b và c". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Lower-case the first letter unless the word is an acronym ("Triển khai" → "triển khai", "UBND" stays). */
export function lowerFirst(text: string): string {
  const [a, b] = [...text];
  if (!a || !b || b !== b.toLocaleLowerCase('vi')) return text;
  return a.toLocaleLowerCase('vi') + text.slice(a.length);
}

export function upperFirst(text: string): string {
  const [a] = [...text];
  return a ? a.toLocaleUpperCase('vi') + text.slice(a.length) : text;
}

/** "2026-03-05" → "05/3/2026" (leading zero for days below 10 and months 1, 2, as in the date line). */
export function textDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return '';
  const d = Number(m[3]);
  const mo = Number(m[2]);
  return `${d < 10 ? `0${d}` : d}/${mo <= 2 ? `0${mo}` : mo}/${m[1]}`;
}

/**
 * A figure with its unit: (87, "%") → "87%"; (16000, "người") → "16.000 người";
 * "18; ≥ 3" with "Trường" → "18 trường; ≥ 3 trường". Text that is not a bare figure
 * ("Đạt", "100% xã, phường") stays as written.
 */
export function withUnit(value: string, unit: string | null): string {
  if (!unit || !value) return value;
  const u = unit.trim();
  return value
    .split('; ')
    .map((part) => {
      if (!/^[≥≤<>=~\s]*\d[\d.,]*\s*$/.test(part)) return part;
      return u.startsWith('%') ? `${part.trim()}${u}` : `${part.trim()} ${lowerFirst(u)}`;
    })
    .join('; ');
}

export function vnNumber(value: number): string {
  return formatVnNumber(value, 2);
}

/** A sentence ends with a full stop unless it already ends with punctuation. */
export function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?…:;]$/.test(t) ? t.replace(/[;:]$/, '.') : `${t}.`;
}

/** A multi-line name ("- Hoàn thành ...\n- Phấn đấu ...") as one run of text: "Hoàn thành ...; Phấn đấu ...". */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/^[-+]\s+/, '').replace(/[.;]$/, ''))
    .filter(Boolean)
    .join('; ')
    .replace(/:+$/, '');
}

/** Spaces that must not break a short phrase across lines ("Quý I/2026"). */
export function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
