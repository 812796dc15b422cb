/** Nhiệm vụ: every task of every plan in one list (filters, views, sorting, grouping, export). */
import type { ReactNode } from 'react';
import { DEADLINE_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import type { ListViewState } from '../../../../src-main/api/contract/list-view';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { href } from '../../router';
import { OrgListCell, PlanCell } from '../lists/cells';
import { ListPage } from '../lists/ListPage';
import { StatusTag } from '../lists/StatusTag';
import type { Column } from '../lists/VirtualList';

type TaskRow = MethodOutput<'lists.taskRows'>[number];

function Deadline({ r }: { r: TaskRow }): ReactNode {
  if (!r.deadlineText) return <span className="muted">—</span>;
  const reading =
    r.deadlineStart && r.deadlineEnd
      ? r.deadlineStart === r.deadlineEnd
        ? formatVnDate(r.deadlineEnd)
        : `${formatVnDate(r.deadlineStart)} – ${formatVnDate(r.deadlineEnd)}`
      : r.deadlineKind === 'unknown'
        ? null
        : DEADLINE_KIND_LABELS[r.deadlineKind];
  return (
    <>
      <span className="cell-lines">{r.deadlineText}</span>
      {reading ? <span className="parsed">{reading}</span> : <span className="parsed-warn">Chưa đọc được thời hạn</span>}
    </>
  );
}

const fetchRows = (state: ListViewState, group: number, offset: number, limit: number) => invoke('lists.taskRows', { state, group, offset, limit });

const COLUMNS: Array<Column<TaskRow>> = [
  { key: 'code', title: 'Mã', width: '68px', render: (r) => r.code },
  {
    key: 'title',
    title: 'Tên nhiệm vụ',
    width: 'minmax(260px, 1fr)',
    sortKey: 'title',
    render: (r) => (
      <a className="vl-title-link" href={href({ page: 'plans', id: r.planId, query: { task: String(r.id) } })}>
        {r.title}
      </a>
    ),
  },
  { key: 'lead', title: 'Cơ quan chủ trì', width: '150px', render: (r) => <OrgListCell orgs={r.leadText ? [] : r.leads} text={r.leadText} /> },
  { key: 'departments', title: 'Phòng phụ trách', width: '170px', render: (r) => <OrgListCell orgs={r.departments} text={r.departmentsText} /> },
  { key: 'deadline', title: 'Thời hạn', width: '132px', sortKey: 'deadline', render: (r) => <Deadline r={r} /> },
  { key: 'plan', title: 'Kế hoạch', width: '128px', sortKey: 'plan', render: (r) => <PlanCell number={r.planNumber} summary={r.planSummary} /> },
  { key: 'status', title: 'Tình trạng', width: '132px', sortKey: 'status', render: (r) => <StatusTag status={r.status} /> },
];

export function TasksPage(): ReactNode {
  return (
    <ListPage<TaskRow>
      page="tasks"
      title="Nhiệm vụ"
      noun="nhiệm vụ"
      columns={COLUMNS}
      rowKey={(r) => `t${r.id}`}
      fetchRows={fetchRows}
    />
  );
}
