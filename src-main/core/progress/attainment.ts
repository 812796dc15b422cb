/**
 * Target attainment (pure): % of the target for numeric targets, met / not met for
 * qualitative ones, with a comparator-aware verdict: "≥ 85" is met by 86, "< 10" by 8.
 */
export interface TargetSpec {
  comparator: string | null;
  targetValue: number | null;
}

export interface Attainment {
  kind: 'numeric' | 'qualitative';
  /** % of the target (for "<"/"≤" targets: target ÷ actual, so 100 % still means "just met") */
  percent: number | null;
  met: boolean | null;
}

export function compareTo(actual: number, comparator: string, target: number): boolean {
  switch (comparator) {
    case '>=':
      return actual >= target;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target;
    case '<':
      return actual < target;
    case '=':
      return Math.abs(actual - target) < 1e-9;
    default:
      return false;
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function attainment(target: TargetSpec, actual: { actualValue: number | null; met: boolean | null }): Attainment {
  if (target.comparator && target.targetValue !== null) {
    const v = actual.actualValue;
    if (v === null) return { kind: 'numeric', percent: null, met: null };
    const lowerIsBetter = target.comparator === '<' || target.comparator === '<=';
    const ratio = lowerIsBetter ? (v === 0 ? null : target.targetValue / v) : target.targetValue === 0 ? null : v / target.targetValue;
    return { kind: 'numeric', percent: ratio === null ? null : round1(ratio * 100), met: compareTo(v, target.comparator, target.targetValue) };
  }
  return { kind: 'qualitative', percent: null, met: actual.met };
}
