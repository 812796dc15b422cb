import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function OfficeSettings(): ReactNode {
  return <Typography.Paragraph type="secondary">Thông tin cơ quan dùng khi xuất văn bản và tên cán bộ ghi vào lịch sử thay đổi sẽ được cấu hình tại đây.</Typography.Paragraph>;
}
