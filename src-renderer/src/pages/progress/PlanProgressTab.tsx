/** The plan page's "Tiến độ" tab: every report of a period, editable row by row. */
import { App, Button, Empty, Input, Popconfirm, Segmented, Space, Switch, Table, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { formatVnDate, formatVnNumber } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { EntryModal, type SheetRow } from './EntryModal';
import { currentPeriod, Label, PeriodSelect, PickerBar } from './PlanPeriodPicker';
import { StatusTag } from './ui';

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function Attainment({ row }: { row: SheetRow }): ReactNode {
  const a = row.attainment;
  if (!a || a.met === null) return null;
  return (
    <Typography.Text type={a.met ? 'success' : 'danger'} style={{ display: 'block', fontSize: 12 }}>
      {a.met ? 'Đạt' : 'Chưa đạt'}
      {a.percent !== null ? ` (${formatVnNumber(a.percent, 1)} % chỉ tiêu)` : ''}
    </Typography.Text>
  );
}

function Sheet({ periodId, locked }: { periodId: number; locked: boolean }): ReactNode {
  const { message } = App.useApp();
  const state = useApi('progress.sheet', { periodId });
  const [table, setTable] = useState<'all' | 'task' | 'target'>('all');
  const [missingOnly, setMissingOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<SheetRow | null>(null);
  const remove = async (id: number) => {
    try {
      await invoke('progress.delete', { id });
      message.success('Đã xóa báo cáo.');
      state.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Loadable state={state}>
      {(s) => {
        const q = fold(query.trim());
        const rows = s.rows.filter((r) => (table === 'all' || r.table === table) && (!missingOnly || !r.entry) && (!q || fold(`${r.code} ${r.title} ${r.orgName ?? ''}`).includes(q)));
        const reported = s.rows.filter((r) => r.entry).length;
        return (
          <>
            <Space wrap style={{ marginBottom: 8 }}>
              <Segmented value={table} onChange={(v) => setTable(v as typeof table)} options={[{ value: 'all', label: 'Tất cả' }, { value: 'task', label: 'Nhiệm vụ' }, { value: 'target', label: 'Chỉ tiêu' }]} />
              <Switch checked={missingOnly} onChange={setMissingOnly} /> <span>Chỉ dòng chưa báo cáo</span>
              <Input.Search allowClear placeholder="Tìm theo TT, tên, đơn vị" style={{ width: 260 }} onSearch={setQuery} onChange={(e) => !e.target.value && setQuery('')} />
              <Typography.Text type="secondary">{`Đã báo cáo ${reported} / ${s.rows.length} dòng`}</Typography.Text>
            </Space>
            <Table<SheetRow>
              data-testid="progress-sheet"
              size="small"
              bordered
              className="grid-table"
              tableLayout="fixed"
              rowKey="key"
              dataSource={rows}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              locale={{ emptyText: <Empty description="Không có dòng nào: kế hoạch chưa giao nhiệm vụ, chỉ tiêu cho phòng, đơn vị nào, hoặc bộ lọc loại hết." /> }}
              columns={[
                { title: 'TT', dataIndex: 'code', width: 60 },
                {
                  title: 'Nhiệm vụ / chỉ tiêu',
                  key: 'title',
                  render: (_, r) => (
                    <>
                      <span className="cell-lines">{r.table === 'target' ? `[Chỉ tiêu] ${r.title}` : r.title}</span>
                      <span className="parsed">{r.table === 'task' ? `Thời hạn: ${r.deadlineText ?? 'không ghi'}` : `Chỉ tiêu: ${[r.targetText, r.unit].filter(Boolean).join(' ')}`}</span>
                    </>
                  ),
                },
                { title: 'Phòng, đơn vị', dataIndex: 'orgName', width: 150, render: (n: string | null, r) => (n ?? '—') + (r.expected ? '' : ' (ngoài phân công)') },
                {
                  title: 'Trạng thái',
                  key: 'status',
                  width: 150,
                  render: (_, r) =>
                    r.entry?.statusOverridden ? (
                      <Tooltip title={`Chuyên viên xác định: ${r.entry.overrideReason ?? ''}`}>
                        <span>
                          <StatusTag status={r.entry.status} />*
                        </span>
                      </Tooltip>
                    ) : (
                      <StatusTag status={r.entry?.status ?? null} />
                    ),
                },
                {
                  title: 'Kết quả, minh chứng',
                  key: 'result',
                  width: 320,
                  render: (_, r) =>
                    r.entry ? (
                      <>
                        {r.entry.actualValue !== null ? <b>{formatVnNumber(r.entry.actualValue)} </b> : null}
                        <span className="cell-lines">{r.entry.resultText}</span>
                        <Attainment row={r} />
                        {r.entry.completedDate ? <span className="parsed">Hoàn thành ngày {formatVnDate(r.entry.completedDate)}</span> : null}
                        {r.entry.evidenceNumber ? <span className="parsed">Minh chứng: {[r.entry.evidenceNumber, formatVnDate(r.entry.evidenceDate)].filter(Boolean).join(', ')}</span> : null}
                        {r.entry.note ? <span className="parsed">Ghi chú: {r.entry.note}</span> : null}
                        <span className="muted" style={{ display: 'block' }}>
                          {r.entry.sourceFile ?? 'Nhập tay'}
                          {r.entry.reportedAt ? `, nhận ${formatVnDate(r.entry.reportedAt)}` : ''}
                        </span>
                      </>
                    ) : null,
                },
                {
                  title: '',
                  key: 'edit',
                  width: 100,
                  render: (_, r) => (
                    <Space size={0}>
                      <Button size="small" type="link" disabled={locked} onClick={() => setEditing(r)}>
                        {r.entry ? 'Sửa' : 'Nhập'}
                      </Button>
                      {r.entry ? (
                        <Popconfirm title="Xóa báo cáo này?" okText="Xóa" cancelText="Không" onConfirm={() => void remove(r.entry!.id)} disabled={locked}>
                          <Button size="small" type="link" danger disabled={locked}>
                            Xóa
                          </Button>
                        </Popconfirm>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
            {editing ? <EntryModal periodId={periodId} row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); state.reload(); }} /> : null}
          </>
        );
      }}
    </Loadable>
  );
}

/** Slot on the plan page: progress of this plan's tasks and targets per period. */
export function PlanProgressTab({ planId }: { planId: number }): ReactNode {
  const periods = useApi('periods.list', { planId });
  const [chosen, setChosen] = useState<number | undefined>();
  const list = periods.data ?? [];
  const periodId = chosen ?? currentPeriod(list)?.id;
  const period = list.find((p) => p.id === periodId);
  return (
    <Loadable state={periods}>
      {() =>
        list.length === 0 ? (
          <Empty description="Kế hoạch chưa có kỳ báo cáo. Vào Báo cáo → Kỳ báo cáo và tiến độ để tạo các kỳ theo chế độ báo cáo." />
        ) : (
          <>
            <PickerBar>
              <Label>Kỳ báo cáo</Label>
              <PeriodSelect periods={list} value={periodId} onChange={setChosen} />
              {period?.lockedAt ? <Typography.Text type="warning">Kỳ đã khóa: mở khóa (có lý do) ở mục Báo cáo để sửa.</Typography.Text> : null}
            </PickerBar>
            {periodId !== undefined ? <Sheet key={periodId} periodId={periodId} locked={!!period?.lockedAt} /> : null}
          </>
        )
      }
    </Loadable>
  );
}
