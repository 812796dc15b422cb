/** A progress status as the officer knows it (from the latest progress entry). */
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../../../../src-main/api/contract/list-view';

const COLOR: Record<ProgressStatus, string> = {
  done_on_time: 'green',
  done_late: 'lime',
  in_progress: 'blue',
  overdue: 'red',
  not_started: 'default',
  dropped: 'default',
  submitted: 'cyan',
  not_submitted: 'gold',
};

export function StatusTag({ status }: { status: string }): ReactNode {
  const s = status as ProgressStatus;
  return (
    <Tag color={COLOR[s] ?? 'default'} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {PROGRESS_STATUS_LABELS[s] ?? status}
    </Tag>
  );
}
