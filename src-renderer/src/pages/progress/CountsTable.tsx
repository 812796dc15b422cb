/** A table of counts by status for bodies or groups; every number opens the rows behind it. */
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../../../src-main/api/contract/progress-labels';

export interface CountRow {
  key: string;
  label: string;
  byStatus: Record<StatusCode, number>;
  total: number;
}

export function NumberLink({ n, onClick, label }: { n: number; onClick: () => void; label?: string }): ReactNode {
  if (n === 0) return <span className="muted">0</span>;
  return (
    <a className="stat-link" onClick={onClick} aria-label={label}>
      {n}
    </a>
  );
}

export function CountsTable({ rows, nameTitle, onPick, testId }: { rows: CountRow[]; nameTitle: string; onPick: (row: CountRow, s: StatusCode | null) => void; testId?: string }): ReactNode {
  return (
    <Table<CountRow>
      data-testid={testId}
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: 'Chưa có báo cáo nào trong kỳ này.' }}
      columns={[
        { title: nameTitle, dataIndex: 'label' },
        ...STATUS_CODES.map((s) => ({
          title: STATUS_LABELS[s],
          key: s,
          width: 96,
          align: 'center' as const,
          render: (_: unknown, r: CountRow) => <NumberLink n={r.byStatus[s]} onClick={() => onPick(r, s)} label={`${r.label}: ${STATUS_LABELS[s]}`} />,
        })),
        { title: 'Tổng', key: 'total', width: 70, align: 'center' as const, render: (_: unknown, r: CountRow) => <NumberLink n={r.total} onClick={() => onPick(r, null)} /> },
      ]}
    />
  );
}
