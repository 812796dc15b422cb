import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function FormatSettings(): ReactNode {
  return <Typography.Paragraph type="secondary">Thể thức văn bản (lề, cỡ chữ, giãn dòng) dùng khi xuất Word sẽ được cấu hình tại đây.</Typography.Paragraph>;
}
