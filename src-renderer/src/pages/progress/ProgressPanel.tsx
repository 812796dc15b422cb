import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function ProgressPanel(): ReactNode {
  return <Typography.Paragraph type="secondary">Kỳ báo cáo, tiến độ và đơn vị chưa báo cáo sẽ hiển thị tại đây.</Typography.Paragraph>;
}
