/**
 * Returned templates back in: pick files (or a whole folder), see the preview (nothing is
 * written), then confirm; each file is reported and recorded separately.
 */
import { Alert, App, Button, Card, Checkbox, Space, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';
import { readFileAsBase64 } from '../../api/files';
import { ImportPreview } from './ImportPreview';
import { DateInput, todayIso } from './ui';
import { BusyButton } from '../../components/BusyButton';

type Preview = MethodOutput<'progress.import.preview'>;
type Commit = MethodOutput<'progress.import.commit'>;

export function ImportReturned({ periodId, locked, onDone }: { periodId: number; locked: boolean; onDone: () => void }): ReactNode {
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [received, setReceived] = useState<string | null>(todayIso());
  const [accept, setAccept] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Commit | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = (list: FileList | null) => {
    const chosen = [...(list ?? [])].filter((f) => /\.xlsx$/i.test(f.name) && !f.name.startsWith('~$'));
    setFiles(chosen);
    setPreview(null);
    setResult(null);
    if (list?.length && chosen.length === 0) message.warning('Không có tệp Excel (.xlsx) nào trong những gì đã chọn.');
  };
  const payload = async () => ({
    periodId,
    files: await Promise.all(files.map(async (f) => ({ name: f.name, base64: await readFileAsBase64(f) }))),
    receivedDate: received ?? undefined,
    acceptSuggestions: accept,
  });
  const run = async (commit: boolean) => {
    setBusy(true);
    try {
      if (commit) {
        const r = await invoke('progress.import.commit', await payload());
        setResult(r);
        setPreview(null);
        message.success(`Đã ghi ${r.imported} dòng tiến độ từ ${r.files.filter((f) => f.batchId).length} tệp.`);
        onDone();
      } else {
        setPreview(await invoke('progress.import.preview', await payload()));
        setResult(null);
      }
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const writable = preview?.reduce((n, f) => n + (f.fileError ? 0 : (f.summary.new ?? 0) + (f.summary.update ?? 0) + (accept ? (f.summary.confirm ?? 0) : 0)), 0) ?? 0;
  const confirmRows = preview?.reduce((n, f) => n + (f.summary.confirm ?? 0), 0) ?? 0;
  return (
    <Card size="small" title="Nhập biểu mẫu các đơn vị gửi lại" data-testid="import-returned">
      {locked ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="Kỳ này đã khóa: muốn nhận thêm số liệu, hãy mở khóa kỳ (ghi rõ lý do) trước." /> : null}
      <Space wrap style={{ marginBottom: 8 }}>
        <input ref={fileInput} type="file" accept=".xlsx" multiple hidden data-testid="import-files" onChange={(e) => pick(e.target.files)} />
        <input ref={folderInput} type="file" multiple hidden {...{ webkitdirectory: '' }} onChange={(e) => pick(e.target.files)} />
        <Button onClick={() => fileInput.current?.click()}>Chọn tệp…</Button>
        <Button onClick={() => folderInput.current?.click()}>Chọn cả thư mục…</Button>
        <span>Ngày nhận:</span>
        <DateInput value={received} onChange={(iso) => setReceived(iso)} />
        <BusyButton type="primary" disabled={files.length === 0} busy={busy && !preview} busyText="Đang xử lý…" onClick={() => void run(false)}>
          Xem trước
        </BusyButton>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {files.length ? `Đã chọn ${files.length} tệp: ${files.map((f) => f.name).join(', ')}` : 'Chọn các tệp Excel các phòng, đơn vị gửi lại (có thể chọn nhiều tệp hoặc cả thư mục). Ngày nhận quyết định báo cáo đúng hạn hay muộn.'}
      </Typography.Paragraph>
      {preview ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            {confirmRows ? (
              <Checkbox checked={accept} onChange={(e) => setAccept(e.target.checked)}>
                Dùng trạng thái PlanDesk gợi ý cho {confirmRows} dòng ghi sai chính tả
              </Checkbox>
            ) : null}
            <BusyButton type="primary" disabled={writable === 0 || locked} busy={busy} busyText="Đang xử lý…" onClick={() => void run(true)}>
              {writable ? `Ghi ${writable} dòng vào dữ liệu` : 'Không có dòng nào để ghi'}
            </BusyButton>
            <Typography.Text type="secondary">Các dòng lỗi không được ghi; sửa tệp rồi nhập lại.</Typography.Text>
          </Space>
          <ImportPreview files={preview} done={false} />
        </>
      ) : null}
      {result ? <ImportPreview files={result.files} done /> : null}
    </Card>
  );
}
