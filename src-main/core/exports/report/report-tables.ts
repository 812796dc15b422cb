/**
 * The report's appendix tables: task progress (TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị
 * phối hợp | Thời hạn | Kết quả thực hiện | Đánh giá | Ghi chú) and target attainment
 * (TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu kế hoạch | Kết quả thực hiện | Tỷ lệ đạt | Đánh giá).
 */
import type { TableModel, TableRow } from '../model';
import { groupLabel, orgText, targetRowsInOrder } from '../plan/plan-tables';
import type { ReportData, TargetOutcome, TaskOutcome } from './gather';
import { plannedFigure } from './sentences';
import { TARGET_STATE_LABELS, TASK_STATUS_LABELS } from './status';
import { percentValue } from './vn-text';

function taskRow(o: TaskOutcome): TableRow {
  const t = o.task;
  const note = [o.reason, o.evidence.length ? `Văn bản: ${o.evidence.join('; ')}` : ''].filter(Boolean).join('\n');
  return {
    kind: 'item',
    cells: [
      { text: t.tt },
      { text: t.title },
      { text: orgText(t.leadText, t.lead) },
      { text: orgText(t.coordinatingText, t.coordinating) },
      { text: t.deadlineText ?? '' },
      { text: o.result },
      { text: TASK_STATUS_LABELS[o.status] },
      { text: note },
    ],
  };
}

export function taskProgressTable(r: ReportData): TableModel {
  const rows: TableRow[] = [];
  for (const g of r.plan.taskGroups) {
    const inGroup = r.tasks.filter((o) => o.task.groupId === g.id);
    if (inGroup.length === 0) continue;
    rows.push({ kind: 'group', level: 0, text: groupLabel(g.code, g.title) });
    rows.push(...inGroup.map(taskRow));
  }
  rows.push(...r.tasks.filter((o) => o.task.groupId === null).map(taskRow));
  return {
    columns: [
      { header: 'TT', weight: 4, align: 'center' },
      { header: 'Nhiệm vụ', weight: 24 },
      { header: 'Đơn vị chủ trì', weight: 12 },
      { header: 'Đơn vị phối hợp', weight: 12 },
      { header: 'Thời hạn', weight: 8, align: 'center' },
      { header: 'Kết quả thực hiện', weight: 22 },
      { header: 'Đánh giá', weight: 9, align: 'center' },
      { header: 'Ghi chú', weight: 9 },
    ],
    rows,
  };
}

function targetRow(o: TargetOutcome): TableRow {
  const t = o.target;
  return {
    kind: 'item',
    cells: [
      { text: t.tt },
      { text: t.name },
      { text: t.unit ?? '' },
      { text: plannedFigure({ ...t, unit: null }) },
      { text: o.actual },
      { text: o.rate !== null ? percentValue(o.rate) : '' },
      { text: TARGET_STATE_LABELS[o.state] },
    ],
  };
}

export function targetAttainmentTable(r: ReportData): TableModel {
  const outcome = new Map(r.targets.map((o) => [o.target.id, o]));
  const rows = targetRowsInOrder<TableRow>(
    r.plan,
    (g, depth) => ({ kind: 'group', level: depth, text: groupLabel(g.tt, g.title) }),
    (t) => targetRow(outcome.get(t.id)!),
  );
  return {
    columns: [
      { header: 'TT', weight: 6, align: 'center' },
      { header: 'Chỉ tiêu', weight: 38 },
      { header: 'Đơn vị tính', weight: 9, align: 'center' },
      { header: 'Chỉ tiêu kế hoạch', weight: 14, align: 'center' },
      { header: 'Kết quả thực hiện', weight: 14, align: 'center' },
      { header: 'Tỷ lệ đạt', weight: 8, align: 'center' },
      { header: 'Đánh giá', weight: 11, align: 'center' },
    ],
    rows,
  };
}
