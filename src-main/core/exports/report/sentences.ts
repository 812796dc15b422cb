/**
 * The report's generated Vietnamese: counts and shares of tasks by status, per group,
 * targets met and lagging with their figures, results worth citing, what is late and
 * why. Numbers in Vietnamese style ("12/50", "24,0%", "16.000"). Pure functions: the
 * tests drive them with tables of counts.
 */
import { comparatorSymbol, type Comparator } from '../../vn/target';
import type { TargetState, TaskStatus } from './status';
import { joinVi, oneLine, percent, percentValue, withUnit } from './vn-text';

export type TaskCounts = Record<TaskStatus, number>;
export type TargetCounts = Record<TargetState, number>;

export function emptyTaskCounts(): TaskCounts {
  return { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, not_started: 0, dropped: 0, submitted: 0, not_submitted: 0, no_report: 0 };
}

export function countTasks(statuses: TaskStatus[]): TaskCounts {
  const c = emptyTaskCounts();
  for (const s of statuses) c[s] += 1;
  return c;
}

export function countTargets(states: TargetState[]): TargetCounts {
  const c: TargetCounts = { met: 0, lagging: 0, on_track: 0, no_report: 0 };
  for (const s of states) c[s] += 1;
  return c;
}

/** How each status reads after a count: "3 nhiệm vụ hoàn thành quá hạn". */
const TASK_PHRASES: Array<[TaskStatus, string]> = [
  ['done_on_time', 'hoàn thành đúng hạn'],
  ['done_late', 'hoàn thành quá hạn'],
  ['submitted', 'đã trình cấp có thẩm quyền'],
  ['in_progress', 'đang thực hiện trong hạn'],
  ['overdue', 'quá hạn chưa hoàn thành'],
  ['not_started', 'chưa triển khai'],
  ['not_submitted', 'chưa trình cấp có thẩm quyền'],
  ['dropped', 'không thực hiện hoặc được điều chỉnh theo quyết định'],
  ['no_report', 'chưa có báo cáo kết quả'],
];

/**
 * "Trong Quý I/2026, có 12/50 nhiệm vụ hoàn thành đúng hạn (24,0%), 3 nhiệm vụ hoàn
 * thành quá hạn (6,0%) và 35 nhiệm vụ đang thực hiện trong hạn (70,0%)."
 */
export function taskSummarySentence(opening: string, c: TaskCounts): string {
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  if (total === 0) return `${opening}, Kế hoạch chưa có nhiệm vụ nào để theo dõi.`;
  const parts = TASK_PHRASES.filter(([s]) => c[s] > 0).map(([s, phrase], i) =>
    i === 0 ? `${c[s]}/${total} nhiệm vụ ${phrase} (${percent(c[s], total)})` : `${c[s]} nhiệm vụ ${phrase} (${percent(c[s], total)})`,
  );
  const done = c.done_on_time + c.done_late;
  const lead = done === 0 ? 'chưa có nhiệm vụ nào hoàn thành; ' : '';
  let sentence = `${opening}, ${lead}có ${joinVi(parts)}.`;
  if (c.done_on_time > 0 && c.done_late > 0) sentence += ` Tổng số nhiệm vụ đã hoàn thành là ${done}/${total} (${percent(done, total)}).`;
  return sentence;
}

/** "Nhóm I. Nâng cao nhận thức ... (6 nhiệm vụ): hoàn thành 5 nhiệm vụ (4 đúng hạn, 1 quá hạn); 1 nhiệm vụ đang thực hiện trong hạn." */
export function groupSentence(groupLabel: string, c: TaskCounts): string {
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  const done = c.done_on_time + c.done_late;
  const parts: string[] = [];
  if (done > 0) {
    const all = done === total && total > 1 ? 'cả ' : '';
    if (c.done_late === 0) parts.push(`hoàn thành ${all}${done} nhiệm vụ, đúng hạn`);
    else if (c.done_on_time === 0) parts.push(`hoàn thành ${all}${done} nhiệm vụ, quá hạn`);
    else parts.push(`hoàn thành ${all}${done} nhiệm vụ (${c.done_on_time} đúng hạn, ${c.done_late} quá hạn)`);
  }
  for (const [s, phrase] of TASK_PHRASES) {
    if (s === 'done_on_time' || s === 'done_late' || c[s] === 0) continue;
    parts.push(`${c[s] === total && total > 1 ? 'cả ' : ''}${c[s]} nhiệm vụ ${phrase}`);
  }
  return `${groupLabel} (${total} nhiệm vụ): ${parts.join('; ')}.`;
}

