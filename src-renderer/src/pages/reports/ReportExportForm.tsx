/**
 * Pick a reporting period and the files (Word draft, Excel appendices), then export:
 * the same form in the plan's "Xuất báo cáo" dialog and in Báo cáo › Dự thảo báo cáo.
 */
import { App, Checkbox, Form, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PERIOD_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { defaultPeriodId, reportablePeriods, saveFiles } from './exportFiles';
import { runExportJob, stagesOf, type ExportJob, type ExportProgressState } from './exportJob';
import { ExportProgress } from './ExportProgress';
import { BusyButton } from '../../components/BusyButton';

export interface PeriodOption {
  id: number;
  kind: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
}

type Format = 'docx' | 'xlsx';

export function ReportExportForm({ planId, periods, onDone }: { planId: number; periods: PeriodOption[]; onDone?: () => void }): ReactNode {
  const { message } = App.useApp();
  const usable = reportablePeriods(periods);
  const [periodId, setPeriodId] = useState<number | undefined>(() => defaultPeriodId(periods));
  const [formats, setFormats] = useState<Format[]>(['docx', 'xlsx']);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ job: ExportJob; state: ExportProgressState } | null>(null);

  if (usable.length === 0) {
    return <Typography.Paragraph type="secondary">Kế hoạch này chưa có kỳ báo cáo nào. Kỳ báo cáo được lấy từ chế độ báo cáo của văn bản.</Typography.Paragraph>;
  }

  async function run(): Promise<void> {
    if (!periodId || formats.length === 0) return;
    setBusy(true);
    const job: ExportJob = { kind: 'report', planId, periodId, formats };
    try {
      const files = await runExportJob(job, (state) => setProgress({ job, state }));
      setProgress({ job, state: { stage: 'write', percent: null } });
      const names = saveFiles(files);
      setProgress({ job, state: { stage: 'write', percent: 100 } });
      message.success(`Đã tạo ${names.join(', ')}.`, 6);
      onDone?.();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e), 8);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Form layout="vertical" onFinish={() => void run()} disabled={busy}>
      <Form.Item label="Kỳ báo cáo" required>
        <Select
          aria-label="Kỳ báo cáo"
          value={periodId}
          onChange={setPeriodId}
          options={usable.map((p) => ({
            value: p.id,
            label: `${p.label}${p.kind === 'review' || p.kind === 'final' || p.kind === 'adhoc' ? ` — ${PERIOD_KIND_LABELS[p.kind]}` : ''}${p.startDate && p.endDate ? ` (số liệu ${formatVnDate(p.startDate)} – ${formatVnDate(p.endDate)})` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item label="Tệp cần tạo" required help={formats.length === 0 ? 'Hãy chọn ít nhất một tệp.' : undefined} validateStatus={formats.length === 0 ? 'error' : undefined}>
        <Checkbox.Group<Format>
          value={formats}
          onChange={setFormats}
          options={[
            { value: 'docx', label: 'Dự thảo báo cáo (Word)' },
            { value: 'xlsx', label: 'Phụ lục nhiệm vụ, chỉ tiêu (Excel)' },
          ]}
        />
      </Form.Item>
      {progress && <ExportProgress stages={stagesOf(progress.job)} progress={progress.state} />}
      <Space>
        <BusyButton type="primary" htmlType="submit" busy={busy} busyText="Đang xử lý…" disabled={!periodId || formats.length === 0}>
          Xuất báo cáo
        </BusyButton>
        <Typography.Text type="secondary">Phần chữ vàng trong dự thảo là chỗ chuyên viên cần viết thêm.</Typography.Text>
      </Space>
    </Form>
  );
}
