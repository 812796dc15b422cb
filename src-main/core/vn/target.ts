/**
 * Target values as officers write them: "≥ 85", "> 0,82", "< 10", "100", "70%",
 * "100% xã, phường, đặc khu", "16.000". Qualitative targets ("Đủ điều kiện",
 * "02 trường đại học quốc tế và ít nhất 01 ...") keep their text only.
 */
import { parseVnNumber } from './numbers';

export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface ParsedTarget {
  comparator: Comparator | null;
  value: number | null;
  /** "%" when the value carries a percent sign */
  percent: boolean;
}

const QUALITATIVE: ParsedTarget = { comparator: null, value: null, percent: false };

const COMPARATOR_PREFIX: Array<[RegExp, Comparator]> = [
  [/^(≥|>=|=>|tối thiểu|ít nhất|không dưới|từ)\s*/i, '>='],
  [/^(≤|<=|=<|tối đa|không quá|dưới hoặc bằng)\s*/i, '<='],
  [/^(>|trên|hơn)\s*/i, '>'],
  [/^(<|dưới)\s*/i, '<'],
  [/^=\s*/, '='],
];

/**
 * A plain number ("100", "16.000") means "reach at least this": comparator ">=".
 * A value followed by further figures ("90%, trong đó ít nhất 30% ...") is compound:
 * kept qualitative so nobody is misled by half a reading.
 */
export function parseTarget(text: string | null | undefined): ParsedTarget {
  if (!text) return QUALITATIVE;
  let t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  let comparator: Comparator = '>=';
  for (const [re, c] of COMPARATOR_PREFIX) {
    if (re.test(t)) {
      comparator = c;
      t = t.replace(re, '');
      break;
    }
  }
  const m = /^([+-]?[\d.,]+)\s*(%?)\s*(.*)$/.exec(t);
  if (!m) return QUALITATIVE;
  const value = parseVnNumber(m[1] ?? '');
  if (value === null) return QUALITATIVE;
  const rest = m[3] ?? '';
  if (/\d/.test(rest)) return QUALITATIVE;
  return { comparator, value, percent: m[2] === '%' };
}

/** "≥ 85" with unit "%" → "≥ 85 %"; for display beside the typed text. */
export function comparatorSymbol(c: Comparator | null): string {
  switch (c) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case '>':
      return '>';
    case '<':
      return '<';
    case '=':
      return '=';
    default:
      return '';
  }
}
