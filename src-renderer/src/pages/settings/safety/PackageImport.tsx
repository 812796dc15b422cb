/**
 * Import a PlanDesk package: choose the file, read the preview, decide each conflict, confirm.
 * One transaction after a verified backup; the last import can be undone.
 */
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../../src-main/api/contract/methods';
import { formatVnDateTime } from '../../../../../src-main/api/contract/safety-labels';
import { invoke } from '../../../api/client';
import { readFileAsBase64 } from '../../../api/files';
import { useApi } from '../../../api/useApi';
import { ConflictTable } from './ConflictTable';
import { announceDataChanged } from './events';
import { PackagePreview } from './PackagePreview';
import { BusyButton } from '../../../components/BusyButton';

type Preview = MethodOutput<'packages.preview'>;
type ImportRow = MethodOutput<'packages.imports'>[number];

export function PackageImport(): ReactNode {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const history = useApi('packages.imports', {});
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [takeTheirs, setTakeTheirs] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setTakeTheirs(new Set());
    if (input.current) input.current.value = '';
  };

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      const picked = { fileName: f.name, base64: await readFileAsBase64(f) };
      setFile(picked);
      setPreview(await invoke('packages.preview', picked));
      setTakeTheirs(new Set());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      const decisions = [...takeTheirs].map((k) => {
        const [uid, field] = k.split('\u0000') as [string, string];
        return { uid, field };
      });
      const r = await invoke('packages.import', { ...file, expectedSha256: preview.fileSha256, takeTheirs: decisions });
      message.success(`Đã nhập gói: ${r.inserted} bản ghi mới, ${r.updated} bản ghi cập nhật, ${r.conflictsKept} xung đột giữ giá trị trên máy này.`, 8);
      reset();
      history.reload();
      announceDataChanged();
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (row: ImportRow) => {
    try {
      const r = await invoke('packages.undo', { id: row.id });
      message.success(`Đã hoàn tác lần nhập ${row.fileName}: bỏ ${r.removed} bản ghi, trả lại ${r.restored} bản ghi như trước.`, 8);
      history.reload();
      announceDataChanged();
    } catch (e) {
      message.error((e as Error).message, 12);
    }
  };

  const conflictFields = preview?.conflicts.reduce((n, c) => n + c.fields.length, 0) ?? 0;
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
        PlanDesk cho xem trước: bản ghi mới, bản ghi đã sửa ở nơi gửi, và xung đột (sửa ở cả hai nơi) để chọn từng trường. Không có gì bị ghi đè khi chưa xác nhận; có thể hoàn tác. Bản ghi đã xóa ở máy gửi không bị xóa ở máy này.
      </Typography.Paragraph>
      <input ref={input} type="file" accept=".plandesk" aria-label="Chọn gói kế hoạch" style={{ display: 'none' }} onChange={(e) => void pick(e.target.files?.[0])} />
      <Space style={{ marginBottom: 8 }}>
        <BusyButton busy={busy && !preview} busyText="Đang xử lý…" onClick={() => input.current?.click()}>
          Chọn gói (.plandesk)…
        </BusyButton>
        {file && <Typography.Text type="secondary">{file.fileName}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon title="Không nhập được gói này" description={error} style={{ marginBottom: 8 }} />}
      {preview && (
        <>
          <PackagePreview preview={preview} />
          {preview.conflicts.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                Xung đột: sửa ở cả hai nơi ({preview.totals.conflicts} bản ghi). Chọn giá trị dùng cho từng trường; mặc định giữ giá trị trên máy này.
              </Typography.Title>
              <ConflictTable conflicts={preview.conflicts} takeTheirs={takeTheirs} onChange={setTakeTheirs} />
            </>
          )}
          <Space style={{ marginTop: 12 }}>
            <Popconfirm
              title="Nhập gói này?"
              description={`${preview.totals.new} bản ghi mới, ${preview.totals.theirsNewer} bản ghi cập nhật; ${takeTheirs.size}/${conflictFields} trường xung đột lấy trong gói. Có thể hoàn tác.`}
              okText="Nhập"
              cancelText="Chưa"
              onConfirm={() => void commit()}
            >
              <BusyButton type="primary" busy={busy} busyText="Đang xử lý…" disabled={preview.totals.new + preview.totals.theirsNewer + preview.totals.conflicts === 0}>
                Nhập gói
              </BusyButton>
            </Popconfirm>
            <Button onClick={reset}>Hủy</Button>
            {preview.totals.new + preview.totals.theirsNewer + preview.totals.conflicts === 0 && (
              <Typography.Text type="secondary">Máy này đã có đúng như trong gói: không có gì để nhập.</Typography.Text>
            )}
          </Space>
        </>
      )}
      {(history.data?.length ?? 0) > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Các lần nhập gói
          </Typography.Title>
          <Table<ImportRow>
            size="small"
            bordered
            rowKey="id"
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            dataSource={history.data}
            columns={[
              { title: 'Lúc', dataIndex: 'createdAt', width: 140, render: (v: string) => formatVnDateTime(v) },
              { title: 'Tệp', dataIndex: 'fileName' },
              { title: 'Từ', dataIndex: 'sourceLabel' },
              { title: 'Kết quả', render: (_, r) => `${r.summary.inserted} mới, ${r.summary.updated} cập nhật` },
              { title: 'Trạng thái', dataIndex: 'status', width: 120, render: (s: string) => (s === 'undone' ? <Tag>Đã hoàn tác</Tag> : <Tag color="green">Đã nhập</Tag>) },
              {
                title: '',
                width: 110,
                render: (_, r) =>
                  r.canUndo && (
                    <Popconfirm title="Hoàn tác lần nhập này?" description="Bỏ các bản ghi mới và trả các trường đã cập nhật về như trước." okText="Hoàn tác" cancelText="Không" onConfirm={() => void undo(r)}>
                      <Button size="small">Hoàn tác</Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
