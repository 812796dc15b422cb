/** Step 1: pick or drop a file; a progress bar while it is read and analysed. */
import { Alert, Progress, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { formatBytes } from './labels';

export interface Busy {
  label: string;
  percent: number;
}

export function FileStep({ onFile, busy, error, lastFile }: { onFile: (f: File) => void; busy: Busy | null; error: string | null; lastFile: { name: string; size: number } | null }): ReactNode {
  return (
    <div className="import-file-step">
      <Upload.Dragger
        accept=".xlsx,.docx,.xls,.doc,.pdf"
        multiple={false}
        showUploadList={false}
        disabled={!!busy}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="import-drop-icon" aria-hidden>
          ⤓
        </p>
        <p className="ant-upload-text">Bấm để chọn tệp, hoặc kéo thả tệp vào cửa sổ</p>
        <p className="ant-upload-hint">
          Bảng phụ lục nhiệm vụ, chỉ tiêu hoặc tiến độ trong tệp Excel (.xlsx) hoặc Word (.docx). Tệp có nhiều bảng, nhiều trang tính: bạn chọn bảng ở bước sau.
        </p>
      </Upload.Dragger>
      {busy && <BusyBar busy={busy} />}
      {error && !busy && (
        <Alert className="import-alert" type="error" showIcon title={lastFile ? `Không dùng được tệp ${lastFile.name} (${formatBytes(lastFile.size)})` : 'Không dùng được tệp'} description={error} />
      )}
    </div>
  );
}

/** Progress while the file is read, analysed, checked or written. */
export function BusyBar({ busy }: { busy: Busy }): ReactNode {
  return (
    <div className="import-progress" role="status">
      <Typography.Text>{busy.label}</Typography.Text>
      <Progress percent={busy.percent} status="active" />
    </div>
  );
}
