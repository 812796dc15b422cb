/**
 * The app frame: sidebar with the eight sections, content on the right.
 * antd is used for its Vietnamese locale (vi_VN) and one consistent, dense look
 * suited to data-heavy office work.
 */
import { App as AntApp, ConfigProvider, Layout, Menu, Typography } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { href, type PageKey, useRoute } from './router';
import { OverviewPage } from './pages/OverviewPage';
import { PlansPage } from './pages/PlansPage';
import { PlanPage } from './pages/PlanPage';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { SettingsPage } from './pages/SettingsPage';

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
      return (
        <PlaceholderPage
          title="Nhiệm vụ"
          what="tra cứu, lọc và sửa nhiệm vụ của mọi kế hoạch trong một bảng (theo đơn vị chủ trì, phòng phụ trách, thời hạn)"
        />
      );
    case 'targets':
      return <PlaceholderPage title="Chỉ tiêu" what="tra cứu và theo dõi chỉ tiêu của mọi kế hoạch theo mốc năm và phòng chủ trì" />;
    case 'reports':
      return <PlaceholderPage title="Báo cáo" what="lập dự thảo báo cáo kết quả thực hiện kế hoạch theo kỳ (Word, Excel) theo thể thức Nghị định 30" />;
    case 'import':
      return <PlaceholderPage title="Nhập dữ liệu" what="nhập bảng phụ lục nhiệm vụ, chỉ tiêu, tiến độ từ tệp Excel (.xlsx) và Word (.docx)" />;
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
            <Menu
              mode="inline"
              selectedKeys={[route.page]}
              items={NAV.map((n) => ({ key: n.key, label: <a href={href({ page: n.key })}>{n.label}</a> }))}
            />
          </Layout.Sider>
          <Layout.Content className="app-content">
            <Page />
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
