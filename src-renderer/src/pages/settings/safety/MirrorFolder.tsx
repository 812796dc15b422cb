/** The second folder (USB drive, network share) that receives a copy of every backup. */
import { App, Input, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';

export function MirrorFolder({ current, onChanged }: { current: string | null; onChanged: () => void }): ReactNode {
  const { message } = App.useApp();
  const [value, setValue] = useState(current ?? '');
  const [busy, setBusy] = useState(false);

  const save = async (dir: string | null) => {
    setBusy(true);
    try {
      const r = await invoke('backups.setMirror', { dir });
      message.success(r.mirrorDir ? `Từ nay mỗi bản sao lưu được chép thêm vào ${r.mirrorDir}.` : 'Đã bỏ thư mục sao chép.');
      setValue(r.mirrorDir ?? '');
      onChanged();
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
        Ổ USB hoặc ổ mạng của cơ quan: mỗi bản sao lưu được chép thêm vào đây, để hỏng ổ đĩa máy này vẫn không mất dữ liệu.
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 760 }}>
        <Input
          aria-label="Thư mục sao chép"
          placeholder="Ví dụ: E:\PlanDesk-SaoLuu hoặc \\may-chu\SaoLuu\PlanDesk"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={() => void save(value.trim() || null)}
        />
        <BusyButton type="primary" busy={busy} busyText="Đang xử lý…" disabled={value.trim() === (current ?? '')} onClick={() => void save(value.trim() || null)}>
          Lưu
        </BusyButton>
        {current && (
          <BusyButton busy={busy} busyText="Đang xử lý…" onClick={() => void save(null)}>
            Bỏ sao chép
          </BusyButton>
        )}
      </Space.Compact>
    </div>
  );
}
