/** Báo cáo: reporting periods and progress (progress/), report drafts (reports/). */
import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ProgressPanel } from '../progress/ProgressPanel';
import { ReportDraftsPanel } from './ReportDraftsPanel';

export function ReportsPage(): ReactNode {
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Báo cáo
      </Typography.Title>
      <Tabs
        items={[
          { key: 'progress', label: 'Kỳ báo cáo và tiến độ', children: <ProgressPanel /> },
          { key: 'drafts', label: 'Dự thảo báo cáo', children: <ReportDraftsPanel /> },
        ]}
      />
    </>
  );
}
