/** Export plans as one PlanDesk package file to carry to another machine. */
import { App, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../../api/client';
import { downloadFile } from '../../../api/files';
import { useApi } from '../../../api/useApi';
import { formatBytes } from '../../../../../src-main/api/contract/safety-labels';
import { BusyButton } from '../../../components/BusyButton';

export function PackageExport(): ReactNode {
  const { message } = App.useApp();
  const plans = useApi('plans.list', {});
  const [selected, setSelected] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const exportNow = async () => {
    setBusy(true);
    try {
      const r = await invoke('packages.export', { planIds: selected });
      downloadFile(r.fileName, 'application/zip', r.base64);
      message.success(`Đã xuất ${r.plans} kế hoạch (${r.tasks} nhiệm vụ, ${r.progressEntries} kết quả thực hiện) thành tệp ${r.fileName} (${formatBytes(r.size)}).`, 8);
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
        Gói gồm kế hoạch, nhiệm vụ, chỉ tiêu, kỳ báo cáo, kết quả thực hiện, đơn vị và văn bản liên quan, kèm mã kiểm tra để máy nhận phát hiện tệp hỏng.
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 900 }}>
        <Select
          mode="multiple"
          aria-label="Kế hoạch cần xuất"
          style={{ width: '100%' }}
          placeholder="Chọn một hoặc nhiều kế hoạch"
          loading={plans.loading}
          value={selected}
          onChange={setSelected}
          optionFilterProp="label"
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.numberSymbol ? `${p.numberSymbol} — ` : ''}${p.summary}` }))}
        />
        <BusyButton type="primary" disabled={!selected.length} busy={busy} busyText="Đang xử lý…" onClick={() => void exportNow()}>
          Xuất gói
        </BusyButton>
      </Space.Compact>
    </div>
  );
}
