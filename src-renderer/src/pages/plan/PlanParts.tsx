/** Read-only parts of the plan page: metadata summary, reporting periods, appendix headings. */
import { Descriptions, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { PERIOD_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { documentKindLabel } from '../../components/documentText';
import type { PlanDetail } from './rows';

export function Metadata({ plan }: { plan: PlanDetail }): ReactNode {
  const d = plan.document;
  const signer = [d.signer.authority, d.signer.position, d.signer.name].filter(Boolean).join(' — ');
  return (
    <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
      <Descriptions.Item label="Loại văn bản">{documentKindLabel(d.kind)}</Descriptions.Item>
      <Descriptions.Item label="Số, ký hiệu">{d.numberSymbol ?? <span className="muted">Chưa có số</span>}</Descriptions.Item>
      <Descriptions.Item label="Cơ quan ban hành">
        {d.issuerParent ? `${d.issuerParent} / ` : ''}
        {d.issuerAgency}
      </Descriptions.Item>
      <Descriptions.Item label="Ngày ban hành">
        {d.issuedDate ? `${d.place ? `${d.place}, ` : ''}${formatVnDate(d.issuedDate)}` : <span className="muted">Chưa có ngày</span>}
      </Descriptions.Item>
      <Descriptions.Item label="Giai đoạn">{plan.periodText ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="Trạng thái">
        {d.status === 'draft' ? <Tag color="orange">Dự thảo</Tag> : <Tag color="green">Đã ban hành</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="Người ký" span={2}>
        {signer || '—'}
      </Descriptions.Item>
      <Descriptions.Item label="Nơi nhận" span={2}>
        {d.recipients.length ? d.recipients.join('; ') : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function Periods({ plan }: { plan: PlanDetail }): ReactNode {
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      bordered
      dataSource={plan.reportingPeriods}
      locale={{ emptyText: 'Văn bản không quy định kỳ báo cáo.' }}
      columns={[
        { title: 'Loại', dataIndex: 'kind', width: 110, render: (k: string) => PERIOD_KIND_LABELS[k] ?? k },
        { title: 'Kỳ báo cáo', dataIndex: 'label' },
        {
          title: 'Số liệu từ – đến',
          key: 'window',
          width: 200,
          render: (_, p) => (p.startDate && p.endDate ? `${formatVnDate(p.startDate)} – ${formatVnDate(p.endDate)}` : '—'),
        },
        { title: 'Hạn gửi', key: 'due', width: 240, render: (_, p) => [formatVnDate(p.dueDate), p.dueText].filter(Boolean).join(' · ') || '—' },
        { title: 'Đơn vị báo cáo', dataIndex: 'reporters', width: 240 },
      ]}
    />
  );
}

export function AppendixHeading({ plan, table }: { plan: PlanDetail; table: 'tasks' | 'targets' }): ReactNode {
  const a = plan.appendices.find((x) => x.tableKind === table);
  if (!a) return null;
  return (
    <div className="appendix-heading">
      <div className="appendix-title">{a.title}</div>
      {a.subtitle ? <div className="appendix-subtitle">{a.subtitle}</div> : null}
    </div>
  );
}

