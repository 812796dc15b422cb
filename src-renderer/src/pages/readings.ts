/**
 * PlanDesk's reading of what the officer typed in a deadline, budget or target cell:
 * `01/04/2026 – 30/06/2026`, `10 275 852 000 000 đ`, `≥ 85 %`, or a gentle warning.
 * The same words in the saved cell (from the stored parse) and live in the cell editor
 * while typing (from the shared parsers in contract/vn-parse), so what the officer sees
 * before Enter is what the cell shows after.
 */
import { DEADLINE_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { formatDong, formatVnDate, formatVnNumber } from '../../../src-main/api/contract/vn-format';
import { parseDeadline, parseMoneyDong, parseTarget } from '../../../src-main/api/contract/vn-parse';

export interface Reading {
  text: string;
  /** true: PlanDesk could not read it (the text is kept as typed) */
  warn: boolean;
}

export const DEADLINE_UNREAD = 'Chưa đọc được thời hạn';
export const BUDGET_UNREAD = 'Chưa đọc được số tiền';

const COMPARATOR_SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export function deadlineReading(d: { kind: string; start: string | null; end: string | null }): Reading {
  if (d.start && d.end) return { text: d.start === d.end ? formatVnDate(d.start) : `${formatVnDate(d.start)} – ${formatVnDate(d.end)}`, warn: false };
  if (d.kind === 'unknown') return { text: DEADLINE_UNREAD, warn: true };
  const label = d.kind === 'ongoing' ? 'liên tục, không có mốc cụ thể' : d.kind === 'recurring' ? 'lặp lại định kỳ' : (DEADLINE_KIND_LABELS[d.kind] ?? d.kind);
  return { text: label, warn: false };
}

export function budgetReading(dong: number | null): Reading {
  return dong !== null ? { text: formatDong(dong), warn: false } : { text: BUDGET_UNREAD, warn: true };
}

export function targetReading(comparator: string | null, value: number | null, percent: boolean): Reading {
  if (value === null || !comparator) return { text: 'định tính (đạt / không đạt)', warn: false };
  return { text: `${COMPARATOR_SYMBOL[comparator] ?? ''} ${formatVnNumber(value)}${percent ? ' %' : ''}`, warn: false };
}

export type LiveKind = 'deadline' | 'budget' | 'target';

/** The reading of text being typed; null while the cell is blank. `unit` is the target's unit (a "%" unit reads as percent). */
export function liveReading(kind: LiveKind, text: string, unit?: string | null): Reading | null {
  if (text.trim() === '') return null;
  if (kind === 'deadline') return deadlineReading(parseDeadline(text));
  if (kind === 'budget') return budgetReading(parseMoneyDong(text));
  const p = parseTarget(text);
  return targetReading(p.comparator, p.value, p.percent || unit?.trim() === '%');
}
