/** A table cell that shows its text and turns into a text box when clicked; the issues of the cell are marked on it. */
import { Input, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportIssueView } from '../../../../src-main/api/contract/imports-schemas';

export function IssueMark({ issues, children }: { issues: ImportIssueView[]; children: ReactNode }): ReactNode {
  if (!issues.length) return children;
  const error = issues.some((i) => i.severity === 'error');
  return (
    <Tooltip
      title={
        <ul className="import-issue-list">
          {issues.map((i, k) => (
            <li key={k}>{i.message}</li>
          ))}
        </ul>
      }
    >
      <div className={error ? 'cell-issue cell-error' : 'cell-issue cell-warning'} data-issue={error ? 'error' : 'warning'}>
        {children}
      </div>
    </Tooltip>
  );
}

/** Line breaks that only wrap a line (PDF conversions) shown as spaces; bullet lines keep theirs. */
export function shownText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((out, l, i) => (i === 0 ? l : /^[-+•*]\s?/.test(l) ? `${out}\n${l}` : `${out} ${l}`), '');
}

export function EditableCell({ value, onChange, label, extra }: { value: string | null; onChange: (v: string | null) => void; label: string; extra?: ReactNode }): ReactNode {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value ?? '');
  if (editing) {
    return (
      <Input.TextArea
        aria-label={label}
        autoFocus
        autoSize={{ minRows: 1, maxRows: 8 }}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          setEditing(false);
          if (draft !== (value ?? '')) onChange(draft.trim() === '' ? null : draft);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(value ?? '');
            setEditing(false);
          }
        }}
      />
    );
  }
  return (
    <div
      className="editable-cell"
      role="button"
      tabIndex={0}
      aria-label={`Sửa ${label}`}
      onClick={() => {
        setDraft(value ?? '');
        setEditing(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          setDraft(value ?? '');
          setEditing(true);
        }
      }}
    >
      <span className="cell-lines">{value ? shownText(value) : <span className="muted">—</span>}</span>
      {extra}
    </div>
  );
}
