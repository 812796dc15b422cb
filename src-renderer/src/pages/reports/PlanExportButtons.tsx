/** On the plan page: "Xuất Word", "Xuất Excel" (the plan in the Decree 30 format) and "Xuất báo cáo". */
import { App, Button, Modal, Space, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../api/client';
import { saveFiles } from './exportFiles';
import { overallPercent, runExportJob, stagesOf, STAGE_LABELS, type ExportJob } from './exportJob';
import { ReportExportForm, type PeriodOption } from './ReportExportForm';
import { BusyButton } from '../../components/BusyButton';

export function PlanExportButtons({ planId }: { planId: number }): ReactNode {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [periods, setPeriods] = useState<PeriodOption[] | null>(null);
  const [open, setOpen] = useState(false);

  async function exportPlan(format: 'docx' | 'xlsx'): Promise<void> {
    setBusy(format);
    const key = `export-plan-${planId}`;
    const job: ExportJob = { kind: 'plan', planId, format };
    try {
      const files = await runExportJob(job, (p) =>
        message.open({ key, type: 'loading', duration: 0, content: `${STAGE_LABELS[p.stage]}… ${overallPercent(stagesOf(job), p)}%` }),
      );
      message.open({ key, type: 'success', duration: 6, content: `Đã tạo ${saveFiles(files).join(', ')}.` });
    } catch (e) {
      message.destroy(key);
      message.error(e instanceof Error ? e.message : String(e), 8);
    } finally {
      setBusy(null);
    }
  }

  function openReport(): void {
    setOpen(true);
    if (periods) return;
    invoke('plans.get', { id: planId }).then(
      (p) => setPeriods(p.reportingPeriods),
      (e: unknown) => {
        setOpen(false);
        message.error(e instanceof Error ? e.message : String(e));
      },
    );
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <BusyButton onClick={() => void exportPlan('docx')} busy={busy === 'docx'} busyText="Đang xử lý…" disabled={busy !== null}>
          Xuất Word
        </BusyButton>
        <BusyButton onClick={() => void exportPlan('xlsx')} busy={busy === 'xlsx'} busyText="Đang xử lý…" disabled={busy !== null}>
          Xuất Excel
        </BusyButton>
        <Button type="primary" onClick={openReport}>
          Xuất báo cáo
        </Button>
      </Space>
      <Modal title="Xuất dự thảo báo cáo kết quả thực hiện" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden width={620}>
        {periods ? <ReportExportForm planId={planId} periods={periods} onDone={() => setOpen(false)} /> : <Spin />}
      </Modal>
    </>
  );
}
