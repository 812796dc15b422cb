/**
 * Step 2 of the derive wizard: assign departments (phòng, with an optional part note) to the
 * picked tasks. Bulk: tick rows, pick one or more phòng, "Giao cho … dòng đã chọn".
 */
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { assign, unassign, type Assignments } from './deriveAssign';
import { orgFilter, orgOptions, type Org } from './OrgPicker';
import type { TaskItem } from './rows';

export function DeriveDepartments({
  tasks,
  orgs,
  groupCode,
  value,
  onChange,
}: {
  tasks: TaskItem[];
  orgs: Org[];
  groupCode(t: TaskItem): string;
  value: Assignments;
  onChange(next: Assignments): void;
}): ReactNode {
  const [selected, setSelected] = useState<number[]>([]);
  const [depts, setDepts] = useState<number[]>([]);
  const [note, setNote] = useState('');
  // phòng of the Sở first, then the other bodies (a task may go to a unit outside the Sở)
  const choices = [...orgs].sort((a, b) => Number(b.kind === 'department') - Number(a.kind === 'department'));
  const name = (id: number) => {
    const o = orgs.find((x) => x.id === id);
    return o?.shortName ?? o?.name ?? `#${id}`;
  };
  const rows = selected.filter((id) => tasks.some((t) => t.id === id));
  const done = tasks.filter((t) => value.get(t.id)?.length).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        Chọn các dòng, chọn phòng phụ trách (có thể ghi phần việc), rồi bấm “Giao”. Có thể bỏ qua bước này và phân công sau trong bảng nhiệm vụ.
      </Typography.Text>
      <Space wrap>
        <Select
          mode="multiple"
          style={{ width: 360 }}
          placeholder="Chọn phòng phụ trách"
          value={depts}
          onChange={(ids: number[]) => setDepts(ids)}
          options={orgOptions(choices)}
          filterOption={orgFilter}
          aria-label="Phòng phụ trách"
        />
        <Input style={{ width: 240 }} placeholder="Phụ trách phần (không bắt buộc)" value={note} onChange={(e) => setNote(e.target.value)} aria-label="Phụ trách phần" />
        <Button type="primary" disabled={rows.length === 0 || depts.length === 0} onClick={() => onChange(assign(value, rows, depts, note))}>
          Giao cho {rows.length} dòng đã chọn
        </Button>
        <Button disabled={rows.length === 0} onClick={() => onChange(unassign(value, rows))}>
          Bỏ phân công
        </Button>
        <Typography.Text type="secondary">
          Đã phân công {done}/{tasks.length} nhiệm vụ
        </Typography.Text>
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ y: 330 }}
        dataSource={tasks}
        locale={{ emptyText: 'Chưa chọn nhiệm vụ nào ở bước 1 (chỉ tiêu không cần phân công ở đây).' }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
        columns={[
          { title: 'Mã', key: 'code', width: 70, render: (_, t) => t.code || groupCode(t) },
          { title: 'Nhiệm vụ', dataIndex: 'title' },
          {
            title: 'Phòng phụ trách',
            key: 'depts',
            width: 300,
            render: (_, t) =>
              value.get(t.id)?.length ? (
                value.get(t.id)!.map((d) => (
                  <div key={d.orgId}>
                    <Tag color="blue" style={{ whiteSpace: 'normal' }}>
                      {name(d.orgId)}
                    </Tag>
                    {d.partNote ? <span className="muted">({d.partNote})</span> : null}
                  </div>
                ))
              ) : (
                <span className="muted">chưa phân công</span>
              ),
          },
        ]}
      />
    </Space>
  );
}
