/** The progress of an export: the stages (đọc dữ liệu → Word → Excel → ghi tệp) and one bar for the whole job. */
import { Progress, Steps } from 'antd';
import type { ReactNode } from 'react';
import { overallPercent, STAGE_LABELS, type ExportProgressState, type ExportStage } from './exportJob';

export function ExportProgress({ stages, progress }: { stages: ExportStage[]; progress: ExportProgressState }): ReactNode {
  const current = Math.max(0, stages.indexOf(progress.stage));
  const percent = overallPercent(stages, progress);
  return (
    <div role="status" aria-label="Tiến độ xuất tệp" style={{ margin: '4px 0 16px' }}>
      <Steps
        size="small"
        current={current}
        items={stages.map((s) => ({ title: STAGE_LABELS[s] }))}
      />
      <Progress percent={percent} status="active" style={{ marginTop: 12 }} aria-label="Tiến độ" />
    </div>
  );
}
