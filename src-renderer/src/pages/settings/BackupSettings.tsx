/** Cài đặt → Sao lưu và khôi phục: backups, restore, mirror folder, data location, check, packages. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useApi } from '../../api/useApi';
import { BackupList } from './safety/BackupList';
import { CheckData } from './safety/CheckData';
import { LocationWarning } from './safety/LocationWarning';
import { MirrorFolder } from './safety/MirrorFolder';
import { PackageExport } from './safety/PackageExport';
import { PackageImport } from './safety/PackageImport';

function Section({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <section className="settings-section">
      <Typography.Title level={5} className="settings-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

export function BackupSettings(): ReactNode {
  const list = useApi('backups.list', {});
  const mirrorDir = list.data?.mirrorDir ?? null;
  return (
    <>
      <LocationWarning mirrorDir={mirrorDir} onMirrorChanged={list.reload} />
      <Section title="Bản sao lưu">
        <BackupList list={list} />
      </Section>
      <Section title="Thư mục sao chép">{list.data && <MirrorFolder key={mirrorDir ?? ''} current={mirrorDir} onChanged={list.reload} />}</Section>
      <Section title="Kiểm tra toàn vẹn dữ liệu">
        <CheckData />
      </Section>
      <Section title="Xuất kế hoạch thành gói để chuyển sang máy khác">
        <PackageExport />
      </Section>
      <Section title="Nhập gói kế hoạch từ máy khác">
        <PackageImport />
      </Section>
    </>
  );
}
