/** Small shared pieces of the progress screens: status tags and options, dd/mm/yyyy input, labels. */
import { Input, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { STATUS_CODES, STATUS_COLORS, STATUS_LABELS, type StatusCode } from '../../../../src-main/api/contract/progress-labels';
import { parseVnDate } from '../../../../src-main/api/contract/vn-dates';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';

export const STATUS_OPTIONS = STATUS_CODES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

export function StatusTag({ status }: { status: string | null }): ReactNode {
  if (!status) return <Tag>Chưa báo cáo</Tag>;
  const s = status as StatusCode;
  return (
    <Tag color={STATUS_COLORS[s] ?? 'default'} style={{ whiteSpace: 'normal' }}>
      {STATUS_LABELS[s] ?? status}
    </Tag>
  );
}

/** A date typed day-first (dd/mm/yyyy); reports ISO or null, and marks what it cannot read. */
export function DateInput({ value, onChange, placeholder, id }: { value: string | null; onChange: (iso: string | null, valid: boolean) => void; placeholder?: string; id?: string }): ReactNode {
  const [text, setText] = useState(formatVnDate(value));
  const [bad, setBad] = useState(false);
  return (
    <Input
      id={id}
      value={text}
      status={bad ? 'error' : undefined}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      style={{ width: 130 }}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        const iso = t.trim() === '' ? null : parseVnDate(t);
        const ok = t.trim() === '' || iso !== null;
        setBad(!ok);
        onChange(iso, ok);
      }}
    />
  );
}

export function windowText(p: { startDate: string | null; endDate: string | null }): string {
  return p.startDate && p.endDate ? `${formatVnDate(p.startDate)} – ${formatVnDate(p.endDate)}` : 'chưa có';
}

export function percent(n: number, total: number): string {
  if (!total) return '0 %';
  return `${(Math.round((n / total) * 1000) / 10).toString().replace('.', ',')} %`;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
