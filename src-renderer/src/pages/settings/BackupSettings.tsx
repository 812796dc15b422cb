import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Slot, not built yet: says so plainly. */
export function BackupSettings(): ReactNode {
  return <Typography.Paragraph type="secondary">Sao lưu tự động và khôi phục sẽ được cấu hình tại đây. Hiện có thể sao lưu bằng lệnh: npm run cli -- backup --out TỆP.</Typography.Paragraph>;
}
