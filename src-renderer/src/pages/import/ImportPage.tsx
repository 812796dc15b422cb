/** Nhập dữ liệu: the import wizard and the list of import batches (with undo). */
import { App, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../../api/client';
import { BatchesPanel } from './BatchesPanel';
import { ImportWizard } from './ImportWizard';
import { ProfilesPanel } from './ProfilesPanel';
import './import.css';

export function ImportPage(): ReactNode {
  const { message } = App.useApp();
  const [refresh, setRefresh] = useState(0);
  const [tab, setTab] = useState('wizard');
  const undo = async (batchId: number) => {
    try {
      const r = await invoke('imports.undo', { batchId });
      void message.success(`Đã hoàn tác lần nhập số ${r.batchId}: xóa ${r.removed} dòng thêm mới, khôi phục ${r.restored} dòng đã sửa.`);
      setRefresh((n) => n + 1);
    } catch (e) {
      void message.error((e as Error).message, 8);
    }
  };
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Nhập dữ liệu
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'wizard', label: 'Nhập từ tệp Excel, Word', children: <ImportWizard onCommitted={() => setRefresh((n) => n + 1)} onUndo={undo} /> },
          { key: 'batches', label: 'Các lần nhập', children: <BatchesPanel refresh={refresh} /> },
          { key: 'profiles', label: 'Cách gán cột đã lưu', children: <ProfilesPanel key={refresh} /> },
        ]}
      />
    </>
  );
}
