/** Money as officers write it ("10.275,852 tỷ đồng") → whole đồng as an integer. */
import { splitVnDecimal } from './numbers';
import { fold } from './text';

const SCALES: Array<[RegExp, bigint]> = [
  [/^(ty|ti)\b/, 1_000_000_000n],
  [/^trieu\b/, 1_000_000n],
  [/^(nghin|ngan)\b/, 1_000n],
  [/^(dong|d|vnd)\b/, 1n],
];

/**
 * "10.275,852 tỷ đồng" → 10275852000000; "1.500 triệu đồng" → 1500000000;
 * "250 tỷ đồng" → 250000000000. Null when no amount can be read or the amount
 * is not a whole number of đồng or exceeds the safe integer range.
 */
export function parseMoneyDong(text: string | null | undefined): number | null {
  if (!text) return null;
  const folded = fold(text);
  const m = /^(?:khoang |tong |tong kinh phi:? |du kien )?([+-]?[\d.,]+)\s*(.*)$/.exec(folded);
  if (!m || !m[1]) return null;
  const parts = splitVnDecimal(m[1]);
  if (!parts) return null;
  const rest = (m[2] ?? '').trim();
  let scale: bigint | null = rest === '' ? 1n : null;
  for (const [re, s] of SCALES) {
    if (re.test(rest)) {
      scale = s;
      break;
    }
  }
  if (scale === null) return null;
  const digits = BigInt(parts.whole + parts.fraction);
  const divisor = 10n ** BigInt(parts.fraction.length);
  const scaled = digits * scale;
  if (scaled % divisor !== 0n) return null;
  const dong = scaled / divisor;
  if (dong > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(dong);
}
