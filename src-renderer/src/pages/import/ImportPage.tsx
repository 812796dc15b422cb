import type { ReactNode } from 'react';
import { PlaceholderPage } from '../PlaceholderPage';

/** Slot: Nhập dữ liệu. */
export function ImportPage(): ReactNode {
  return <PlaceholderPage title="Nhập dữ liệu" what="nhập bảng phụ lục nhiệm vụ, chỉ tiêu, tiến độ từ tệp Excel (.xlsx) và Word (.docx)" />;
}
