/**
 * The plan's task and target tables as printed in its appendices: group rows in
 * document order (task groups I, II, ...; target horizons and themes), texts as the
 * officers wrote them, optional columns only when some row has a value.
 */
import type { PlanDetail } from '../../plans/service';
import type { TableCell, TableColumn, TableModel, TableRow } from '../model';

type Task = PlanDetail['tasks'][number];
type Target = PlanDetail['targets'][number];
type OrgList = Task['lead'];

export function orgText(text: string | null, orgs: OrgList): string {
  if (text && text.trim()) return text;
  return orgs.map((o) => (o.partNote ? `${o.name} (${o.partNote})` : o.name)).join('; ');
}

/** "I" + "Đến năm 2030" → "I. Đến năm 2030"; "a)" + "Mục tiêu" → "a) Mục tiêu". */
export function groupLabel(tt: string, title: string): string {
  const t = tt.trim();
  if (!t) return title;
  return /[.)]$/.test(t) ? `${t} ${title}` : `${t}. ${title}`;
}

interface TaskColumn extends TableColumn {
  key: string;
  value: (t: Task) => string | null;
}

const TASK_COLUMNS: TaskColumn[] = [
  { key: 'tt', header: 'TT', weight: 5, align: 'center', value: (t) => t.tt },
  { key: 'title', header: 'Tên nhiệm vụ', weight: 30, value: (t) => t.title },
  { key: 'lead', header: 'Cơ quan chủ trì', weight: 12, value: (t) => orgText(t.leadText, t.lead) },
  { key: 'coordinating', header: 'Cơ quan phối hợp', weight: 14, value: (t) => orgText(t.coordinatingText, t.coordinating) },
  { key: 'output', header: 'Kết quả (sản phẩm)', weight: 14, value: (t) => t.output },
  { key: 'deadline', header: 'Thời gian hoàn thành', weight: 10, align: 'center', value: (t) => t.deadlineText },
  { key: 'departments', header: 'Phòng phụ trách', weight: 12, value: (t) => orgText(t.departmentsText, t.departments) },
  { key: 'budget', header: 'Kinh phí thực hiện', weight: 9, align: 'center', value: (t) => t.budgetText },
  { key: 'funding', header: 'Nguồn kinh phí', weight: 8, align: 'center', value: (t) => t.fundingSource },
];
const ALWAYS = new Set(['tt', 'title', 'lead', 'coordinating', 'deadline']);

export function taskTable(plan: PlanDetail): TableModel {
  const used = TASK_COLUMNS.filter(
    (c) => ALWAYS.has(c.key) || plan.tasks.some((t) => (c.value(t) ?? '').trim() !== '' || t.mergedUp.includes(c.key)),
  );
  const item = (t: Task): TableRow => ({
    kind: 'item',
    cells: used.map((c): TableCell => (t.mergedUp.includes(c.key) ? { text: '', mergedUp: true } : { text: c.value(t) ?? '' })),
  });
  const rows: TableRow[] = [];
  for (const g of plan.taskGroups) {
    rows.push({ kind: 'group', level: 0, text: groupLabel(g.code, g.title) });
    for (const t of plan.tasks) if (t.groupId === g.id) rows.push(item(t));
  }
  for (const t of plan.tasks) if (t.groupId === null) rows.push(item(t));
  return { columns: used.map(({ header, weight, align }) => ({ header, weight, ...(align ? { align } : {}) })), rows };
}

/** Target groups depth-first (a horizon, then its themes), each followed by its targets. */
export function targetRowsInOrder<T>(plan: PlanDetail, group: (g: PlanDetail['targetGroups'][number], depth: number) => T, item: (t: Target) => T): T[] {
  const children = new Map<number | null, PlanDetail['targetGroups']>();
  for (const g of plan.targetGroups) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  const out: T[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const g of children.get(parentId) ?? []) {
      out.push(group(g, depth));
      visit(g.id, depth + 1);
      for (const t of plan.targets) if (t.groupId === g.id) out.push(item(t));
    }
  };
  visit(null, 0);
  for (const t of plan.targets) if (t.groupId === null) out.push(item(t));
  return out;
}

export function targetTable(plan: PlanDetail): TableModel {
  const withDepts = plan.targets.some((t) => orgText(t.departmentsText, t.departments).trim() !== '');
  const columns: TableColumn[] = [
    { header: 'TT', weight: 6, align: 'center' },
    { header: 'Chỉ tiêu', weight: 44 },
    { header: 'Đơn vị tính', weight: 10, align: 'center' },
    { header: 'Kết quả (chỉ tiêu)', weight: 22, align: 'center' },
    ...(withDepts ? [{ header: 'Phòng chủ trì', weight: 18 }] : []),
  ];
  const rows = targetRowsInOrder<TableRow>(
    plan,
    (g, depth) => ({ kind: 'group', level: depth, text: groupLabel(g.tt, g.title) }),
    (t) => ({
      kind: 'item',
      cells: [
        { text: t.tt },
        { text: t.name },
        { text: t.unit ?? '' },
        { text: t.targetText ?? '' },
        ...(withDepts ? [{ text: orgText(t.departmentsText, t.departments) }] : []),
      ],
    }),
  );
  return { columns, rows };
}
