/**
 * Tổng quan: for a chosen plan and period, counts and share by status, by department and by
 * group (charts and tables), overdue, due within 30 days, lagging targets, who has not
 * reported. Every number opens the rows behind it.
 */
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tabs, Typography } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../../../src-main/api/contract/progress-labels';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { ChartCard, StackedRows, StatusColumns } from './charts';
import { CountsTable, NumberLink, type CountRow } from './CountsTable';
import { currentPeriod, Label, PeriodSelect, PickerBar, PlanSelect } from './PlanPeriodPicker';
import { Rows, RowsDrawer, type Drill } from './RowsDrawer';
import { percent, todayIso } from './ui';

type Dash = MethodOutput<'progress.dashboard'>;

function Tile({ title, value, onClick, hint, testId }: { title: string; value: number | string; onClick?: () => void; hint?: string; testId?: string }): ReactNode {
  return (
    <Card size="small" hoverable={!!onClick} onClick={onClick} data-testid={testId} style={{ cursor: onClick ? 'pointer' : 'default', height: '100%' }}>
      <Statistic title={title} value={value} />
      {hint ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{hint}</Typography.Text> : null}
    </Card>
  );
}

function Board({ d, label, open }: { d: Dash; label: string; open: (drill: Drill) => void }): ReactNode {
  const total = STATUS_CODES.reduce((n, s) => n + d.byStatus[s], 0);
  const c = d.completeness;
  const byStatus = (s: StatusCode) => open({ title: `${STATUS_LABELS[s]} — ${label}`, filter: { kind: 'entries', status: s } });
  const bodyRows: CountRow[] = d.byDepartment.map((b) => ({ key: String(b.orgId ?? 0), label: b.name, byStatus: b.byStatus, total: b.total }));
  const groupRows: CountRow[] = d.byGroup.map((g) => ({ key: g.key, label: `${g.table === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu'} ${g.code}. ${g.title}`, byStatus: g.byStatus, total: g.total }));
  const pickBody = (r: CountRow, s: StatusCode | null) =>
    open({ title: `${r.label}${s ? ` — ${STATUS_LABELS[s]}` : ''}`, filter: { kind: 'entries', orgId: r.key === '0' ? null : Number(r.key), ...(s ? { status: s } : {}) } });
  const pickGroup = (r: CountRow, s: StatusCode | null) => open({ title: `${r.label}${s ? ` — ${STATUS_LABELS[s]}` : ''}`, filter: { kind: 'entries', groupKey: r.key, ...(s ? { status: s } : {}) } });
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col span={4}>
          <Tile testId="tile-received" title="Báo cáo đã nhận" value={`${c.received} / ${c.expected}`} hint={`${c.onTime} đúng hạn, ${c.late} muộn${c.dueDate ? ` (hạn ${formatVnDate(c.dueDate)})` : ''}`} onClick={() => open({ title: `Báo cáo đã nhận — ${label}`, filter: { kind: 'entries' } })} />
        </Col>
        <Col span={4}>
          <Tile testId="tile-overdue" title="Nhiệm vụ quá hạn" value={d.overdue} hint={`tính đến ${formatVnDate(d.referenceDate)}`} onClick={() => open({ title: `Quá hạn — ${label}`, filter: { kind: 'overdue' } })} />
        </Col>
        <Col span={5}>
          <Tile testId="tile-due-soon" title="Đến hạn trong 30 ngày" value={d.dueSoon} hint={`từ ${formatVnDate(d.today)}`} onClick={() => open({ title: 'Nhiệm vụ đến hạn trong 30 ngày tới', filter: { kind: 'dueSoon' } })} />
        </Col>
        <Col span={5}>
          <Tile testId="tile-lagging" title="Chỉ tiêu chưa đạt" value={d.lagging} onClick={() => open({ title: `Chỉ tiêu chưa đạt — ${label}`, filter: { kind: 'lagging' } })} />
        </Col>
        <Col span={6}>
          <Tile testId="tile-missing" title="Đơn vị chưa báo cáo đủ" value={d.missing.length} hint={`${c.expected - c.received} mục còn thiếu`} onClick={() => open({ title: `Còn thiếu báo cáo — ${label}`, filter: { kind: 'missing' } })} />
        </Col>
      </Row>
      {total === 0 ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`Kỳ ${label} chưa có báo cáo tiến độ nào. Gửi biểu mẫu cho các phòng, đơn vị ở mục Báo cáo → Kỳ báo cáo và tiến độ.`} /> : null}
      {d.overdue + d.dueSoon + d.lagging > 0 ? (
        <Card size="small" title="Việc cần chú ý" style={{ marginBottom: 16 }} data-testid="attention">
          <Tabs
            size="small"
            destroyOnHidden
            items={[
              { key: 'overdue', label: `Quá hạn (${d.overdue})`, children: <Rows periodId={d.periodId} filter={{ kind: 'overdue' }} today={d.today} /> },
              { key: 'dueSoon', label: `Đến hạn trong 30 ngày (${d.dueSoon})`, children: <Rows periodId={d.periodId} filter={{ kind: 'dueSoon' }} today={d.today} /> },
              { key: 'lagging', label: `Chỉ tiêu chưa đạt (${d.lagging})`, children: <Rows periodId={d.periodId} filter={{ kind: 'lagging' }} today={d.today} /> },
            ]}
          />
        </Card>
      ) : null}
      <ChartCard title={`Số lượng và tỷ lệ theo trạng thái — ${label}`} fileName={`trang-thai-${label}`} testId="chart-status">
        <Row gutter={16} align="middle">
          <Col xs={24} xl={14}>
            <StatusColumns counts={d.byStatus} onPick={byStatus} />
          </Col>
          <Col xs={24} xl={10}>
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="s"
          dataSource={STATUS_CODES.map((s) => ({ s }))}
          columns={[
            { title: 'Trạng thái', dataIndex: 's', render: (s: StatusCode) => STATUS_LABELS[s] },
            { title: 'Số lượng', key: 'n', width: 120, align: 'center', render: (_, { s }) => <NumberLink n={d.byStatus[s]} onClick={() => byStatus(s)} label={`Số ${STATUS_LABELS[s]}`} /> },
            { title: 'Tỷ lệ', key: 'p', width: 120, align: 'center', render: (_, { s }) => percent(d.byStatus[s], total) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>Tổng</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="center">{total}</Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="center">{total ? '100 %' : ''}</Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
          </Col>
        </Row>
      </ChartCard>
      <ChartCard title={`Theo phòng, đơn vị — ${label}`} fileName={`theo-don-vi-${label}`} testId="chart-bodies">
        {bodyRows.length ? <StackedRows rows={bodyRows.map((r) => ({ key: r.key, label: r.label, counts: r.byStatus }))} onPick={(r, s) => pickBody(bodyRows.find((x) => x.key === r.key)!, s)} /> : <Empty description="Chưa có báo cáo." />}
        <CountsTable rows={bodyRows} nameTitle="Phòng, đơn vị" onPick={pickBody} testId="table-bodies" />
      </ChartCard>
      <ChartCard title={`Theo nhóm nhiệm vụ, chỉ tiêu — ${label}`} fileName={`theo-nhom-${label}`}>
        {groupRows.length ? <StackedRows rows={groupRows.map((r) => ({ key: r.key, label: r.label, counts: r.byStatus }))} onPick={(r, s) => pickGroup(groupRows.find((x) => x.key === r.key)!, s)} /> : <Empty description="Chưa có báo cáo." />}
        <CountsTable rows={groupRows} nameTitle="Nhóm" onPick={pickGroup} />
      </ChartCard>
      <Card size="small" title="Phòng, đơn vị chưa báo cáo đủ" data-testid="missing-card">
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="orgId"
          dataSource={d.missing}
          locale={{ emptyText: 'Mọi phòng, đơn vị đã báo cáo đủ.' }}
          columns={[
            { title: 'Phòng, đơn vị', dataIndex: 'organization' },
            {
              title: 'Số nhiệm vụ, chỉ tiêu chưa báo cáo',
              key: 'items',
              width: 240,
              align: 'center',
              render: (_, m) => <NumberLink n={m.items} onClick={() => open({ title: `${m.organization} — chưa báo cáo`, filter: { kind: 'missing', orgId: m.orgId } })} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

function PlanBoard({ planId, today }: { planId: number; today: string }): ReactNode {
  const periods = useApi('periods.list', { planId });
  const [chosen, setChosen] = useState<number | undefined>();
  const [drill, setDrill] = useState<Drill | null>(null);
  const list = periods.data ?? [];
  const periodId = chosen !== undefined && list.some((p) => p.id === chosen) ? chosen : currentPeriod(list, today)?.id;
  const period = list.find((p) => p.id === periodId);
  return (
    <>
      <PickerBar>
        <Label>Kỳ báo cáo</Label>
        <PeriodSelect periods={list} value={periodId} onChange={setChosen} />
        {period?.startDate && period.endDate ? <Label>số liệu {formatVnDate(period.startDate)} – {formatVnDate(period.endDate)}</Label> : null}
      </PickerBar>
      {periods.data && list.length === 0 ? (
        <Alert type="info" showIcon message="Kế hoạch này chưa có kỳ báo cáo. Vào Báo cáo → Kỳ báo cáo và tiến độ, bấm “Tạo kỳ báo cáo theo chế độ báo cáo”." />
      ) : null}
      {periodId !== undefined && period ? <DashboardFor planId={planId} periodId={periodId} label={period.label} today={today} open={setDrill} /> : null}
      {periodId !== undefined ? <RowsDrawer periodId={periodId} drill={drill} today={today} onClose={() => setDrill(null)} /> : null}
    </>
  );
}

function DashboardFor({ planId, periodId, label, today, open }: { planId: number; periodId: number; label: string; today: string; open: (d: Drill) => void }): ReactNode {
  const state = useApi('progress.dashboard', { planId, periodId, today });
  return <Loadable state={state}>{(d) => <Board d={d} label={label} open={open} />}</Loadable>;
}

export function DashboardPanel(): ReactNode {
  const [planId, setPlanId] = useState<number | undefined>();
  const onPlan = useCallback((id: number) => setPlanId(id), []);
  const today = todayIso();
  return (
    <section data-testid="dashboard">
      <Typography.Title level={4}>Theo dõi tiến độ</Typography.Title>
      <PickerBar>
        <Label>Kế hoạch</Label>
        <PlanSelect value={planId} onChange={onPlan} />
      </PickerBar>
      {planId !== undefined ? <PlanBoard key={planId} planId={planId} today={today} /> : null}
    </section>
  );
}
