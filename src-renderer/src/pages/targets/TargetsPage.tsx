/** Chỉ tiêu: every target of every plan in one list (filters, views, sorting, grouping, export). */
import type { ReactNode } from 'react';
import type { ListViewState } from '../../../../src-main/api/contract/list-view';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { formatVnNumber } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { href } from '../../router';
import { OrgListCell, PlanCell } from '../lists/cells';
import { ListPage } from '../lists/ListPage';
import { StatusTag } from '../lists/StatusTag';
import type { Column } from '../lists/VirtualList';

type TargetRow = MethodOutput<'lists.targetRows'>[number];

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

function TargetValue({ r }: { r: TargetRow }): ReactNode {
  if (!r.targetText) return <span className="muted">—</span>;
  const numeric = r.targetValue !== null && r.comparator;
  return (
    <>
      <span className="cell-lines">{r.targetText}</span>
      <span className="parsed">
        {numeric ? `${SYMBOL[r.comparator ?? ''] ?? ''} ${formatVnNumber(r.targetValue)}${r.unit === '%' ? ' %' : ''}` : 'định tính (đạt / không đạt)'}
      </span>
    </>
  );
}

const fetchRows = (state: ListViewState, group: number, offset: number, limit: number) => invoke('lists.targetRows', { state, group, offset, limit });

const COLUMNS: Array<Column<TargetRow>> = [
  { key: 'code', title: 'Mã', width: '64px', render: (r) => r.code },
  {
    key: 'name',
    title: 'Chỉ tiêu',
    width: 'minmax(240px, 1fr)',
    sortKey: 'name',
    render: (r) => (
      <>
        <a className="vl-title-link" href={href({ page: 'plans', id: r.planId, query: { target: String(r.id) } })}>
          {r.name}
        </a>
        {r.groupTitle ? <span className="vl-sub">{r.groupTitle}</span> : null}
      </>
    ),
  },
  { key: 'unit', title: 'Đơn vị tính', width: '92px', render: (r) => r.unit ?? '' },
  { key: 'target', title: 'Kết quả (chỉ tiêu)', width: '150px', render: (r) => <TargetValue r={r} /> },
  { key: 'horizon', title: 'Mốc năm', width: '78px', sortKey: 'horizon', render: (r) => r.horizonYear ?? '' },
  { key: 'departments', title: 'Phòng chủ trì', width: '170px', render: (r) => <OrgListCell orgs={r.departments} text={r.departmentsText} /> },
  { key: 'plan', title: 'Kế hoạch', width: '120px', sortKey: 'plan', render: (r) => <PlanCell number={r.planNumber} summary={r.planSummary} /> },
  { key: 'status', title: 'Tình trạng', width: '130px', sortKey: 'status', render: (r) => <StatusTag status={r.status} /> },
];

export function TargetsPage(): ReactNode {
  return (
    <ListPage<TargetRow>
      page="targets"
      title="Chỉ tiêu"
      noun="chỉ tiêu"
      columns={COLUMNS}
      rowKey={(r) => `g${r.id}`}
      fetchRows={fetchRows}
    />
  );
}
