import { Input, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { ORGANIZATION_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';

export function OrganizationsPage(): ReactNode {
  const [query, setQuery] = useState('');
  const orgs = useApi('organizations.list', { query });
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Đơn vị
      </Typography.Title>
      <Input.Search
        allowClear
        placeholder="Tìm theo tên hoặc tên gọi khác (gõ có dấu hay không dấu đều được, ví dụ: so gddt)"
        onSearch={setQuery}
        style={{ maxWidth: 520, marginBottom: 12 }}
      />
      <Loadable state={orgs}>
        {(rows) => (
          <Table
            className="grid-table"
            rowKey="id"
            size="small"
            bordered
            dataSource={rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            locale={{ emptyText: 'Không có đơn vị nào khớp.' }}
            columns={[
              { title: 'Tên đơn vị', dataIndex: 'name' },
              { title: 'Loại', dataIndex: 'kind', width: 200, render: (k: string) => ORGANIZATION_KIND_LABELS[k] ?? k },
              { title: 'Trực thuộc', dataIndex: 'parentName', width: 240 },
              { title: 'Tên gọi khác', dataIndex: 'aliases', render: (a: string[]) => a.join('; ') },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
