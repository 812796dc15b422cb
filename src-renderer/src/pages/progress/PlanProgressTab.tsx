import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot on the plan page: progress of this plan's tasks and targets per period. */
export function PlanProgressTab({ planId: _planId }: { planId: number }): ReactNode {
  return <Typography.Paragraph type="secondary">Tiến độ thực hiện theo kỳ báo cáo của kế hoạch này sẽ hiển thị tại đây.</Typography.Paragraph>;
}
