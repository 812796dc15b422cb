/** The import batches: file, table, plan, who and when, what changed; undo of a whole batch. */
import { App, Button, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useEffect, type ReactNode } from 'react';
import type { ImportBatchView } from '../../../../src-main/api/contract/imports-schemas';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { formatBytes, KIND_LABEL, type Kind } from './labels';

function when(iso: string): string {
  const d = new Date(iso);
  return `${formatVnDate(iso)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function BatchesPanel({ refresh }: { refresh: number }): ReactNode {
  const { message } = App.useApp();
  const batches = useApi('imports.batches', {});
  const plans = useApi('plans.list', {});
  const { reload } = batches;
  useEffect(() => {
    if (refresh) reload();
  }, [refresh, reload]);
  const planName = (id: number | null) => {
    const p = plans.data?.find((x) => x.id === id);
    if (!p) return id ? `Kế hoạch số ${id} (đã xóa)` : '—';
    return p.numberSymbol ?? (p.summary.length > 60 ? `${p.summary.slice(0, 57)}…` : p.summary);
  };
  const undo = async (b: ImportBatchView) => {
    try {
      const r = await invoke('imports.undo', { batchId: b.id });
      void message.success(`Đã hoàn tác lần nhập số ${r.batchId}: xóa ${r.removed} dòng thêm mới, khôi phục ${r.restored} dòng đã sửa.`);
      batches.reload();
    } catch (e) {
      void message.error((e as Error).message, 8);
    }
  };
  return (
    <Loadable state={batches}>
      {(rows) => (
        <Table<ImportBatchView>
          className="grid-table"
          data-testid="import-batches"
          size="small"
          bordered
          rowKey="id"
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: 'Chưa có lần nhập nào.' }}
          columns={[
            { title: 'Số', dataIndex: 'id', width: 60 },
            { title: 'Thời gian', width: 140, render: (_: unknown, b) => when(b.createdAt) },
            {
              title: 'Tệp',
              render: (_: unknown, b) => (
                <Tooltip title={`SHA-256: ${b.sha256 ?? '—'}`}>
                  <span>
                    {b.fileName} <span className="muted">({b.fileSize != null ? formatBytes(b.fileSize) : '—'})</span>
                    <br />
                    <span className="muted">{b.source}</span>
                  </span>
                </Tooltip>
              ),
            },
            { title: 'Bảng', width: 100, render: (_: unknown, b) => (b.kind ? KIND_LABEL[b.kind as Kind] : '—') },
            { title: 'Kế hoạch', width: 220, render: (_: unknown, b) => planName(b.planId) },
            { title: 'Người nhập', width: 130, render: (_: unknown, b) => b.actor || <span className="muted">—</span> },
            {
              title: 'Kết quả',
              width: 210,
              render: (_: unknown, b) => `${b.counts.new} mới, ${b.counts.changed} thay đổi, ${b.counts.unchanged} không đổi`,
            },
            {
              title: 'Trạng thái',
              width: 150,
              render: (_: unknown, b) => (b.status === 'undone' ? <Tag>Đã hoàn tác {b.undoneAt ? when(b.undoneAt) : ''}</Tag> : <Tag color="green">Đã ghi</Tag>),
            },
            {
              title: '',
              width: 100,
              render: (_: unknown, b) =>
                b.status === 'undone' ? null : (
                  <Popconfirm
                    title="Hoàn tác cả lần nhập này?"
                    description="Các dòng thêm mới sẽ bị xóa, các dòng đã sửa trở lại như trước khi nhập."
                    okText="Hoàn tác"
                    cancelText="Thôi"
                    onConfirm={() => void undo(b)}
                  >
                    <Button size="small" danger>
                      Hoàn tác
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </Loadable>
  );
}
