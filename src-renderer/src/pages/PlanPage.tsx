/** One plan: its metadata, căn cứ links, targets and tasks tables, body and reporting periods. */
import { Breadcrumb, Card, Descriptions, Empty, List, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { PERIOD_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../src-main/api/contract/vn-format';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { documentKindLabel, documentTitle } from '../components/documentText';
import { href, useRoute } from '../router';
import { jumpFromRoute, useRowJump } from './jump/rowJump';
import { BudgetCell, DeadlineCell, DepartmentsCell, MergedNote, OrgsCell, TargetValueCell, TextCell } from './cells';
import { PlanProgressTab } from './progress/PlanProgressTab';
import { PlanExportButtons } from './reports/PlanExportButtons';
import { targetRows, taskRows, type PlanDetail, type TargetRow, type TaskRow } from './planRows';

function groupCell(columns: number) {
  return (row: TaskRow | TargetRow) => (row.rowType === 'item' ? {} : { colSpan: columns });
}
function hiddenInGroup(row: TaskRow | TargetRow) {
  return row.rowType === 'item' ? {} : { colSpan: 0 };
}
function rowClass(row: TaskRow | TargetRow): string {
  return row.rowType === 'group' ? 'group-row' : row.rowType === 'subgroup' ? 'subgroup-row' : '';
}

const TASK_COLUMNS: ColumnsType<TaskRow> = [
  {
    title: 'TT',
    key: 'tt',
    width: 48,
    onCell: groupCell(9),
    render: (_, r) => (r.rowType === 'item' ? r.tt : `${r.code}. ${r.title}`),
  },
  { title: 'Tên nhiệm vụ', key: 'title', onCell: hiddenInGroup, render: (_, r) => (r.rowType === 'item' ? r.title : null) },
  {
    title: 'Cơ quan chủ trì',
    key: 'lead',
    width: 100,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType === 'item' ? <OrgsCell text={r.leadText} orgs={r.lead} merged={r.mergedUp.includes('lead')} /> : null),
  },
  {
    title: 'Cơ quan phối hợp',
    key: 'coordinating',
    width: 120,
    onCell: hiddenInGroup,
    render: (_, r) =>
      r.rowType === 'item' ? <OrgsCell text={r.coordinatingText} orgs={r.coordinating} merged={r.mergedUp.includes('coordinating')} /> : null,
  },
  {
    title: 'Kết quả (sản phẩm)',
    key: 'output',
    width: 150,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType !== 'item' ? null : r.mergedUp.includes('output') ? <MergedNote /> : <TextCell text={r.output} />),
  },
  {
    title: 'Thời gian hoàn thành',
    key: 'deadline',
    width: 108,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType === 'item' ? <DeadlineCell task={r} /> : null),
  },
  {
    title: 'Phòng phụ trách',
    key: 'departments',
    width: 150,
    onCell: hiddenInGroup,
    render: (_, r) =>
      r.rowType !== 'item' ? null : r.mergedUp.includes('departments') ? <MergedNote /> : <DepartmentsCell text={r.departmentsText} departments={r.departments} />,
  },
  {
    title: 'Kinh phí thực hiện',
    key: 'budget',
    width: 110,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType === 'item' ? <BudgetCell task={r} /> : null),
  },
  {
    title: 'Nguồn kinh phí',
    key: 'funding',
    width: 82,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType !== 'item' ? null : r.mergedUp.includes('funding') ? <MergedNote /> : <TextCell text={r.fundingSource} />),
  },
];

const TARGET_COLUMNS: ColumnsType<TargetRow> = [
  {
    title: 'TT',
    key: 'tt',
    width: 64,
    onCell: groupCell(5),
    render: (_, r) => (r.rowType === 'item' ? r.tt : `${r.code}. ${r.title}`),
  },
  { title: 'Chỉ tiêu', key: 'name', onCell: hiddenInGroup, render: (_, r) => (r.rowType === 'item' ? <TextCell text={r.name} /> : null) },
  { title: 'Đơn vị tính', key: 'unit', width: 120, onCell: hiddenInGroup, render: (_, r) => (r.rowType === 'item' ? r.unit : null) },
  {
    title: 'Kết quả (chỉ tiêu)',
    key: 'target',
    width: 220,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType === 'item' ? <TargetValueCell target={r} /> : null),
  },
  {
    title: 'Phòng chủ trì',
    key: 'departments',
    width: 230,
    onCell: hiddenInGroup,
    render: (_, r) => (r.rowType === 'item' ? <DepartmentsCell text={r.departmentsText} departments={r.departments} /> : null),
  },
];

