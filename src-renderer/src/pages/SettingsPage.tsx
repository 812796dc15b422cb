import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { BackupSettings } from './settings/BackupSettings';
import { FormatSettings } from './settings/FormatSettings';
import { OfficeSettings } from './settings/OfficeSettings';

const DOOR_LABEL = { electron: 'Ứng dụng máy tính (Electron)', web: 'Cổng web cục bộ (127.0.0.1)', cli: 'Dòng lệnh' } as const;

export function SettingsPage(): ReactNode {
  const info = useApi('app.info', {});
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Cài đặt
      </Typography.Title>
      <Card size="small" title="Cơ quan và cán bộ" style={{ marginBottom: 16 }}>
        <OfficeSettings />
      </Card>
      <Card size="small" title="Sao lưu và khôi phục" style={{ marginBottom: 16 }}>
        <BackupSettings />
      </Card>
      <Card size="small" title="Thể thức văn bản" style={{ marginBottom: 16 }}>
        <FormatSettings />
      </Card>
      <Card size="small" title="Thông tin phần mềm">
        <Loadable state={info}>
          {(i) => (
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label="Phiên bản">{i.version}</Descriptions.Item>
              <Descriptions.Item label="Phiên bản dữ liệu">{i.schemaVersion}</Descriptions.Item>
              <Descriptions.Item label="Thư mục dữ liệu">{i.dataDir}</Descriptions.Item>
              <Descriptions.Item label="Đang chạy qua">{DOOR_LABEL[i.door]}</Descriptions.Item>
            </Descriptions>
          )}
        </Loadable>
      </Card>
    </>
  );
}
