/**
 * Báo cáo → Kỳ báo cáo và tiến độ: a plan's reporting periods (generate from the regime,
 * edit windows and due dates, lock / unlock with a reason), and for the chosen period who has
 * reported, collection templates out, returned files back in.
 */
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { PERIOD_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { CompletenessCard } from './CompletenessCard';
import { ImportReturned } from './ImportReturned';
import { LockModal, PeriodEditModal } from './PeriodModals';
import { currentPeriod, Label, PickerBar, PlanSelect, type PeriodView } from './PlanPeriodPicker';
import { RowsDrawer, type Drill } from './RowsDrawer';
import { todayIso, windowText } from './ui';
import { BusyButton } from '../../components/BusyButton';

function PeriodWork({ planId, period }: { planId: number; period: PeriodView }): ReactNode {
  const completeness = useApi('progress.completeness', { periodId: period.id });
  const [drill, setDrill] = useState<Drill | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <CompletenessCard planId={planId} periodId={period.id} state={completeness} open={setDrill} />
      <ImportReturned periodId={period.id} locked={!!period.lockedAt} onDone={completeness.reload} />
      <RowsDrawer periodId={period.id} drill={drill} today={todayIso()} onClose={() => setDrill(null)} />
    </Space>
  );
}

function PlanPeriods({ planId }: { planId: number }): ReactNode {
  const { message } = App.useApp();
  const periods = useApi('periods.list', { planId });
  const [selected, setSelected] = useState<number | undefined>();
  const [editing, setEditing] = useState<PeriodView | 'new' | null>(null);
  const [locking, setLocking] = useState<PeriodView | null>(null);
  const [busy, setBusy] = useState(false);
  const list = periods.data ?? [];
  const chosen = list.find((p) => p.id === selected) ?? currentPeriod(list);
  const generate = async () => {
    setBusy(true);
    try {
      const r = await invoke('periods.generate', { planId });
      message.success(r.created.length || r.completed ? `Đã tạo ${r.created.length} kỳ báo cáo mới${r.completed ? `, bổ sung ngày cho ${r.completed} kỳ` : ''}.` : 'Kế hoạch đã có đủ các kỳ báo cáo theo chế độ báo cáo.');
      periods.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (p: PeriodView) => {
    try {
      await invoke('periods.delete', { id: p.id });
      message.success(`Đã xóa kỳ “${p.label}”.`);
      periods.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <BusyButton type="primary" busy={busy} busyText="Đang xử lý…" onClick={() => void generate()}>
          Tạo kỳ báo cáo theo chế độ báo cáo
        </BusyButton>
        <Button onClick={() => setEditing('new')}>Thêm kỳ đột xuất…</Button>
        <Typography.Text type="secondary">Khoảng số liệu mặc định theo Nghị định 09/2019/NĐ-CP; hạn gửi theo kế hoạch (mặc định ngày 20 tháng cuối kỳ).</Typography.Text>
      </Space>
      <Loadable state={periods}>
        {(rows) => (
          <Table<PeriodView>
            data-testid="periods-table"
            size="small"
            bordered
            rowKey="id"
            dataSource={rows}
            pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false, defaultCurrent: Math.floor(Math.max(0, rows.findIndex((p) => p.id === chosen?.id)) / 12) + 1 } : false}
            rowSelection={{ type: 'radio', selectedRowKeys: chosen ? [chosen.id] : [], onChange: (keys) => setSelected(Number(keys[0])) }}
            onRow={(p) => ({ onClick: () => setSelected(p.id) })}
            locale={{ emptyText: 'Kế hoạch chưa có kỳ báo cáo: bấm “Tạo kỳ báo cáo theo chế độ báo cáo”.' }}
            columns={[
              { title: 'Loại', dataIndex: 'kind', width: 100, render: (k: string) => PERIOD_KIND_LABELS[k] ?? k },
              { title: 'Kỳ báo cáo', dataIndex: 'label' },
              { title: 'Số liệu từ – đến', key: 'window', width: 190, render: (_, p) => windowText(p) },
              { title: 'Hạn gửi', key: 'due', width: 110, render: (_, p) => formatVnDate(p.dueDate) || '—' },
              {
                title: 'Trạng thái',
                key: 'lock',
                width: 170,
                render: (_, p) => (p.lockedAt ? <Tag color="volcano" title={p.lockNote ?? undefined}>{`Đã khóa ${formatVnDate(p.lockedAt)}`}</Tag> : <Tag color="green">Đang mở</Tag>),
              },
              {
                title: '',
                key: 'actions',
                width: 210,
                render: (_, p) => (
                  <Space size={0} onClick={(e) => e.stopPropagation()}>
                    <Button type="link" size="small" disabled={!!p.lockedAt} onClick={() => setEditing(p)}>
                      Sửa
                    </Button>
                    <Button type="link" size="small" onClick={() => setLocking(p)}>
                      {p.lockedAt ? 'Mở khóa' : 'Khóa'}
                    </Button>
                    <Popconfirm title={`Xóa kỳ “${p.label}”?`} okText="Xóa" cancelText="Không" onConfirm={() => void remove(p)} disabled={!!p.lockedAt}>
                      <Button type="link" size="small" danger disabled={!!p.lockedAt}>
                        Xóa
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {chosen ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {chosen.label} {chosen.startDate && chosen.endDate ? <Typography.Text type="secondary">(số liệu {windowText(chosen)})</Typography.Text> : null}
          </Typography.Title>
          <PeriodWork key={chosen.id} planId={planId} period={chosen} />
        </>
      ) : null}
      {editing ? <PeriodEditModal planId={planId} period={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); periods.reload(); }} /> : null}
      {locking ? <LockModal period={locking} onClose={() => setLocking(null)} onSaved={() => { setLocking(null); periods.reload(); }} /> : null}
    </>
  );
}

export function ProgressPanel(): ReactNode {
  const [planId, setPlanId] = useState<number | undefined>();
  const onPlan = useCallback((id: number) => setPlanId(id), []);
  return (
    <section data-testid="progress-panel">
      <PickerBar>
        <Label>Kế hoạch</Label>
        <PlanSelect value={planId} onChange={onPlan} />
      </PickerBar>
      {planId !== undefined ? <PlanPeriods key={planId} planId={planId} /> : null}
    </section>
  );
}
