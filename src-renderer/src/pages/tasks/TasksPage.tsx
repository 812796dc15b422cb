import type { ReactNode } from 'react';
import { PlaceholderPage } from '../PlaceholderPage';

/** Slot: Nhiệm vụ. */
export function TasksPage(): ReactNode {
  return <PlaceholderPage title="Nhiệm vụ" what="tra cứu, lọc và sửa nhiệm vụ của mọi kế hoạch trong một bảng (theo đơn vị chủ trì, phòng phụ trách, thời hạn)" />;
}