function Metadata({ plan }: { plan: PlanDetail }): ReactNode {
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

function Links({ plan }: { plan: PlanDetail }): ReactNode {
  const { up, down } = plan.links;
  if (up.length === 0 && down.length === 0) return null;
  const item = (l: PlanDetail['links']['up'][number]) => (
    <List.Item>
      <span>
        <Tag>{l.kind === 'basis' ? 'Căn cứ' : 'Triển khai'}</Tag>
        {l.planId ? <a href={href({ page: 'plans', id: l.planId })}>{documentTitle({ ...l, kind: l.documentKind })}</a> : documentTitle({ ...l, kind: l.documentKind })} — {l.summary}
      </span>
    </List.Item>
  );
  return (
    <Card size="small" title="Văn bản liên quan" style={{ marginBottom: 16 }}>
      {up.length > 0 && <List size="small" header={<b>Văn bản cấp trên (căn cứ, thực hiện)</b>} dataSource={up} renderItem={item} />}
      {down.length > 0 && <List size="small" header={<b>Văn bản triển khai kế hoạch này</b>} dataSource={down} renderItem={item} />}
    </Card>
  );
}

function Body({ plan }: { plan: PlanDetail }): ReactNode {
  if (plan.blocks.length === 0) return <Empty description="Chưa có nội dung văn bản." />;
  return (
    <div className="doc-body">
      {plan.blocks.map((b, i) => {
        const cls = b.kind === 'heading' ? `block-heading-${b.level ?? 2}` : `block-${b.kind}`;
        const prefix = b.kind === 'bullet' ? `${b.marker ?? '-'} ` : b.numbering ? `${b.numbering} ` : b.kind === 'footnote' && b.marker ? `(${b.marker}) ` : '';
        return (
          <p key={i} className={cls} data-block-index={i}>
            {prefix}
            {b.text}
          </p>
        );
      })}
    </div>
  );
}

function Periods({ plan }: { plan: PlanDetail }): ReactNode {
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

function AppendixHeading({ plan, table }: { plan: PlanDetail; table: 'tasks' | 'targets' }): ReactNode {
  const a = plan.appendices.find((x) => x.tableKind === table);
  if (!a) return null;
  return (
    <div className="appendix-heading">
      <div className="appendix-title">{a.title}</div>
      {a.subtitle ? <div className="appendix-subtitle">{a.subtitle}</div> : null}
    </div>
  );
}

export function PlanPage({ id }: { id: number }): ReactNode {
  const state = useApi('plans.get', { id });
  const jump = jumpFromRoute(useRoute());
  useRowJump(jump, state.data !== undefined);
  return (
    <Loadable state={state}>
      {(plan) => (
        <>
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ title: <a href={href({ page: 'plans' })}>Kế hoạch</a> }, { title: plan.document.numberSymbol ?? 'Chưa có số' }]}
          />
          <Typography.Title level={3} className="page-title">
            {documentKindLabel(plan.document.kind)} {plan.document.summary}
          </Typography.Title>
          <PlanExportButtons planId={plan.id} />
          <Metadata plan={plan} />
          <Links plan={plan} />
          <Tabs
            key={jump?.token ?? 'plan'}
            defaultActiveKey={jump?.tab ?? (plan.targets.length ? 'targets' : 'tasks')}
            items={[
              {
                key: 'targets',
                label: `Chỉ tiêu (${plan.targets.length})`,
                children: (
                  <>
                  <AppendixHeading plan={plan} table="targets" />
                  <Table<TargetRow>
                    className="grid-table"
                    data-testid="targets-table"
                    rowKey="key"
                    size="small"
                    bordered
                    pagination={false}
                    tableLayout="fixed"
                    rowClassName={rowClass}
                    columns={TARGET_COLUMNS}
                    dataSource={targetRows(plan)}
                    locale={{ emptyText: 'Kế hoạch này không có bảng chỉ tiêu.' }}
                  />
                  </>
                ),
              },
              {
                key: 'tasks',
                label: `Nhiệm vụ (${plan.tasks.length})`,
                children: (
                  <>
                  <AppendixHeading plan={plan} table="tasks" />
                  <Table<TaskRow>
                    className="grid-table"
                    data-testid="tasks-table"
                    rowKey="key"
                    size="small"
                    bordered
                    pagination={false}
                    tableLayout="fixed"
                    rowClassName={rowClass}
                    columns={TASK_COLUMNS}
                    dataSource={taskRows(plan)}
                    locale={{ emptyText: 'Kế hoạch này không có bảng nhiệm vụ.' }}
                  />
                  </>
                ),
              },
              { key: 'body', label: 'Nội dung văn bản', children: <Body plan={plan} /> },
              { key: 'periods', label: `Kỳ báo cáo (${plan.reportingPeriods.length})`, children: <Periods plan={plan} /> },
              { key: 'progress', label: 'Tiến độ', children: <PlanProgressTab planId={plan.id} /> },
            ]}
          />
        </>
      )}
    </Loadable>
  );
}
