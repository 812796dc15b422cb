/** Conflicts field by field: for each, keep this machine's value or take the package's. */
import { Button, Radio, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../../src-main/api/contract/methods';
import { formatVnDateTime } from '../../../../../src-main/api/contract/safety-labels';

type Conflict = MethodOutput<'packages.preview'>['conflicts'][number];

export const choiceKey = (uid: string, field: string) => `${uid}\u0000${field}`;

interface Props {
  conflicts: Conflict[];
  /** keys (choiceKey) of the fields taken from the package */
  takeTheirs: Set<string>;
  onChange: (next: Set<string>) => void;
}

export function ConflictTable({ conflicts, takeTheirs, onChange }: Props): ReactNode {
  const all = conflicts.flatMap((c) => c.fields.map((f) => choiceKey(c.uid, f.field)));
  const set = (key: string, theirs: boolean) => {
    const next = new Set(takeTheirs);
    if (theirs) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  const rows = conflicts.flatMap((c) =>
    c.fields.map((f, i) => ({ key: choiceKey(c.uid, f.field), record: c, first: i === 0, span: c.fields.length, ...f })),
  );
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => onChange(new Set())}>
          Giữ tất cả giá trị trên máy này
        </Button>
        <Button size="small" onClick={() => onChange(new Set(all))}>
          Lấy tất cả giá trị trong gói
        </Button>
      </Space>
      <Table
        className="grid-table"
        size="small"
        bordered
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={rows}
        columns={[
          {
            title: 'Bản ghi',
            width: 260,
            onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
            render: (_, r) => (
              <>
                <Typography.Text strong>{r.record.label}</Typography.Text>
                <span className="parsed">
                  {r.record.tableLabel}; sửa ở máy này {formatVnDateTime(r.record.oursUpdatedAt) || '—'}, trong gói {formatVnDateTime(r.record.theirsUpdatedAt) || '—'}
                </span>
              </>
            ),
          },
          { title: 'Trường', dataIndex: 'label', width: 150 },
          { title: 'Trên máy này', dataIndex: 'ours', render: (v: string, r) => <span style={{ fontWeight: takeTheirs.has(r.key) ? 400 : 600 }}>{v}</span> },
          { title: 'Trong gói', dataIndex: 'theirs', render: (v: string, r) => <span style={{ fontWeight: takeTheirs.has(r.key) ? 600 : 400 }}>{v}</span> },
          {
            title: 'Dùng',
            width: 200,
            render: (_, r) => (
              <Radio.Group size="small" value={takeTheirs.has(r.key) ? 'theirs' : 'ours'} onChange={(e) => set(r.key, e.target.value === 'theirs')}>
                <Radio.Button value="ours">Máy này</Radio.Button>
                <Radio.Button value="theirs">Trong gói</Radio.Button>
              </Radio.Group>
            ),
          },
        ]}
      />
    </>
  );
}
