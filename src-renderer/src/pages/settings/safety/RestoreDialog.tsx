/** Restore one backup: what it holds against the current data, then an explicit confirmation. */
import { Alert, App, Checkbox, Descriptions, Modal, Spin, Table } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../../api/client';
import { useApi } from '../../../api/useApi';
import { BACKUP_REASON_LABELS, formatBytes, formatVnDateTime, SUMMARY_LABELS, type SummaryKey } from '../../../../../src-main/api/contract/safety-labels';
import { announceDataChanged } from './events';

interface Props {
  name: string;
  onClose: () => void;
}

function Difference({ backup, current }: { backup: number; current: number | null }): ReactNode {
  if (current === null) return <span className="muted">—</span>;
  const d = backup - current;
  if (d === 0) return <span className="muted">như nhau</span>;
  return <span style={{ color: d < 0 ? '#b42318' : '#1f6f43', fontWeight: 600 }}>{d > 0 ? `+${d}` : d}</span>;
}

export function RestoreDialog({ name, onClose }: Props): ReactNode {
  const { message } = App.useApp();
  const preview = useApi('backups.restorePreview', { name });
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const p = preview.data;

  const restore = async () => {
    setBusy(true);
    try {
      const r = await invoke('backups.restore', { name });
      message.success(`Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được giữ trong bản sao lưu ${r.safetyBackup ?? ''}.`, 8);
      announceDataChanged();
      onClose();
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title="Khôi phục dữ liệu từ bản sao lưu"
      okText="Khôi phục"
      cancelText="Hủy"
      okButtonProps={{ danger: true, disabled: !p || !agreed, loading: busy }}
      onOk={() => void restore()}
      onCancel={onClose}
    >
      {preview.error && <Alert type="error" showIcon title="Không khôi phục được bản sao lưu này" description={preview.error} />}
      {!p && !preview.error && <Spin tip="Đang kiểm tra bản sao lưu…" style={{ display: 'block', margin: '24px auto' }} />}
      {p && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Thời điểm">{formatVnDateTime(p.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="Lý do">{p.reason ? BACKUP_REASON_LABELS[p.reason] : '—'}</Descriptions.Item>
            <Descriptions.Item label="Dung lượng">{formatBytes(p.size)}</Descriptions.Item>
            <Descriptions.Item label="Kiểm tra toàn vẹn">Đạt</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            dataSource={(Object.keys(SUMMARY_LABELS) as SummaryKey[]).map((key) => ({ key, label: SUMMARY_LABELS[key], backup: p.backup[key], current: p.current?.[key] ?? null }))}
            columns={[
              { title: 'Nội dung', dataIndex: 'label' },
              { title: 'Trong bản sao lưu', dataIndex: 'backup', align: 'right', width: 150 },
              { title: 'Dữ liệu hiện tại', dataIndex: 'current', align: 'right', width: 150, render: (v: number | null) => v ?? '—' },
              { title: 'Chênh lệch', align: 'right', width: 150, render: (_, r) => <Difference backup={r.backup} current={r.current} /> },
            ]}
          />
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title="Dữ liệu hiện tại sẽ được thay bằng bản sao lưu này."
            description="Mọi thay đổi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng. PlanDesk tự sao lưu dữ liệu hiện tại trước khi khôi phục, nên vẫn có thể quay lại."
          />
          <Checkbox style={{ marginTop: 12 }} checked={agreed} onChange={(e) => setAgreed(e.target.checked)}>
            Tôi đã xem bảng so sánh và muốn khôi phục bản sao lưu lúc {formatVnDateTime(p.createdAt)}.
          </Checkbox>
        </>
      )}
    </Modal>
  );
}
