import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function ReportDraftsPanel(): ReactNode {
  return <Typography.Paragraph type="secondary">Lập dự thảo báo cáo Word, Excel theo kỳ sẽ có tại đây.</Typography.Paragraph>;
}
