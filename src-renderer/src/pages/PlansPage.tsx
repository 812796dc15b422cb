import { Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../src-main/api/contract/methods';
import { compareText } from '../collate';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { documentKindLabel } from '../components/documentText';
import { href } from '../router';
import { formatVnDate } from '../../../src-main/api/contract/vn-format';

type PlanRow = MethodOutput<'plans.list'>[number];

export function PlansPage(): ReactNode {
  const plans = useApi('plans.list', {});
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Kế hoạch
      </Typography.Title>
      <Loadable state={plans}>
        {(rows) => (
          <Table<PlanRow>
            className="grid-table"
            rowKey="id"
            dataSource={rows}
            pagination={false}
            size="middle"
            bordered
            locale={{ emptyText: 'Chưa có kế hoạch nào.' }}
            columns={[
              {
                title: 'Loại',
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => documentKindLabel(k),
              },
              {
                title: 'Số, ký hiệu',
                dataIndex: 'numberSymbol',
                width: 140,
                render: (n: string | null) => n ?? <span className="muted">Chưa có số</span>,
              },
              {
                title: 'Trích yếu',
                dataIndex: 'summary',
                sorter: (a, b) => compareText(a.summary, b.summary),
                render: (s: string, p) => <a href={href({ page: 'plans', id: p.id })}>{s}</a>,
              },
              {
                title: 'Cơ quan ban hành',
                dataIndex: 'issuerAgency',
                width: 200,
              },
              {
                title: 'Ngày',
                dataIndex: 'issuedDate',
                width: 110,
                render: (d: string | null) => formatVnDate(d) || <span className="muted">—</span>,
              },
              {
                title: 'Trạng thái',
                dataIndex: 'status',
                width: 110,
                render: (s: string) => (s === 'draft' ? <Tag color="orange">Dự thảo</Tag> : <Tag color="green">Đã ban hành</Tag>),
              },
              { title: 'Nhiệm vụ', dataIndex: 'tasks', width: 90, align: 'right' },
              { title: 'Chỉ tiêu', dataIndex: 'targets', width: 90, align: 'right' },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
