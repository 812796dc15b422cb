import type { ReactNode } from 'react';

/** Slot on the plan page header: export this plan to Word / Excel. */
export function PlanExportButtons({ planId: _planId }: { planId: number }): ReactNode {
  return null;
}
