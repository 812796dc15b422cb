/**
 * A plan's reporting regime (pure): which periods it reports on, over which years, with
 * which due dates. Inferred from the periods the plan already lists (as transcribed from
 * its "Tổ chức thực hiện" section) and its years; `planPeriods` lists the periods it implies.
 */
import { fold } from '../vn/text';
import { defaultDueDate, halfWindow, quarterOf, quarterWindow, romanQuarter, yearsWindow, yearWindow, type Window } from './windows';
import { isoDate } from '../vn/dates';

export const GENERATED_KINDS = ['quarter', 'half', 'year', 'review', 'final'] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

export interface ExistingPeriod {
  kind: string;
  label: string;
  year: number | null;
  startDate: string | null;
  endDate: string | null;
  dueText: string | null;
  reporters: string | null;
}

export interface Regime {
  fromYear: number;
  toYear: number;
  quarterly: boolean;
  halfYearly: boolean;
  yearly: boolean;
  /** sơ kết every year ("Tổ chức sơ kết hằng năm") */
  yearlyReview: boolean;
  /** years of one-off reviews ("sơ kết 03 năm vào năm 2027") */
  reviewYears: number[];
  finalYear: number | null;
  /** a fixed yearly due date ("trước ngày 10/12 hằng năm") */
  yearDue: { day: number; month: number } | null;
  /** texts to copy onto generated periods, by kind */
  dueTextByKind: Partial<Record<GeneratedKind, string>>;
  reportersByKind: Partial<Record<GeneratedKind, string>>;
}

export interface PlannedPeriod {
  kind: GeneratedKind;
  label: string;
  year: number;
  window: Window;
  dueDate: string;
  dueText: string | null;
  reporters: string | null;
  /** identity used to skip a period the plan already has */
  identity: string;
}

export function periodIdentity(p: { kind: string; year: number | null; endDate: string | null; label: string }): string {
  const year = p.year ?? (p.endDate ? Number(p.endDate.slice(0, 4)) : null);
  if (p.kind === 'quarter') return `quarter:${year}:${quarterOf(p.endDate, p.label) ?? fold(p.label)}`;
  if (p.kind === 'adhoc' || p.kind === 'submission') return `${p.kind}:${fold(p.label)}`;
  return `${p.kind}:${year}`;
}

export function inferRegime(
  plan: { startYear: number | null; endYear: number | null },
  existing: ExistingPeriod[],
  todayYear: number,
  options: { kinds?: GeneratedKind[]; fromYear?: number; toYear?: number } = {},
): Regime {
  const years = existing.map((p) => p.year).filter((y): y is number => y !== null);
  const fromYear = options.fromYear ?? plan.startYear ?? (years.length ? Math.min(...years) : todayYear);
  const toYear = Math.max(fromYear, options.toYear ?? plan.endYear ?? (years.length ? Math.max(...years) : fromYear));
  const has = (k: string) => existing.some((p) => p.kind === k);
  const periodic = has('quarter') || has('half') || has('year');
  const reviews = existing.filter((p) => p.kind === 'review');
  const yearlyReview = reviews.some((p) => /\bhang nam\b/.test(fold(`${p.label} ${p.dueText ?? ''}`)));
  const finals = existing.filter((p) => p.kind === 'final' && p.year !== null);
  let yearDue: Regime['yearDue'] = null;
  for (const p of existing.filter((x) => x.kind === 'year')) {
    const m = /(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/)/.exec(fold(p.dueText ?? ''));
    if (m && /\bhang nam\b/.test(fold(p.dueText ?? '')) && isoDate(2000, Number(m[2]), Number(m[1]))) {
      yearDue = { day: Number(m[1]), month: Number(m[2]) };
      break;
    }
  }
  const dueTextByKind: Regime['dueTextByKind'] = {};
  const reportersByKind: Regime['reportersByKind'] = {};
  for (const p of existing) {
    const k = p.kind as GeneratedKind;
    if (!GENERATED_KINDS.includes(k)) continue;
    if (p.dueText && !dueTextByKind[k]) dueTextByKind[k] = p.dueText;
    if (p.reporters && !reportersByKind[k]) reportersByKind[k] = p.reporters;
  }
  const pick = (k: GeneratedKind, inferred: boolean) => (options.kinds ? options.kinds.includes(k) : inferred);
  return {
    fromYear,
    toYear,
    quarterly: pick('quarter', has('quarter')),
    halfYearly: pick('half', has('half')),
    yearly: pick('year', has('year') || !periodic),
    yearlyReview: pick('review', yearlyReview) && (yearlyReview || !!options.kinds),
    reviewYears: reviews.map((p) => p.year).filter((y): y is number => y !== null),
    finalYear: options.kinds && !options.kinds.includes('final') ? null : (finals[0]?.year ?? toYear),
    yearDue,
    dueTextByKind,
    reportersByKind,
  };
}

/** Every period the regime implies, in calendar order. */
export function planPeriods(r: Regime): PlannedPeriod[] {
  const out: PlannedPeriod[] = [];
  const add = (kind: GeneratedKind, label: string, year: number, window: Window, due?: string | null) =>
    out.push({
      kind,
      label,
      year,
      window,
      dueDate: due ?? defaultDueDate(window),
      dueText: r.dueTextByKind[kind] ?? null,
      reporters: r.reportersByKind[kind] ?? null,
      identity: periodIdentity({ kind, year, endDate: window.end, label }),
    });
  const yearDue = (y: number) => (r.yearDue ? isoDate(y, r.yearDue.month, r.yearDue.day) : null);
  for (let y = r.fromYear; y <= r.toYear; y++) {
    if (r.quarterly) for (let q = 1; q <= 4; q++) add('quarter', `Quý ${romanQuarter(q)}/${y}`, y, quarterWindow(y, q));
    if (r.halfYearly) add('half', `6 tháng đầu năm ${y}`, y, halfWindow(y));
    if (r.yearly) add('year', `Năm ${y}`, y, yearWindow(y), yearDue(y));
    if (r.yearlyReview || r.reviewYears.includes(y)) {
      add('review', r.yearlyReview ? `Sơ kết năm ${y}` : `Sơ kết giai đoạn ${r.fromYear}-${y}`, y, r.yearlyReview ? yearWindow(y) : yearsWindow(r.fromYear, y));
    }
  }
  if (r.finalYear !== null) {
    add('final', `Tổng kết giai đoạn ${r.fromYear}-${r.finalYear}`, r.finalYear, yearsWindow(r.fromYear, r.finalYear));
  }
  return out;
}
