/**
 * Part I of the report draft, "KẾT QUẢ THỰC HIỆN": direction and deployment, results by
 * task group and by target with figures, results worth citing, general assessment.
 */
import type { BodyBlock } from '../model';
import { groupLabel } from '../plan/plan-tables';
import type { ReportData, TargetOutcome } from './gather';
import { assessmentSentence, countTargets, countTasks, groupSentence, targetFigureSentence, targetSummarySentence, taskSummarySentence } from './sentences';
import { isDone } from './status';
import { endSentence } from './vn-text';

const MAX_NOTABLE = 10;
const MAX_MET_LISTED = 15;
const MAX_EVIDENCE = 6;

export function targetFigure(o: TargetOutcome): string {
  const t = o.target;
  return targetFigureSentence({ name: t.name, unit: t.unit, targetText: t.targetText, comparator: t.comparator, targetValue: t.targetValue, actual: o.actual, rate: o.rate });
}

function directionSection(r: ReportData): BodyBlock[] {
  const plan = r.plan;
  const evidence = [...new Set(r.tasks.flatMap((o) => o.evidence))];
  const scope = [plan.tasks.length ? `${plan.tasks.length} nhiệm vụ` : '', plan.targets.length ? `${plan.targets.length} chỉ tiêu` : ''].filter(Boolean).join(' và ');
  const out: BodyBlock[] = [
    { kind: 'heading', level: 2, numbering: '1.', text: 'Công tác chỉ đạo, triển khai' },
    {
      kind: 'paragraph',
      numbering: null,
      text: `${r.agencyName} đã phân công các phòng chuyên môn theo dõi, đôn đốc các cơ quan, đơn vị thực hiện ${scope || 'các nội dung'} của Kế hoạch theo chức năng, nhiệm vụ được giao.${r.reporters.length ? ` ${r.period.opening}, có ${r.reporters.length} cơ quan, đơn vị gửi báo cáo kết quả thực hiện.` : ''}`,
    },
  ];
  if (evidence.length) {
    out.push({
      kind: 'paragraph',
      numbering: null,
      text: `Các văn bản chỉ đạo, triển khai đã ban hành trong kỳ: ${evidence.slice(0, MAX_EVIDENCE).join('; ')}${evidence.length > MAX_EVIDENCE ? ` và ${evidence.length - MAX_EVIDENCE} văn bản khác (chi tiết tại phụ lục)` : ''}.`,
    });
  }
  out.push({ kind: 'placeholder', text: '(Bổ sung các văn bản chỉ đạo, hội nghị quán triệt, hoạt động kiểm tra, đôn đốc trong kỳ.)' });
  return out;
}

function taskResults(r: ReportData, appendix: string): BodyBlock[] {
  const out: BodyBlock[] = [{ kind: 'heading', level: 4, numbering: 'a)', text: 'Về thực hiện nhiệm vụ' }];
  out.push({ kind: 'paragraph', numbering: null, text: `${taskSummarySentence(r.period.opening, countTasks(r.tasks.map((o) => o.status)))} Chi tiết tại ${appendix}.` });
  const groups = r.plan.taskGroups.filter((g) => r.tasks.some((o) => o.task.groupId === g.id));
  if (groups.length > 1) {
    out.push({ kind: 'paragraph', numbering: null, text: 'Kết quả theo từng nhóm nhiệm vụ:' });
    for (const g of groups) {
      const counts = countTasks(r.tasks.filter((o) => o.task.groupId === g.id).map((o) => o.status));
      out.push({ kind: 'bullet', marker: '-', text: groupSentence(`Nhóm ${groupLabel(g.code, g.title)}`, counts) });
    }
  }
  // the same sentence reported for several tasks is cited once
  const notable = [...new Map(r.tasks.filter((o) => isDone(o.status) && o.result.trim() !== '').map((o) => [o.result.trim(), o])).values()];
  if (notable.length) {
    out.push({ kind: 'paragraph', numbering: null, text: 'Một số kết quả nổi bật:' });
    for (const o of notable.slice(0, MAX_NOTABLE)) {
      out.push({ kind: 'bullet', marker: '-', text: endSentence(o.result.replace(/\n/g, '; ')) });
    }
  }
  return out;
}

function targetResults(r: ReportData, appendix: string): BodyBlock[] {
  const counts = countTargets(r.targets.map((o) => o.state));
  const out: BodyBlock[] = [
    { kind: 'heading', level: 4, numbering: 'b)', text: 'Về thực hiện chỉ tiêu' },
    { kind: 'paragraph', numbering: null, text: `${targetSummarySentence(r.period.opening, counts)} Chi tiết tại ${appendix}.` },
  ];
  const met = r.targets.filter((o) => o.state === 'met');
  if (met.length) {
    out.push({ kind: 'paragraph', numbering: null, text: 'Các chỉ tiêu đã đạt:' });
    for (const o of met.slice(0, MAX_MET_LISTED)) out.push({ kind: 'bullet', marker: '-', text: targetFigure(o) });
    if (met.length > MAX_MET_LISTED) out.push({ kind: 'bullet', marker: '-', text: `Và ${met.length - MAX_MET_LISTED} chỉ tiêu khác (chi tiết tại ${appendix}).` });
  }
  return out;
}

export function resultSections(r: ReportData, appendices: { tasks: string; targets: string }): BodyBlock[] {
  const taskCounts = countTasks(r.tasks.map((o) => o.status));
  const targetCounts = countTargets(r.targets.map((o) => o.state));
  return [
    ...directionSection(r),
    { kind: 'heading', level: 2, numbering: '2.', text: r.targets.length ? 'Kết quả thực hiện các nhiệm vụ, chỉ tiêu' : 'Kết quả thực hiện các nhiệm vụ' },
    ...taskResults(r, appendices.tasks),
    ...(r.targets.length ? targetResults(r, appendices.targets) : []),
    { kind: 'heading', level: 2, numbering: '3.', text: 'Đánh giá chung' },
    { kind: 'paragraph', numbering: null, text: assessmentSentence(taskCounts, targetCounts) },
  ];
}
