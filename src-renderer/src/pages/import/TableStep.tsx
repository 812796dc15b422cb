/** Step 2: choose the table (sheet or Word table) to import; each candidate with a preview. */
import { Card, Radio, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { AnalyzedTableView, ImportAnalysis } from '../../../../src-main/api/contract/imports-schemas';
import { formatBytes, KIND_LABEL } from './labels';

function Sample({ table }: { table: AnalyzedTableView }): ReactNode {
  const rows = table.sample.slice(0, 8);
  return (
    <div className="import-sample">
      <table>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={table.headerRows.includes(i + 1) ? 'is-header' : undefined}>
              {r.slice(0, 9).map((c, j) => (
                <td key={j}>{c.length > 60 ? `${c.slice(0, 57)}…` : c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TableStep({ analysis, value, onChange }: { analysis: ImportAnalysis; value: number | null; onChange: (i: number) => void }): ReactNode {
  return (
    <>
      <Typography.Paragraph>
        Tệp <b>{analysis.file.name}</b> ({analysis.file.format === 'xlsx' ? 'Excel' : 'Word'}, {formatBytes(analysis.file.size)}) có {analysis.tables.length} bảng. Chọn bảng cần nhập:
      </Typography.Paragraph>
      <Radio.Group value={value} onChange={(e) => onChange(e.target.value as number)} className="import-table-choice">
        <Space orientation="vertical" style={{ width: '100%' }}>
          {analysis.tables.map((t) => {
            const errors = t.issues.filter((i) => i.severity === 'error').length;
            const warnings = t.issues.length - errors;
            return (
              <Card key={t.index} size="small" className={value === t.index ? 'is-chosen' : undefined}>
                <Radio value={t.index}>
                  <Space wrap>
                    <b>{t.source}</b>
                    {t.kind ? <Tag color="blue">Bảng {KIND_LABEL[t.kind].toLowerCase()}</Tag> : <Tag>Không nhận ra tiêu đề</Tag>}
                    {t.kind && <span>{t.rows.length} dòng</span>}
                    {t.profileApplied && <Tag color="purple">Dùng cách gán cột đã lưu</Tag>}
                    {errors > 0 && <Tag color="red">{errors} lỗi</Tag>}
                    {warnings > 0 && <Tag color="orange">{warnings} cảnh báo</Tag>}
                  </Space>
                </Radio>
                <Sample table={t} />
              </Card>
            );
          })}
        </Space>
      </Radio.Group>
    </>
  );
}
