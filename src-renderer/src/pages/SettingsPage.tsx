import { Alert, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';

const DOOR_LABEL = { electron: 'Ứng dụng máy tính (Electron)', web: 'Cổng web cục bộ (127.0.0.1)', cli: 'Dòng lệnh' } as const;

export function SettingsPage(): ReactNode {
  const info = useApi('app.info', {});
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Cài đặt
      </Typography.Title>
      <Loadable state={info}>
        {(i) => (
          <Descriptions bordered size="small" column={1} style={{ maxWidth: 760, marginBottom: 16 }}>
            <Descriptions.Item label="Phiên bản">{i.version}</Descriptions.Item>
            <Descriptions.Item label="Phiên bản dữ liệu">{i.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label="Thư mục dữ liệu">{i.dataDir}</Descriptions.Item>
            <Descriptions.Item label="Đang chạy qua">{DOOR_LABEL[i.door]}</Descriptions.Item>
          </Descriptions>
        )}
      </Loadable>
      <Alert
        type="info"
        showIcon
        message="Các cài đặt khác chưa được xây dựng"
        description="Sao lưu tự động, khôi phục và thể thức văn bản sẽ được cấu hình tại đây. Hiện có thể sao lưu bằng lệnh: npm run cli -- backup --out TỆP."
        style={{ maxWidth: 760 }}
      />
    </>
  );
}
