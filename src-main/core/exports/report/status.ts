/**
 * Where each task and target stands in a period, from its progress entries.
 * Tasks use the government's four-way split (đúng hạn, quá hạn, trong hạn, quá hạn chưa
 * hoàn thành) plus not started, dropped, submitted / not submitted, and "no report".
 * Targets are met, lagging, on track, or without figures.
 */

export const TASK_STATUSES = [
  'done_on_time',
  'done_late',
  'in_progress',
  'overdue',
  'not_started',
  'dropped',
  'submitted',
  'not_submitted',
  'no_report',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Đánh giá column of the task appendix. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện, trong hạn',
  overdue: 'Chưa hoàn thành, quá hạn',
  not_started: 'Chưa triển khai',
  dropped: 'Không thực hiện, điều chỉnh',
  submitted: 'Đã trình',
  not_submitted: 'Chưa trình',
  no_report: 'Chưa có báo cáo',
};

const DONE = new Set<TaskStatus>(['done_on_time', 'done_late', 'submitted']);

export function isDone(s: TaskStatus): boolean {
  return s === 'done_on_time' || s === 'done_late';
}

function asStatus(s: string): TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(s) ? (s as TaskStatus) : 'in_progress';
}

/**
 * One status for a task several units reported on: overdue if any unit is overdue;
 * done only when every unit is done (late if any was late); not started only when no
 * unit has started; dropped only when every unit dropped it; otherwise in progress.
 */
export function combineTaskStatus(statuses: string[]): TaskStatus {
  if (statuses.length === 0) return 'no_report';
  const all = statuses.map(asStatus);
  if (all.every((s) => s === 'dropped')) return 'dropped';
  const live = all.filter((s) => s !== 'dropped');
  if (live.some((s) => s === 'overdue')) return 'overdue';
  if (live.every((s) => DONE.has(s))) {
    if (live.some((s) => s === 'done_late')) return 'done_late';
    if (live.every((s) => s === 'submitted')) return 'submitted';
    return 'done_on_time';
  }
  if (live.every((s) => s === 'not_started')) return 'not_started';
  if (live.every((s) => s === 'not_submitted')) return 'not_submitted';
  return 'in_progress';
}

export type TargetState = 'met' | 'lagging' | 'on_track' | 'no_report';

export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  met: 'Đạt',
  lagging: 'Chậm tiến độ',
  on_track: 'Đang thực hiện',
  no_report: 'Chưa có số liệu',
};

export interface TargetFigures {
  comparator: string | null;
  targetValue: number | null;
  horizonYear: number | null;
}

export interface TargetReading {
  actualValue: number | null;
  status: string;
}

/** Whether an actual value satisfies the target ("≥ 85", "< 10", "100"). */
export function satisfies(actual: number, comparator: string | null, target: number): boolean {
  switch (comparator) {
    case '>':
      return actual > target;
    case '<':
      return actual < target;
    case '<=':
      return actual <= target;
    case '=':
    case '>=':
    case null:
    default:
      return actual >= target;
  }
}

/** Tỷ lệ đạt (actual / target, %) where more is better; null for "≤", "<" or no figures. */
export function attainmentRate(t: TargetFigures, actual: number | null): number | null {
  if (actual === null || t.targetValue === null || t.targetValue === 0) return null;
  if (t.comparator === '<' || t.comparator === '<=') return null;
  return (actual / t.targetValue) * 100;
}

/**
 * Met: the figure satisfies the target, or (qualitative target) the unit reports it done.
 * Lagging: the unit reports it overdue, or the target's year has come and it is not met.
 * On track: figures reported, not met yet, the target's year still ahead.
 */
export function targetState(t: TargetFigures, reading: TargetReading | null, periodYear: number | null): TargetState {
  if (!reading) return 'no_report';
  const numeric = t.targetValue !== null && reading.actualValue !== null;
  const met = numeric ? satisfies(reading.actualValue!, t.comparator, t.targetValue!) : reading.status === 'done_on_time' || reading.status === 'done_late';
  if (met) return 'met';
  if (reading.status === 'overdue') return 'lagging';
  if (t.horizonYear !== null && periodYear !== null && t.horizonYear <= periodYear) return 'lagging';
  return 'on_track';
}
