import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { href } from '../router';
import { DashboardPanel } from './progress/DashboardPanel';
import { formatVnNumber } from '../../../src-main/api/contract/vn-format';

export function OverviewPage(): ReactNode {
  const stats = useApi('stats.get', {});
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Tổng quan
      </Typography.Title>
      <Loadable state={stats}>
        {(s) => (
          <>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col span={6}>
                <Card>
                  <Statistic title="Kế hoạch, chương trình" value={s.plans.length} />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic title="Nhiệm vụ" value={formatVnNumber(s.plans.reduce((n, p) => n + p.tasks, 0))} />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic title="Chỉ tiêu" value={formatVnNumber(s.plans.reduce((n, p) => n + p.targets, 0))} />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic title="Văn bản / Đơn vị" value={`${s.documents} / ${s.organizations}`} />
                </Card>
              </Col>
            </Row>
            <Card title="Kế hoạch đang theo dõi">
              <List
                dataSource={s.plans}
                locale={{ emptyText: 'Chưa có kế hoạch nào.' }}
                renderItem={(p) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<a href={href({ page: 'plans', id: p.id })}>{p.title}</a>}
                      description={`${p.number ?? 'Dự thảo, chưa có số'} · ${p.tasks} nhiệm vụ · ${p.targets} chỉ tiêu`}
                    />
                  </List.Item>
                )}
              />
            </Card>
            <div style={{ marginTop: 16 }}>
              <DashboardPanel />
            </div>
          </>
        )}
      </Loadable>
    </>
  );
}
