/**
 * Step 4: every row as it will be imported, each warning and error marked at its cell
 * (hover for the message), every cell editable in place; bodies the registry does not
 * know are picked from the registry. "Kiểm tra lại" parses the edited rows again.
 */
import { Alert, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { ImportField, ImportIssueView, ImportRecordView, ParsedRowView } from '../../../../src-main/api/contract/imports-schemas';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { EditableCell, IssueMark } from './EditableCell';
import { FIELD_LABEL, FIELDS_OF_KIND, ORG_FIELDS, type Kind } from './labels';
import { OrgTags } from './OrgTags';
import { BusyButton } from '../../components/BusyButton';

export interface ReviewProps {
  kind: Kind;
  records: ImportRecordView[];
  rows: ParsedRowView[];
  issues: ImportIssueView[];
  dirty: boolean;
  busy: boolean;
  choices: Record<string, number>;
  organizations: Array<{ value: number; label: string }>;
  onEdit: (index: number, field: ImportField, value: string | null) => void;
  onChoose: (text: string, orgId: number | null) => void;
  onCheck: () => void;
}

type Filter = 'all' | 'error' | 'warning';

function parsedHint(row: ParsedRowView | undefined, field: ImportField, current: string | null): ReactNode {
  // a value edited since the last check has no reading yet
  if (!row || (row.text[field] ?? '') !== (current ?? '').replace(/\s+/g, ' ').trim()) return null;
  if (field === 'deadline' && row.deadline?.text) {
    const { kind, start, end } = row.deadline;
    if (kind === 'unknown') return null;
    if (kind === 'ongoing' || kind === 'recurring') return <span className="parsed">{kind === 'ongoing' ? 'thường xuyên' : 'hằng năm'}</span>;
    return <span className="parsed">{start === end ? formatVnDate(start) : `${formatVnDate(start)} – ${formatVnDate(end)}`}</span>;
  }
  if (field === 'budget' && row.budget?.dong != null) return <span className="parsed">{row.budget.dong.toLocaleString('vi-VN')} đ</span>;
  if (field === 'target' && row.target?.value != null) {
    const symbol = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' }[row.target.comparator ?? '='] ?? '';
    return <span className="parsed">{`${symbol} ${row.target.value.toLocaleString('vi-VN')}`}</span>;
  }
  return null;
}

export function ReviewStep(p: ReviewProps): ReactNode {
  const [filter, setFilter] = useState<Filter>('all');
  // a row glued onto the one above (page break) shows its issues on that row
  const owner = useMemo(() => {
    const m = new Map<number, number>();
    for (const r of p.records) for (const c of r.continuedRows) m.set(c, r.sourceRow);
    return m;
  }, [p.records]);
  const issues = useMemo(() => p.issues.map((i) => (owner.has(i.row) ? { ...i, row: owner.get(i.row)! } : i)), [p.issues, owner]);
  const byCell = useMemo(() => {
    const m = new Map<string, ImportIssueView[]>();
    for (const i of issues) {
      const k = `${i.row}:${i.field}`;
      m.set(k, [...(m.get(k) ?? []), i]);
    }
    return m;
  }, [issues]);
  const fields = FIELDS_OF_KIND[p.kind];
  const rowIssues = (row: number) => issues.filter((i) => i.row === row);
  const loose = issues.filter((i) => !(fields as string[]).includes(i.field) || !p.records.some((r) => r.sourceRow === i.row));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const data = p.records
    .map((record, index) => ({ record, index, row: p.rows[index] }))
    .filter(({ record }) => filter === 'all' || rowIssues(record.sourceRow).some((i) => i.severity === filter));

  return (
    <>
      <Space wrap className="import-review-bar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `Tất cả (${p.records.length})` },
            { value: 'error', label: `Có lỗi` },
            { value: 'warning', label: `Có cảnh báo` },
          ]}
        />
        {errors > 0 ? <Tag color="red">{errors} lỗi phải sửa trước khi ghi</Tag> : <Tag color="green">Không có lỗi</Tag>}
        <Tag color="orange">{issues.length - errors} cảnh báo</Tag>
        <BusyButton onClick={p.onCheck} busy={p.busy} busyText="Đang xử lý…" type={p.dirty ? 'primary' : 'default'}>
          Kiểm tra lại
        </BusyButton>
        {p.dirty && <Typography.Text type="warning">Đã sửa — bấm “Kiểm tra lại” để đọc lại các giá trị.</Typography.Text>}
      </Space>
      {loose.length > 0 && (
        <Alert
          className="import-alert"
          type={loose.some((i) => i.severity === 'error') ? 'error' : 'warning'}
          showIcon
          title="Ghi chú về bảng"
          description={
            <ul className="import-issue-list">
              {loose.slice(0, 8).map((i, k) => (
                <li key={k}>
                  Dòng {i.row}: {i.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Table
        className="grid-table import-review-table"
        data-testid="import-review"
        size="small"
        bordered
        virtual={data.length > 400}
        scroll={data.length > 400 ? { x: 240 + (fields.length - 1) * 190, y: 520 } : { x: 240 + (fields.length - 1) * 190 }}
        pagination={false}
        rowKey={(r) => r.index}
        dataSource={data}
        columns={[
          { title: 'Dòng', width: 60, fixed: 'left' as const, render: (_: unknown, r) => r.record.sourceRow },
          {
            title: 'TT',
            width: 80,
            fixed: 'left' as const,
            render: (_: unknown, r) => (
              <IssueMark issues={byCell.get(`${r.record.sourceRow}:code`) ?? []}>
                <EditableCell label={`TT dòng ${r.record.sourceRow}`} value={r.record.code || null} onChange={(v) => p.onEdit(r.index, 'code', v)} />
              </IssueMark>
            ),
          },
          {
            title: 'Nhóm',
            width: 100,
            render: (_: unknown, r) => {
              const g = r.record.groups[r.record.groups.length - 1];
              const horizon = [...r.record.groups].reverse().find((x) => x.horizon !== null)?.horizon;
              if (!g) return <span className="muted">—</span>;
              return (
                <span title={g.title}>
                  {g.code}
                  {p.kind === 'targets' && horizon ? <span className="parsed">đến {horizon}</span> : null}
                </span>
              );
            },
          },
          ...fields
            .filter((f) => f !== 'code')
            .map((f) => ({
              title: FIELD_LABEL[f],
              width: f === 'title' || f === 'name' ? 320 : 190,
              render: (_: unknown, r: (typeof data)[number]) => {
                const merged = r.record.merged.includes(f);
                const entries = (ORG_FIELDS as string[]).includes(f) ? (r.row?.orgs[f as 'lead'] ?? []) : [];
                return (
                  <IssueMark issues={byCell.get(`${r.record.sourceRow}:${f}`) ?? []}>
                    {merged && <Tag className="merged-tag">Gộp với dòng trên</Tag>}
                    <EditableCell
                      label={`${FIELD_LABEL[f]} dòng ${r.record.sourceRow}`}
                      value={r.record.fields[f] ?? null}
                      onChange={(v) => p.onEdit(r.index, f, v)}
                      extra={parsedHint(r.row, f, r.record.fields[f] ?? null)}
                    />
                    <OrgTags entries={entries} choices={p.choices} onChoose={p.onChoose} organizations={p.organizations} />
                  </IssueMark>
                );
              },
            })),
        ]}
      />
    </>
  );
}
