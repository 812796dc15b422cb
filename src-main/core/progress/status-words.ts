/**
 * Status words as departments type them in a returned template (pure): the six names,
 * short forms ("Hoàn thành", "Đang thực hiện"), the API codes, with or without diacritics.
 * A word not in the list gets the nearest one as a suggestion, never a silent guess.
 */
import { fold } from '../vn/text';
import { CLAIM_LABELS, STATUS_CODES, type Claim } from './status-names';

const WORDS: Array<[string, Claim]> = [
  ...Object.entries(CLAIM_LABELS).map(([claim, label]) => [label, claim as Claim] as [string, Claim]),
  ['Đã hoàn thành', 'done'],
  ['Hoàn thành trong hạn', 'done_on_time'],
  ['Hoàn thành đúng tiến độ', 'done_on_time'],
  ['Hoàn thành chậm', 'done_late'],
  ['Hoàn thành muộn', 'done_late'],
  ['Chưa hoàn thành', 'in_progress'],
  ['Chưa hoàn thành trong hạn', 'in_progress'],
  ['Đang thực hiện', 'in_progress'],
  ['Đang triển khai', 'in_progress'],
  ['Quá hạn', 'overdue'],
  ['Chưa hoàn thành quá hạn', 'overdue'],
  ['Chậm tiến độ', 'overdue'],
  ['Chưa thực hiện', 'not_started'],
  ['Không thực hiện', 'dropped'],
  ['Điều chỉnh', 'dropped'],
  ['Dừng thực hiện', 'dropped'],
  ...STATUS_CODES.map((c) => [c, c] as [string, Claim]),
  ['done', 'done'],
];

/** Folded and stripped of punctuation: "Chưa hoàn thành, quá hạn" → "chua hoan thanh qua han". */
export function wordKey(text: string): string {
  return fold(text)
    .replace(/[()[\],./;:_\-–—"'“”!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, Claim>(WORDS.map(([w, c]) => [wordKey(w), c]));

export type WordMatch =
  | { kind: 'empty' }
  | { kind: 'exact'; claim: Claim; label: string; asWritten: boolean }
  | { kind: 'suggestion'; claim: Claim; label: string }
  | { kind: 'unknown' };

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export function matchStatusWord(text: string | null | undefined): WordMatch {
  const raw = (text ?? '').normalize('NFC').trim();
  const key = wordKey(raw);
  if (!key) return { kind: 'empty' };
  const exact = BY_KEY.get(key);
  if (exact) {
    const label = CLAIM_LABELS[exact];
    return { kind: 'exact', claim: exact, label, asWritten: raw === label };
  }
  let best: { claim: Claim; d: number } | null = null;
  for (const [k, claim] of BY_KEY) {
    const d = distance(key, k);
    if (!best || d < best.d) best = { claim, d };
  }
  if (best && best.d <= Math.max(2, Math.floor(key.length * 0.3))) {
    return { kind: 'suggestion', claim: best.claim, label: CLAIM_LABELS[best.claim] };
  }
  return { kind: 'unknown' };
}

/** "Đạt" / "Không đạt" (and "x" / "có" / "không"), for qualitative targets. */
export function matchMetWord(text: string | null | undefined): boolean | null | 'invalid' {
  const key = wordKey(text ?? '');
  if (!key) return null;
  if (['dat', 'da dat', 'co', 'x', 'yes', 'met', 'hoan thanh'].includes(key)) return true;
  if (['khong dat', 'chua dat', 'khong', 'no'].includes(key)) return false;
  return 'invalid';
}
