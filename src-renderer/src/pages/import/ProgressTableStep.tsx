/**
 * A progress table in the body's own shape: choose the plan, the reporting period and the
 * body that reports, see each row matched to its task or target (by TT, then by name) with
 * the status PlanDesk derives, then write them as that body's progress in one undoable batch.
 */
import { Alert, Button, Result, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { STATUS_LABELS } from '../../../../src-main/api/contract/progress-labels';
import { invoke } from '../../api/client';

type Result_ = MethodOutput<'imports.progress.preview'>;
type Row = Result_['rows'][number];

const ACTION: Record<Row['action'], { label: string; color: string }> = {
  new: { label: 'Mới', color: 'green' },
  update: { label: 'Cập nhật', color: 'blue' },
  unchanged: { label: 'Không đổi', color: 'default' },
  error: { label: 'Lỗi', color: 'red' },
};

interface Props {
  file: { name: string; base64: string };
  table: number;
  plans: Array<{ value: number; label: string }>;
  organizations: Array<{ value: number; label: string }>;
  onUndo: (batchId: number) => Promise<void>;
  onDone: () => void;
}

export function ProgressTableStep(p: Props): ReactNode {
  const [planId, setPlanId] = useState<number | null>(null);
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [orgId, setOrgId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Result_ | null>(null);
  const [done, setDone] = useState<Result_ | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [periods, setPeriods] = useState<MethodOutput<'periods.list'>>([]);
  useEffect(() => {
    if (planId === null) return;
    let live = true;
    invoke('periods.list', { planId }).then(
      (list) => live && setPeriods(list),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [planId]);
  const input = () => ({ fileName: p.file.name, dataBase64: p.file.base64, planId: planId!, periodId: periodId!, orgId, table: p.table });

  const run = async (method: 'imports.progress.preview' | 'imports.progress.commit') => {
    setBusy(true);
    setError(null);
    try {
      const r = await invoke(method, input());
      if (method === 'imports.progress.commit') setDone(r);
      else setPreview(r);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Result
        status="success"
        title={`Đã ghi ${done.imported} báo cáo tiến độ (lần nhập số ${done.batchId})`}
        extra={[
          <Button key="undo" danger onClick={() => void p.onUndo(done.batchId!).then(p.onDone)}>
            Hoàn tác lần nhập này
          </Button>,
          <Button key="again" onClick={p.onDone}>
            Nhập tệp khác
          </Button>,
        ]}
      />
    );
  }
  const errors = preview?.rows.filter((r) => r.action === 'error').length ?? 0;
  const writes = preview?.rows.filter((r) => r.action === 'new' || r.action === 'update').length ?? 0;
  return (
    <div data-testid="progress-table-step">
      <Alert className="import-alert" type="info" showIcon title="Đây là bảng tiến độ." description="Chọn kế hoạch, kỳ báo cáo và đơn vị báo cáo; PlanDesk khớp từng dòng với nhiệm vụ, chỉ tiêu của kế hoạch (theo TT, rồi theo tên) và ghi thành báo cáo tiến độ của đơn vị trong kỳ." />
      {error && <Alert className="import-alert" type="error" showIcon title={error} />}
      <Space wrap className="import-plan-bar">
        <Select<number> aria-label="Kế hoạch" style={{ minWidth: 420 }} placeholder="Kế hoạch" options={p.plans} value={planId ?? undefined} onChange={(v) => (setPlanId(v), setPeriodId(null), setPreview(null))} />
        <Select<number>
          aria-label="Kỳ báo cáo"
          style={{ minWidth: 200 }}
          placeholder="Kỳ báo cáo"
          disabled={planId === null}
          options={periods.map((x) => ({ value: x.id, label: x.label }))}
          value={periodId ?? undefined}
          onChange={(v) => (setPeriodId(v), setPreview(null))}
        />
        <Select<number>
          aria-label="Đơn vị báo cáo"
          style={{ minWidth: 280 }}
          placeholder="Đơn vị báo cáo"
          showSearch
          optionFilterProp="label"
          allowClear
          options={p.organizations}
          value={orgId ?? undefined}
          onChange={(v) => (setOrgId(v ?? null), setPreview(null))}
        />
        <Button disabled={planId === null || periodId === null || orgId === null || busy} onClick={() => void run('imports.progress.preview')}>
          Xem trước
        </Button>
        <Button type="primary" disabled={!preview || errors > 0 || writes === 0 || busy} onClick={() => void run('imports.progress.commit')}>
          {`Ghi ${writes} báo cáo tiến độ`}
        </Button>
      </Space>
      {preview && (
        <Table<Row>
          size="small"
          rowKey="sourceRow"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={preview.rows}
          columns={[
            { title: 'Dòng', dataIndex: 'sourceRow', width: 60 },
            { title: 'TT', dataIndex: 'code', width: 70 },
            { title: 'Nhiệm vụ / chỉ tiêu trong tệp', dataIndex: 'title' },
            {
              title: 'Khớp với',
              width: 260,
              render: (_: unknown, r) => (r.item ? `${r.item.table === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu'} ${r.item.code}${r.item.by === 'title' ? ' (theo tên)' : ''}` : '—'),
            },
            { title: 'Trạng thái', width: 190, render: (_: unknown, r) => (r.status ? (STATUS_LABELS as Record<string, string>)[r.status] ?? r.status : '') },
            {
              title: 'Kết quả',
              width: 280,
              render: (_: unknown, r) => (
                <>
                  <Tag color={ACTION[r.action].color}>{ACTION[r.action].label}</Tag>
                  {r.messages.map((m, i) => (
                    <div key={i} className={m.level === 'error' ? 'issue-error' : 'issue-warning'}>
                      {m.text}
                    </div>
                  ))}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
