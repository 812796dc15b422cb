/** The backups in the data folder: when, why, how big, what they hold; make one now; restore one. */
import { App, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../../src-main/api/contract/methods';
import { BACKUP_REASON_LABELS, formatBytes, formatSummary, formatVnDateTime } from '../../../../../src-main/api/contract/safety-labels';
import { invoke } from '../../../api/client';
import { readFileAsBase64 } from '../../../api/files';
import type { ApiState } from '../../../api/useApi';
import { Loadable } from '../../../components/Loadable';
import { onDataChanged } from './events';
import { RestoreDialog } from './RestoreDialog';
import { BusyButton } from '../../../components/BusyButton';

type Listing = MethodOutput<'backups.list'>;
type Backup = Listing['backups'][number];

const REASON_COLOR: Record<string, string> = { daily: 'blue', manual: 'green', damaged: 'red', restore: 'gold', external: 'purple' };

export function BackupList({ list }: { list: ApiState<Listing> }): ReactNode {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const reload = list.reload;
  useEffect(() => onDataChanged(reload), [reload]);

  const backupNow = async () => {
    setBusy(true);
    try {
      const b = await invoke('backups.create', {});
      if (b.mirror && !b.mirror.ok) message.warning(`Đã sao lưu, nhưng chưa chép được sang thư mục sao chép: ${b.mirror.error}`, 8);
      else message.success(`Đã sao lưu và kiểm tra: ${formatSummary(b.summary)}.`);
      reload();
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };

  const addFile = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    try {
      const b = await invoke('backups.addFile', { fileName: f.name, base64: await readFileAsBase64(f) });
      reload();
      setRestoring(b.name);
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
      if (picker.current) picker.current.value = '';
    }
  };

  return (
    <Loadable state={list}>
      {(l) => (
        <>
          <input ref={picker} type="file" accept=".sqlite" aria-label="Chọn tệp sao lưu" style={{ display: 'none' }} onChange={(e) => void addFile(e.target.files?.[0])} />
          <Space style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Text type="secondary">
              Tự sao lưu mỗi ngày khi mở lần đầu, trước mỗi lần nhập, khôi phục và nâng cấp dữ liệu. Giữ 14 bản hằng ngày, 12 bản đầu tháng và 20 bản
              trước thao tác gần nhất. Thư mục: <Typography.Text code>{l.dir}</Typography.Text>
            </Typography.Text>
            <Space>
              <BusyButton busy={busy} busyText="Đang xử lý…" onClick={() => picker.current?.click()}>
                Khôi phục từ tệp khác…
              </BusyButton>
              <BusyButton type="primary" busy={busy} busyText="Đang xử lý…" onClick={() => void backupNow()}>
                Sao lưu ngay
              </BusyButton>
            </Space>
          </Space>
          <Table<Backup>
            className="grid-table"
            size="small"
            bordered
            rowKey="name"
            dataSource={l.backups}
            pagination={{ pageSize: 8, hideOnSinglePage: true, showTotal: (n) => `${n} bản sao lưu` }}
            locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
            columns={[
              { title: 'Thời điểm', dataIndex: 'createdAt', width: 140, render: (v: string) => formatVnDateTime(v) },
              { title: 'Lý do', dataIndex: 'reason', width: 210, render: (r: string) => <Tag color={REASON_COLOR[r] ?? 'default'}>{BACKUP_REASON_LABELS[r] ?? r}</Tag> },
              { title: 'Dung lượng', dataIndex: 'size', width: 100, align: 'right', render: (n: number) => formatBytes(n) },
              { title: 'Nội dung', dataIndex: 'summary', render: (s: Backup['summary']) => (s ? formatSummary(s) : <span className="muted">không rõ</span>) },
              {
                title: 'Kiểm tra',
                dataIndex: 'verified',
                width: 100,
                render: (v: boolean, b) =>
                  v ? <Tag color="green">Đạt</Tag> : <Tooltip title={b.note ?? 'Bản sao lưu chưa được kiểm tra toàn vẹn'}><Tag>Chưa kiểm tra</Tag></Tooltip>,
              },
              ...(l.mirrorDir
                ? [{ title: 'Đã chép', dataIndex: 'mirrored', width: 80, render: (m: boolean) => (m ? 'Có' : <span className="muted">Chưa</span>) }]
                : []),
              {
                title: '',
                width: 110,
                render: (_: unknown, b: Backup) => (
                  <Button size="small" disabled={b.reason === 'damaged'} onClick={() => setRestoring(b.name)}>
                    Khôi phục…
                  </Button>
                ),
              },
            ]}
          />
          {restoring && (
            <RestoreDialog
              name={restoring}
              onClose={() => {
                setRestoring(null);
                reload();
              }}
            />
          )}
        </>
      )}
    </Loadable>
  );
}
