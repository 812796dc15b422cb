/**
 * The in-place text editor of a grid cell: Enter saves, Alt/Shift+Enter breaks the line, Tab saves and moves, Esc cancels.
 * Deadline, budget and target cells show PlanDesk's reading live under the text as the officer types.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function CellEditor({
  initial,
  error,
  saving,
  reading,
  onSave,
  onCancel,
}: {
  initial: string;
  error: string | null;
  saving: boolean;
  /** the live reading of the text typed so far (deadline, budget, target cells) */
  reading?: ((text: string) => { text: string; warn: boolean } | null) | undefined;
  onSave: (value: string, move: 'down' | 'right' | 'left' | 'none') => void;
  onCancel: () => void;
}): ReactNode {
  const [value, setValue] = useState(initial);
  const live = reading?.(value) ?? null;
  const ref = useRef<HTMLTextAreaElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (el) {
      el.style.height = 'auto';
      el.style.height = `${Math.max(el.scrollHeight, 30)}px`;
    }
  }, [value]);
  return (
    <div className="cell-editor" onMouseDown={(e) => e.stopPropagation()}>
      <textarea
        ref={ref}
        aria-label="Nội dung ô"
        value={value}
        disabled={saving}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
            e.preventDefault();
            onSave(value, 'down');
          } else if (e.key === 'Enter' && e.altKey) {
            e.preventDefault();
            const el = e.currentTarget;
            const at = el.selectionStart;
            setValue(`${value.slice(0, at)}\n${value.slice(el.selectionEnd)}`);
          } else if (e.key === 'Tab') {
            e.preventDefault();
            onSave(value, e.shiftKey ? 'left' : 'right');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            // the grid takes the focus back: the blur that follows must not save what Esc dropped
            cancelled.current = true;
            onCancel();
          }
        }}
        onPaste={(e) => e.stopPropagation()}
        onCopy={(e) => e.stopPropagation()}
        onBlur={() => {
          if (cancelled.current) return;
          if (!saving && value !== initial) onSave(value, 'none');
          else if (!saving && !error) onCancel();
        }}
      />
      {live && !error ? (
        <div className={`cell-reading ${live.warn ? 'parsed-warn' : 'parsed'}`} role="status" aria-live="polite" aria-label="Cách PlanDesk hiểu">
          {live.warn ? `${live.text} — vẫn lưu đúng chữ đã gõ` : `→ ${live.text}`}
        </div>
      ) : null}
      {error ? (
        <div className="cell-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
