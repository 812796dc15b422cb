/**
 * Step 3: confirm what each column holds. The header row(s) and the table kind can be
 * changed; every column can be mapped to another field or left out. Applying re-reads the
 * file with the officer's choices; a confirmed mapping can be remembered for files of the
 * same shape.
 */
import { Alert, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { AnalyzedTableView, ImportField } from '../../../../src-main/api/contract/imports-schemas';
import { FIELD_LABEL, FIELDS_OF_KIND, KIND_LABEL, type Kind } from './labels';
import { BusyButton } from '../../components/BusyButton';

export interface MappingChoice {
  kind: Kind;
  headerRows: number[];
  mapping: Record<string, ImportField | null>;
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function confidenceTag(c: number, field: ImportField | null): ReactNode {
  if (!field) return <span className="muted">—</span>;
  if (c >= 0.9) return <Tag color="green">Chắc chắn</Tag>;
  if (c >= 0.6) return <Tag color="gold">Khá chắc</Tag>;
  return <Tag color="orange">Cần xem lại</Tag>;
}

export function MappingStep(props: {
  table: AnalyzedTableView;
  busy: boolean;
  remember: boolean;
  onRemember: (v: boolean) => void;
  onApply: (choice: MappingChoice) => void;
}): ReactNode {
  const { table } = props;
  const initial: MappingChoice = {
    kind: table.kind ?? 'tasks',
    headerRows: table.headerRows.length ? table.headerRows : [1],
    mapping: Object.fromEntries(table.columns.map((c) => [String(c.index), c.field])),
  };
  const [choice, setChoice] = useState<MappingChoice>(initial);
  const dirty = JSON.stringify(choice) !== JSON.stringify(initial);
  const dataRows = table.sample.filter((_, i) => !choice.headerRows.includes(i + 1) && i + 1 > Math.max(...choice.headerRows)).slice(0, 3);
  const width = table.sample.reduce((w, r) => Math.max(w, r.length), 0);
  const headerOf = (i: number) => table.columns.find((c) => c.index === i)?.header ?? table.sample[choice.headerRows[0]! - 1]?.[i] ?? '';
  const used = new Set(Object.values(choice.mapping).filter(Boolean));
  const missingTitle = !Object.values(choice.mapping).includes(choice.kind === 'targets' ? 'name' : 'title');

  return (
    <>
      <Space wrap className="import-mapping-bar">
        <span>Loại bảng:</span>
        <Select<Kind>
          value={choice.kind}
          style={{ width: 150 }}
          onChange={(kind) => setChoice({ ...choice, kind })}
          options={(['tasks', 'targets', 'progress'] as const).map((k) => ({ value: k, label: KIND_LABEL[k] }))}
        />
        <span>Dòng tiêu đề:</span>
        <Select<number[]>
          mode="multiple"
          value={choice.headerRows}
          style={{ minWidth: 260 }}
          maxCount={2}
          onChange={(headerRows) => headerRows.length && setChoice({ ...choice, headerRows: [...headerRows].sort((a, b) => a - b) })}
          options={table.sample.map((r, i) => ({ value: i + 1, label: `Dòng ${i + 1}: ${r.filter(Boolean).join(' | ').slice(0, 50) || '(trống)'}` }))}
        />
        <BusyButton type="primary" disabled={!dirty || props.busy || missingTitle} busy={props.busy} busyText="Đang xử lý…" onClick={() => props.onApply(choice)}>
          Đọc lại theo lựa chọn này
        </BusyButton>
      </Space>
      {missingTitle && <Alert className="import-alert" type="warning" showIcon title={`Cần gán một cột là “${FIELD_LABEL[choice.kind === 'targets' ? 'name' : 'title']}”.`} />}
      <Table
        className="grid-table"
        size="small"
        bordered
        pagination={false}
        rowKey="index"
        dataSource={Array.from({ length: width }, (_, index) => ({ index }))}
        columns={[
          { title: 'Cột', width: 56, render: (_: unknown, r) => columnName(r.index) },
          { title: 'Tiêu đề trong tệp', width: 240, render: (_: unknown, r) => headerOf(r.index) || <span className="muted">(trống)</span> },
          {
            title: 'Dữ liệu ví dụ',
            render: (_: unknown, r) => (
              <span className="cell-lines muted">
                {dataRows
                  .map((d) => d[r.index] ?? '')
                  .filter(Boolean)
                  .map((s) => s.replace(/\s+/g, ' '))
                  .map((s) => (s.length > 90 ? `${s.slice(0, 87)}…` : s))
                  .join('\n') || '—'}
              </span>
            ),
          },
          {
            title: 'Gán vào',
            width: 230,
            render: (_: unknown, r) => {
              const value = choice.mapping[String(r.index)] ?? null;
              return (
                <Select<ImportField | ''>
                  aria-label={`Gán cột ${columnName(r.index)}`}
                  value={value ?? ''}
                  style={{ width: '100%' }}
                  onChange={(f) => setChoice({ ...choice, mapping: { ...choice.mapping, [String(r.index)]: f || null } })}
                  options={[
                    { value: '', label: '(Không nhập cột này)' },
                    ...FIELDS_OF_KIND[choice.kind].map((f) => ({ value: f, label: FIELD_LABEL[f], disabled: used.has(f) && f !== value })),
                  ]}
                />
              );
            },
          },
          {
            title: 'Độ tin cậy',
            width: 110,
            render: (_: unknown, r) => {
              const c = table.columns.find((x) => x.index === r.index);
              const field = choice.mapping[String(r.index)] ?? null;
              return c && c.field === field ? confidenceTag(c.confidence, field) : field ? <Tag color="blue">Bạn chọn</Tag> : <span className="muted">—</span>;
            },
          },
        ]}
      />
      <Checkbox className="import-remember" checked={props.remember} onChange={(e) => props.onRemember(e.target.checked)}>
        Ghi nhớ cách gán cột này cho các tệp cùng mẫu tiêu đề
      </Checkbox>
      <Typography.Paragraph type="secondary" className="import-note">
        Cột không nhập thì giữ nguyên giá trị đang có trong kế hoạch.
      </Typography.Paragraph>
    </>
  );
}
