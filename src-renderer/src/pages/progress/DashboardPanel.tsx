import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function DashboardPanel(): ReactNode {
  return <Typography.Paragraph type="secondary">Bảng theo dõi tiến độ (nhiệm vụ quá hạn, đơn vị chưa báo cáo, chỉ tiêu chậm) sẽ hiển thị tại đây khi có dữ liệu tiến độ.</Typography.Paragraph>;
}
