/** What a package would do here: where it comes from, its plans, counts, changes and warnings. */
import { Alert, Collapse, Descriptions, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../../src-main/api/contract/methods';
import { formatVnDateTime } from '../../../../../src-main/api/contract/safety-labels';

type Preview = MethodOutput<'packages.preview'>;

export function PackagePreview({ preview: p }: { preview: Preview }): ReactNode {
  return (
    <>
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="Tệp">{p.fileName}</Descriptions.Item>
        <Descriptions.Item label="Xuất lúc">{formatVnDateTime(p.source.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Từ">{[p.source.office, p.source.machineName].filter(Boolean).join(' — ')}</Descriptions.Item>
        <Descriptions.Item label="Phiên bản">PlanDesk {p.source.appVersion}</Descriptions.Item>
        <Descriptions.Item label="Kế hoạch" span={2}>
          {p.plans.map((pl) => (
            <div key={pl.uid}>
              <Tag color={pl.exists ? 'blue' : 'green'}>{pl.exists ? 'Đã có' : 'Mới'}</Tag>
              {pl.numberSymbol ? `${pl.numberSymbol} — ` : ''}
              {pl.title}
            </div>
          ))}
        </Descriptions.Item>
      </Descriptions>
      {p.warnings.map((w) => (
        <Alert key={w} type="info" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="table"
        dataSource={p.counts}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>Cộng</strong>
            </Table.Summary.Cell>
            {(['new', 'theirsNewer', 'conflicts', 'oursNewer', 'same'] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right">
                <strong>{p.totals[k]}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
        columns={[
          { title: 'Loại', dataIndex: 'label' },
          { title: 'Mới', dataIndex: 'new', align: 'right', width: 90 },
          { title: 'Đã sửa ở nơi gửi', dataIndex: 'theirsNewer', align: 'right', width: 130 },
          { title: 'Xung đột', dataIndex: 'conflicts', align: 'right', width: 90, render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          { title: 'Đã sửa ở máy này (giữ)', dataIndex: 'oursNewer', align: 'right', width: 170 },
          { title: 'Giống nhau', dataIndex: 'same', align: 'right', width: 100 },
        ]}
      />
      {p.updates.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'updates',
              label: `${p.totals.theirsNewer} bản ghi đã sửa ở nơi gửi (sẽ cập nhật vào máy này)`,
              children: (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {p.updates.map((u) => (
                    <li key={u.uid}>
                      {u.label} <span className="muted">— {u.fields.join(', ')}</span>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      {p.truncated && <Alert style={{ marginTop: 8 }} type="info" showIcon title="Danh sách quá dài nên chỉ hiện 300 mục đầu; khi nhập, mọi mục đều được xử lý." />}
    </>
  );
}
