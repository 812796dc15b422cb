/** The rows behind a dashboard number, in a drawer. */
import { Drawer, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MethodInput, MethodOutput } from '../../../../src-main/api/contract/methods';
import { formatVnDate, formatVnNumber } from '../../../../src-main/api/contract/vn-format';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { StatusTag } from './ui';

export type RowsFilter = MethodInput<'progress.rows'>['filter'];
export interface Drill {
  title: string;
  filter: RowsFilter;
}
type Row = MethodOutput<'progress.rows'>['rows'][number];

export function Rows({ periodId, filter, today }: { periodId: number; filter: RowsFilter; today: string }): ReactNode {
  const state = useApi('progress.rows', { periodId, filter, today });
  return (
    <Loadable state={state}>
      {(r) => (
        <>
          {r.truncated ? <Typography.Paragraph type="warning">Chỉ hiện 1.000 dòng đầu.</Typography.Paragraph> : null}
          <Table<Row>
            size="small"
            bordered
            rowKey={(x) => `${x.table}-${x.itemId}-${x.orgId ?? 0}-${x.entryId ?? 0}`}
            dataSource={r.rows}
            pagination={r.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: 'Không có dòng nào.' }}
            columns={[
              { title: 'TT', dataIndex: 'code', width: 64 },
              { title: 'Nhiệm vụ / chỉ tiêu', dataIndex: 'title', render: (t: string, x) => <span className="cell-lines">{x.table === 'target' ? `[Chỉ tiêu] ${t}` : t}</span> },
              { title: 'Phòng, đơn vị', dataIndex: 'orgName', width: 180 },
              { title: 'Trạng thái', dataIndex: 'status', width: 150, render: (s: string | null) => <StatusTag status={s} /> },
              {
                title: 'Thời hạn / chỉ tiêu',
                key: 'due',
                width: 140,
                render: (_, x) => (x.table === 'task' ? [x.deadlineText, x.deadlineEnd ? `(${formatVnDate(x.deadlineEnd)})` : ''].filter(Boolean).join(' ') : [x.targetText, x.unit].filter(Boolean).join(' ')),
              },
              {
                title: 'Kết quả',
                key: 'result',
                width: 220,
                render: (_, x) => [x.actualValue !== null ? `Thực hiện: ${formatVnNumber(x.actualValue)}` : '', x.resultText ?? '', x.completedDate ? `Hoàn thành ${formatVnDate(x.completedDate)}` : ''].filter(Boolean).join(' · '),
              },
              { title: 'Ngày nhận', dataIndex: 'reportedAt', width: 100, render: (d: string | null) => formatVnDate(d) },
            ]}
          />
        </>
      )}
    </Loadable>
  );
}

export function RowsDrawer({ periodId, drill, today, onClose }: { periodId: number; drill: Drill | null; today: string; onClose: () => void }): ReactNode {
  return (
    <Drawer open={!!drill} onClose={onClose} title={drill?.title} size="min(1100px, 92vw)" destroyOnHidden>
      {drill ? <Rows periodId={periodId} filter={drill.filter} today={today} /> : null}
    </Drawer>
  );
}
