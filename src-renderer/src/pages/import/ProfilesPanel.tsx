/** Remembered column mappings (by header shape): what they map, how often used; forget one. */
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { FIELD_LABEL, KIND_LABEL } from './labels';

type Profile = MethodOutput<'imports.profiles'>[number];

export function ProfilesPanel(): ReactNode {
  const { message } = App.useApp();
  const profiles = useApi('imports.profiles', {});
  const forget = async (p: Profile) => {
    try {
      await invoke('imports.profiles.delete', { id: p.id });
      void message.success('Đã xóa cách gán cột đã lưu.');
      profiles.reload();
    } catch (e) {
      void message.error((e as Error).message, 8);
    }
  };
  return (
    <Loadable state={profiles}>
      {(rows) => (
        <Table<Profile>
          className="grid-table"
          size="small"
          bordered
          rowKey="id"
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: 'Chưa lưu cách gán cột nào. Đánh dấu “Ghi nhớ cách gán cột này” ở bước Xác nhận cột để lưu.' }}
          columns={[
            { title: 'Bảng', width: 100, render: (_: unknown, p) => KIND_LABEL[p.kind] },
            {
              title: 'Cột trong tệp → trường',
              render: (_: unknown, p) =>
                p.headers.map((h, i) => {
                  const f = p.mapping[String(i)];
                  return (
                    <Tag key={i} color={f ? 'blue' : undefined}>
                      {h || '(trống)'} → {f ? FIELD_LABEL[f] : 'không nhập'}
                    </Tag>
                  );
                }),
            },
            { title: 'Đã dùng', width: 90, dataIndex: 'uses', align: 'right' as const },
            { title: 'Cập nhật', width: 110, render: (_: unknown, p) => formatVnDate(p.updatedAt) },
            {
              title: '',
              width: 90,
              render: (_: unknown, p) => (
                <Popconfirm title="Quên cách gán cột này?" okText="Xóa" cancelText="Thôi" onConfirm={() => void forget(p)}>
                  <Button size="small">Xóa</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Loadable>
  );
}
