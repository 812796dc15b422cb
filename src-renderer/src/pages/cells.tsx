/** Cells that show what the officer typed plus PlanDesk's reading of it. */
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { TargetItem, TaskItem } from './planRows';
import { parseTarget } from '../../../src-main/api/contract/vn-parse';
import { budgetReading, deadlineReading, targetReading, type Reading } from './readings';

type OrgRef = TaskItem['lead'][number];

export function TextCell({ text }: { text: string | null }): ReactNode {
  return text ? <span className="cell-lines">{text}</span> : null;
}

export function MergedNote(): ReactNode {
  return <span className="muted">(ô gộp với dòng trên)</span>;
}

function ReadingLine({ reading }: { reading: Reading }): ReactNode {
  return <span className={reading.warn ? 'parsed-warn' : 'parsed'}>{reading.text}</span>;
}

export function DeadlineCell({ task }: { task: TaskItem }): ReactNode {
  if (task.mergedUp.includes('deadline')) return <MergedNote />;
  if (!task.deadlineText) return null;
  return (
    <>
      <span className="cell-lines">{task.deadlineText}</span>
      <ReadingLine reading={deadlineReading(task.deadline)} />
    </>
  );
}

export function BudgetCell({ task }: { task: TaskItem }): ReactNode {
  if (task.mergedUp.includes('budget')) return <MergedNote />;
  if (!task.budgetText) return null;
  return (
    <>
      <span>{task.budgetText}</span>
      <ReadingLine reading={budgetReading(task.budgetDong)} />
    </>
  );
}

export function TargetValueCell({ target }: { target: TargetItem }): ReactNode {
  if (!target.targetText) return null;
  return (
    <>
      <span className="cell-lines">{target.targetText}</span>
      <ReadingLine reading={targetReading(target.comparator, target.targetValue, target.unit === '%' || parseTarget(target.targetText).percent)} />
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
