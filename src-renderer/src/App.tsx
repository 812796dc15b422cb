/**
 * The app frame: sidebar with the eight sections, content on the right.
 * antd is used for its Vietnamese locale (vi_VN) and one consistent, dense look
 * suited to data-heavy office work.
 */
import { App as AntApp, ConfigProvider, Layout, Menu, Typography } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { href, type PageKey, useRoute } from './router';
import { SafetyBanner } from './components/SafetyBanner';
import { OverviewPage } from './pages/OverviewPage';
import { PlansPage } from './pages/PlansPage';
import { PlanPage } from './pages/PlanPage';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { SettingsPage } from './pages/SettingsPage';
import { ImportPage } from './pages/import/ImportPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { TargetsPage } from './pages/targets/TargetsPage';
import { TasksPage } from './pages/tasks/TasksPage';
import { SearchLauncher } from './search/SearchLauncher';

const NAV: Array<{ key: PageKey; label: string }> = [
  { key: 'overview', label: 'Tổng quan' },
  { key: 'plans', label: 'Kế hoạch' },
  { key: 'tasks', label: 'Nhiệm vụ' },
  { key: 'targets', label: 'Chỉ tiêu' },
  { key: 'reports', label: 'Báo cáo' },
  { key: 'import', label: 'Nhập dữ liệu' },
  { key: 'organizations', label: 'Đơn vị' },
  { key: 'settings', label: 'Cài đặt' },
];

function Page(): ReactNode {
  const route = useRoute();
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'plans':
      return route.id ? <PlanPage id={route.id} /> : <PlansPage />;
    case 'organizations':
      return <OrganizationsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'tasks':
      return <TasksPage />;
    case 'targets':
      return <TargetsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'import':
      return <ImportPage />;
  }
}

export function App(): ReactNode {
  const route = useRoute();
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f4e8c', fontSize: 14, borderRadius: 4 } }}>
      <AntApp>
        <Layout className="app-frame">
          <Layout.Sider width={212} theme="light" className="app-sider">
            <div className="app-brand">
              <Typography.Text strong className="app-brand-name">
                PlanDesk
              </Typography.Text>
              <Typography.Text type="secondary" className="app-brand-org">
                Sở Giáo dục và Đào tạo Hải Phòng
              </Typography.Text>
            </div>
            <SearchLauncher />
            <Menu
              mode="inline"
              selectedKeys={[route.page]}
              items={NAV.map((n) => ({ key: n.key, label: <a href={href({ page: n.key })}>{n.label}</a> }))}
            />
          </Layout.Sider>
          <Layout.Content className="app-content">
            <SafetyBanner />
            <Page />
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
