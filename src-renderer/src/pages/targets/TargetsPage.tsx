import type { ReactNode } from 'react';
import { PlaceholderPage } from '../PlaceholderPage';

/** Slot: Chỉ tiêu. */
export function TargetsPage(): ReactNode {
  return <PlaceholderPage title="Chỉ tiêu" what="tra cứu và theo dõi chỉ tiêu của mọi kế hoạch theo mốc năm và phòng chủ trì" />;
}
