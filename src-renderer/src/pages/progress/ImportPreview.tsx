/** What importing returned templates would do (or did), file by file and row by row. */
import { Alert, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { StatusTag } from './ui';

type FilePreview = MethodOutput<'progress.import.preview'>[number];
type PreviewRow = FilePreview['rows'][number];

type Action = PreviewRow['action'];
const ACTION: Record<Action, [string, string]> = {
  new: ['Mới', 'green'],
  update: ['Cập nhật', 'blue'],
  unchanged: ['Không đổi', 'default'],
  empty: ['Để trống', 'default'],
  error: ['Lỗi — không nhập', 'red'],
  confirm: ['Cần xác nhận', 'orange'],
};

function Summary({ s }: { s: FilePreview['summary'] }): ReactNode {
  return (
    <Space size={4} wrap>
      {(Object.entries(ACTION) as Array<[Action, [string, string]]>).map(([k, [label, color]]) => (s[k] ? <Tag key={k} color={color}>{`${label}: ${s[k]}`}</Tag> : null))}
    </Space>
  );
}

function FileCard({ f, done }: { f: FilePreview & { imported?: number }; done: boolean }): ReactNode {
  const [showEmpty, setShowEmpty] = useState(false);
  const rows = f.rows.filter((r) => showEmpty || r.action !== 'empty');
  return (
    <Card
      size="small"
      data-testid="import-file"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <b>{f.fileName}</b>
          {f.bodies.length ? <Typography.Text type="secondary">{f.bodies.join('; ')}</Typography.Text> : null}
        </Space>
      }
      extra={f.fileError ? <Tag color="red">Không nhận tệp</Tag> : done ? <Tag color="green">{`Đã ghi ${f.imported ?? 0} dòng`}</Tag> : <Summary s={f.summary} />}
    >
      {f.fileError ? <Alert type="error" showIcon message={f.fileError} /> : null}
      {f.rows.length ? (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Switch size="small" checked={showEmpty} onChange={setShowEmpty} /> <span>Hiện cả dòng để trống ({f.summary.empty ?? 0})</span>
          </Space>
          <Table<PreviewRow>
            size="small"
            bordered
            rowKey={(r) => `${r.sheet}-${r.rowNumber}`}
            dataSource={rows}
            pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
            tableLayout="fixed"
            columns={[
              {
                title: 'Dòng',
                key: 'at',
                width: 110,
                render: (_, r) => (
                  <>
                    <b>{r.code}</b>
                    <span className="muted" style={{ display: 'block' }}>{`${r.sheet}, dòng ${r.rowNumber}`}</span>
                  </>
                ),
              },
              { title: 'Nhiệm vụ / chỉ tiêu', dataIndex: 'title', render: (t: string) => <span className="cell-lines">{t}</span> },
              {
                title: 'Kết quả',
                key: 'action',
                width: 160,
                render: (_, r) => (
                  <>
                    <Tag color={ACTION[r.action][1]}>{ACTION[r.action][0]}</Tag>
                    {r.status ? <div style={{ marginTop: 4 }}><StatusTag status={r.status} /></div> : null}
                  </>
                ),
              },
              {
                title: 'Thay đổi',
                key: 'changes',
                width: 240,
                render: (_, r) => (
                  <div>
                    {r.changes
                      .filter((c) => c.field !== 'reported_status')
                      .map((c) => (
                        <div key={c.field}>
                          <b>{c.label}:</b> {c.before ? <del className="muted">{c.before}</del> : null} {c.after || <i className="muted">(xóa)</i>}
                        </div>
                      ))}
                  </div>
                ),
              },
              {
                title: 'Ghi chú',
                key: 'messages',
                width: 280,
                render: (_, r) =>
                  r.messages.map((m, i) => (
                    <Typography.Text key={i} type={m.level === 'error' ? 'danger' : m.level === 'warning' ? 'warning' : 'secondary'} style={{ display: 'block' }}>
                      {m.text}
                    </Typography.Text>
                  )),
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

export function ImportPreview({ files, done }: { files: Array<FilePreview & { imported?: number }>; done: boolean }): ReactNode {
  return (
    <div data-testid="import-preview">
      {files.map((f, i) => (
        <FileCard key={`${f.fileName}-${i}`} f={f} done={done} />
      ))}
    </div>
  );
}