/**
 * "Trong Quý I/2026, có 20/53 chỉ tiêu đạt (37,7%), 5 chỉ tiêu chậm tiến độ (9,4%) và 28
 * chỉ tiêu chưa có số liệu đánh giá (52,8%)."
 */
export function targetSummarySentence(opening: string, c: TargetCounts): string {
  const total = c.met + c.lagging + c.on_track + c.no_report;
  if (total === 0) return '';
  const phrases: Array<[TargetState, string]> = [
    ['met', 'đạt'],
    ['on_track', 'đang thực hiện theo lộ trình, chưa đạt mức kế hoạch'],
    ['lagging', 'chậm tiến độ'],
    ['no_report', 'chưa có số liệu đánh giá'],
  ];
  const parts = phrases
    .filter(([s]) => c[s] > 0)
    .map(([s, phrase], i) => `${i === 0 ? `${c[s]}/${total}` : c[s]} chỉ tiêu ${phrase} (${percent(c[s], total)})`);
  const lead = c.met === 0 ? 'chưa có chỉ tiêu nào đạt mức kế hoạch; ' : '';
  return `${opening}, ${lead}có ${joinVi(parts)}.`;
}

export interface TargetFigureInput {
  name: string;
  unit: string | null;
  targetText: string | null;
  comparator: string | null;
  targetValue: number | null;
  actual: string;
  rate: number | null;
}

/** The plan's figure as written with its unit: "≥ 85%", "16.000 người", "Đủ điều kiện". */
export function plannedFigure(t: Pick<TargetFigureInput, 'unit' | 'targetText' | 'comparator' | 'targetValue'>): string {
  if (t.targetText && t.targetText.trim()) return withUnit(t.targetText.trim().replace(/\s*\n\s*/g, '; '), t.unit);
  if (t.targetValue === null) return '';
  const sym = comparatorSymbol((t.comparator as Comparator | null) ?? null);
  return withUnit(`${sym ? `${sym} ` : ''}${String(t.targetValue).replace('.', ',')}`, t.unit);
}

/** "Trường phổ thông đạt chuẩn quốc gia: đạt 87% (kế hoạch ≥ 85%; tỷ lệ đạt 102,4%)." */
export function targetFigureSentence(t: TargetFigureInput): string {
  const planned = plannedFigure(t);
  const details = [planned ? `kế hoạch ${planned}` : '', t.rate !== null ? `tỷ lệ đạt ${percentValue(t.rate)}` : ''].filter(Boolean);
  const actual = t.actual ? `thực hiện ${withUnit(t.actual, t.unit)}` : 'chưa có số liệu';
  return `${oneLine(t.name)}: ${actual}${details.length ? ` (${details.join('; ')})` : ''}.`;
}

/** The general assessment closing part I. */
export function assessmentSentence(c: TaskCounts, t: TargetCounts): string {
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  const onSchedule = c.done_on_time + c.done_late + c.in_progress + c.submitted;
  const problems: string[] = [];
  if (c.overdue > 0) problems.push(`${c.overdue} nhiệm vụ quá hạn chưa hoàn thành`);
  if (t.lagging > 0) problems.push(`${t.lagging} chỉ tiêu chậm tiến độ`);
  if (c.no_report > 0) problems.push(`${c.no_report} nhiệm vụ chưa có báo cáo kết quả`);
  if (total === 0) return 'Kế hoạch chưa có nhiệm vụ để đánh giá.';
  if (problems.length === 0) return 'Nhìn chung, các nhiệm vụ, chỉ tiêu của Kế hoạch được các cơ quan, đơn vị triển khai nghiêm túc, đúng tiến độ.';
  const head =
    onSchedule * 2 >= total
      ? 'Nhìn chung, phần lớn nhiệm vụ của Kế hoạch được các cơ quan, đơn vị triển khai đúng tiến độ; tuy nhiên, còn'
      : 'Tiến độ thực hiện Kế hoạch còn chậm: còn';
  return `${head} ${joinVi(problems)}, cần tập trung chỉ đạo, đôn đốc trong thời gian tới.`;
}
