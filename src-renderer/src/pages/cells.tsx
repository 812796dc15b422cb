/** Cells that show what the officer typed plus PlanDesk's reading of it. */
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { DEADLINE_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { formatDong, formatVnDate, formatVnNumber } from '../../../src-main/api/contract/vn-format';
import type { TargetItem, TaskItem } from './planRows';

type OrgRef = TaskItem['lead'][number];

const COMPARATOR_SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export function TextCell({ text }: { text: string | null }): ReactNode {
  return text ? <span className="cell-lines">{text}</span> : null;
}

export function MergedNote(): ReactNode {
  return <span className="muted">(ô gộp với dòng trên)</span>;
}

export function DeadlineCell({ task }: { task: TaskItem }): ReactNode {
  if (task.mergedUp.includes('deadline')) return <MergedNote />;
  if (!task.deadlineText) return null;
  const d = task.deadline;
  let reading: ReactNode;
  if (d.start && d.end) {
    reading = <span className="parsed">{d.start === d.end ? formatVnDate(d.start) : `${formatVnDate(d.start)} – ${formatVnDate(d.end)}`}</span>;
  } else if (d.kind === 'unknown') {
    reading = <span className="parsed-warn">Chưa đọc được thời hạn</span>;
  } else {
    const label = d.kind === 'ongoing' ? 'liên tục, không có mốc cụ thể' : d.kind === 'recurring' ? 'lặp lại định kỳ' : DEADLINE_KIND_LABELS[d.kind];
    reading = <span className="parsed">{label}</span>;
  }
  return (
    <>
      <span className="cell-lines">{task.deadlineText}</span>
      {reading}
    </>
  );
}

export function BudgetCell({ task }: { task: TaskItem }): ReactNode {
  if (task.mergedUp.includes('budget')) return <MergedNote />;
  if (!task.budgetText) return null;
  return (
    <>
      <span>{task.budgetText}</span>
      {task.budgetDong !== null ? (
        <span className="parsed">{formatDong(task.budgetDong)}</span>
      ) : (
        <span className="parsed-warn">Chưa đọc được số tiền</span>
      )}
    </>
  );
}

export function TargetValueCell({ target }: { target: TargetItem }): ReactNode {
  if (!target.targetText) return null;
  const numeric = target.targetValue !== null && target.comparator;
  return (
    <>
      <span className="cell-lines">{target.targetText}</span>
      {numeric ? (
        <span className="parsed">
          {COMPARATOR_SYMBOL[target.comparator ?? ''] ?? ''} {formatVnNumber(target.targetValue)}
          {target.unit === '%' ? ' %' : ''}
        </span>
      ) : (
        <span className="parsed">định tính (đạt / không đạt)</span>
      )}
    </>
  );
}

/** Organisation cell: the text as printed; resolved bodies on hover. */
export function OrgsCell({ text, orgs, merged }: { text: string | null; orgs: OrgRef[]; merged?: boolean }): ReactNode {
  if (merged) return <MergedNote />;
  if (!text && orgs.length === 0) return null;
  const resolved = orgs.map((o) => o.name).join('; ');
  return (
    <Tooltip title={resolved ? `Đơn vị trong sổ: ${resolved}` : 'Chưa gắn với đơn vị trong sổ'}>
      <span className="cell-lines">{text ?? resolved}</span>
    </Tooltip>
  );
}

export function DepartmentsCell({ text, departments }: { text: string | null; departments: OrgRef[] }): ReactNode {
  if (departments.length === 0) return <TextCell text={text} />;
  return (
    <div>
      {departments.map((d) => (
        <div key={d.id} style={{ marginBottom: 4 }}>
          <Tag color="blue" style={{ whiteSpace: 'normal' }}>
            {d.shortName ?? d.name}
          </Tag>
          {d.partNote ? <span className="muted">({d.partNote})</span> : null}
        </div>
      ))}
    </div>
  );
}
