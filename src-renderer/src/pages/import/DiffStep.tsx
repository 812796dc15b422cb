/**
 * Step 5: the diff against the target plan — new, changed (field: before → after),
 * unchanged, and the plan's rows the file does not have (kept as they are) — then commit.
 */
import { Alert, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import type { DiffView } from '../../../../src-main/api/contract/imports-schemas';
import { DIFF_COLOR, DIFF_FIELD_LABEL, DIFF_LABEL } from './labels';
import { BusyButton } from '../../components/BusyButton';

type Status = keyof typeof DIFF_LABEL;

export function DiffStep({ diff, planLabel, errors, busy, onCommit }: { diff: DiffView; planLabel: string; errors: number; busy: boolean; onCommit: () => void }): ReactNode {
  const [filter, setFilter] = useState<Status | 'all'>('all');
  const c = diff.counts;
  const writes = c.new + c.changed;
  const items = diff.items.filter((i) => filter === 'all' || i.status === filter);
  return (
    <>
      <Space wrap className="import-diff-counts">
        {(Object.keys(DIFF_LABEL) as Status[]).map((s) => (
          <Tag key={s} color={DIFF_COLOR[s]} data-testid={`diff-${s}`}>
            {DIFF_LABEL[s]}: {c[s]}
          </Tag>
        ))}
      </Space>
      {c.missing > 0 && (
        <Alert className="import-alert" type="info" showIcon title={`${c.missing} dòng của kế hoạch không có trong tệp: PlanDesk giữ nguyên, không xóa.`} />
      )}
      {errors > 0 && <Alert className="import-alert" type="error" showIcon title={`Còn ${errors} lỗi ở bước Kiểm tra dữ liệu. Hãy sửa trước khi ghi.`} />}
      <Space className="import-review-bar" wrap>
        <Segmented<Status | 'all'>
          value={filter}
          onChange={setFilter}
          options={[{ value: 'all', label: 'Tất cả' }, ...(Object.keys(DIFF_LABEL) as Status[]).map((s) => ({ value: s, label: DIFF_LABEL[s] }))]}
        />
      </Space>
      <Table
        className="grid-table"
        size="small"
        bordered
        virtual={items.length > 400}
        scroll={items.length > 400 ? { y: 440 } : undefined}
        pagination={false}
        rowKey={(i) => `${i.status}:${i.code}:${i.sourceRow ?? i.existingId}`}
        dataSource={items}
        columns={[
          { title: 'Trạng thái', width: 130, render: (_: unknown, i) => <Tag color={DIFF_COLOR[i.status]}>{DIFF_LABEL[i.status]}</Tag> },
          { title: 'TT', width: 80, dataIndex: 'code' },
          { title: 'Nội dung', dataIndex: 'title', render: (t: string) => <span className="cell-lines">{t}</span> },
          {
            title: 'Thay đổi',
            width: 420,
            render: (_: unknown, i) =>
              i.changes.length ? (
                <ul className="import-change-list">
                  {i.changes.map((ch, k) => (
                    <li key={k}>
                      <b>{DIFF_FIELD_LABEL[ch.field] ?? ch.field}:</b> <del>{ch.before ?? '(trống)'}</del> → <ins>{ch.after ?? '(trống)'}</ins>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">—</span>
              ),
          },
        ]}
      />
      <div className="import-actions">
        <Popconfirm
          title="Ghi vào kế hoạch?"
          description={`Ghi ${c.new} dòng mới và ${c.changed} dòng thay đổi vào “${planLabel}”. Có thể hoàn tác cả lần nhập này.`}
          okText="Ghi"
          cancelText="Thôi"
          onConfirm={onCommit}
          disabled={errors > 0 || writes === 0}
        >
          <BusyButton type="primary" size="large" disabled={errors > 0 || writes === 0} busy={busy} busyText="Đang xử lý…">
            {writes === 0 ? 'Không có gì mới để ghi' : `Ghi ${writes} dòng vào kế hoạch`}
          </BusyButton>
        </Popconfirm>
      </div>
    </>
  );
}
