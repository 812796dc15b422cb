/** Merge a duplicate into another organisation: pick the one to keep, see what moves, confirm. */
import { Alert, App, Descriptions, Modal, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { foldText, type OrgRow } from './tree';

function Preview({ sourceId, targetId }: { sourceId: number; targetId: number }): ReactNode {
  const p = useApi('registry.mergePreview', { sourceId, targetId });
  if (p.error) return <Alert type="error" showIcon message={p.error} />;
  if (!p.data) return null;
  const r = p.data.references;
  return (
    <>
      <Typography.Paragraph>
        Mọi nhiệm vụ, chỉ tiêu, văn bản và báo cáo đang gắn với <b>{p.data.source.name}</b> sẽ chuyển sang <b>{p.data.target.name}</b>; tên và tên gọi khác của
        đơn vị bị gộp trở thành tên gọi khác của đơn vị được giữ lại; đơn vị bị gộp bị xóa khỏi sổ. Việc gộp được ghi vào lịch sử thay đổi.
      </Typography.Paragraph>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label="Chủ trì, phối hợp nhiệm vụ">{r.taskLinks}</Descriptions.Item>
        <Descriptions.Item label="Phòng phụ trách nhiệm vụ">{r.taskDepartments}</Descriptions.Item>
        <Descriptions.Item label="Phòng chủ trì chỉ tiêu">{r.targetDepartments}</Descriptions.Item>
        <Descriptions.Item label="Văn bản ban hành">{r.documents}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị trực thuộc">{r.children}</Descriptions.Item>
        <Descriptions.Item label="Báo cáo tiến độ">{r.progressEntries}</Descriptions.Item>
      </Descriptions>
    </>
  );
}

export function MergeModal({ rows, source, onClose, onMerged }: { rows: OrgRow[]; source: OrgRow; onClose: () => void; onMerged: (targetId: number) => void }): ReactNode {
  const { message } = App.useApp();
  const [target, setTarget] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const merge = async () => {
    if (target === null) return;
    setBusy(true);
    setError(null);
    try {
      await invoke('registry.merge', { sourceId: source.id, targetId: target });
      message.success(`Đã gộp "${source.name}" vào "${rows.find((r) => r.id === target)?.name ?? ''}".`);
      onMerged(target);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`Gộp đơn vị trùng: ${source.name}`}
      okText="Gộp"
      okButtonProps={{ danger: true, disabled: busy || target === null }}
      cancelText="Hủy"
      onOk={() => void merge()}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <Typography.Paragraph>Gộp vào đơn vị (đơn vị được giữ lại):</Typography.Paragraph>
      <Select
        autoFocus
        aria-label="Gộp vào đơn vị"
        style={{ width: '100%', marginBottom: 16 }}
        placeholder="Chọn đơn vị được giữ lại (gõ để tìm, có dấu hay không dấu)"
        showSearch={{ filterOption: (input, o) => foldText(String(o?.label ?? '')).includes(foldText(input)) }}
        value={target ?? undefined}
        onChange={(v: number) => {
          setTarget(v);
          setError(null);
        }}
        options={rows.filter((r) => r.id !== source.id).map((r) => ({ value: r.id, label: r.shortName ? `${r.name} (${r.shortName})` : r.name }))}
      />
      {target !== null ? <Preview sourceId={source.id} targetId={target} /> : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
