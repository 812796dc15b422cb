/**
 * A virtualised, keyboard-driven grid for the appendix tables (antd Table is not
 * virtualised well for editing). role=grid with aria-rowindex/aria-colindex so it is
 * accessible and testable. Arrows move, Shift+arrows select rows, Enter/F2 edit, typing
 * replaces, Tab moves right, Esc cancels; Ctrl+C/Ctrl+V copy and paste blocks; Ctrl+Z/Y
 * undo and redo; Alt+↑/↓ move rows; Ctrl+Enter inserts a row; Ctrl+Delete deletes rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { GridRowView, type RowHandlers } from './GridRowView';
import { blockFromClipboard, toHtmlTable, toTsv } from './clipboard';
import type { CellRef, GridColumn, GridCommand, GridEditing, GridRow } from './types';

export interface GridProps<R extends GridRow> {
  testId: string;
  label: string;
  rows: R[];
  columns: Array<GridColumn<R>>;
  /** header rows: shown text and edited text (the group's title) */
  groupLabel(row: R): ReactNode;
  groupText(row: R): string;
  onCommit(row: R, col: GridColumn<R> | null, value: string): Promise<void>;
  onClear(rows: R[], col: GridColumn<R>): Promise<void>;
  onPaste(row: R, col: number, block: string[][]): Promise<void>;
  onCommand(cmd: GridCommand, selected: R[], active: R | undefined): void;
  onSelection?(selected: R[], active: R | undefined): void;
  renderPicker?(row: R, col: GridColumn<R>, close: () => void): ReactNode;
  rowClassName?(row: R): string;
  focusRequest?: { key: string; col?: number; edit?: boolean; seq: number } | null;
  emptyText: string;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function Grid<R extends GridRow>(p: GridProps<R>): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellRef | null>(null);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [editing, setEditing] = useState<GridEditing | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const index = useMemo(() => new Map(p.rows.map((r, i) => [r.key, i])), [p.rows]);
  const totalWidth = p.columns.reduce((s, c) => s + c.width, 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the grid is not memoised by the React Compiler; the virtualizer re-renders it
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (p.rows[i]?.kind === 'item' ? 58 : 34),
    overscan: 12,
    getItemKey: (i) => p.rows[i]?.key ?? i,
  });

  const activeIndex = active ? (index.get(active.key) ?? -1) : -1;
  const activeRow = activeIndex >= 0 ? p.rows[activeIndex] : undefined;
  const selected = useMemo(() => {
    if (activeIndex < 0) return [];
    const a = anchor !== null ? (index.get(anchor) ?? activeIndex) : activeIndex;
    const [from, to] = a < activeIndex ? [a, activeIndex] : [activeIndex, a];
    return p.rows.slice(from, to + 1);
  }, [anchor, activeIndex, index, p.rows]);
  const selectedKeys = useMemo(() => new Set(selected.map((r) => r.key)), [selected]);

  const { onSelection } = p;
  useEffect(() => onSelection?.(selected, activeRow), [selected, activeRow, onSelection]);

  const fr = p.focusRequest;
  useEffect(() => {
    if (!fr) return;
    const i = index.get(fr.key);
    if (i === undefined) return;
    setActive({ key: fr.key, col: fr.col ?? 1 });
    setAnchor(null);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    scrollRef.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once per request
  }, [fr?.seq, index]);

  const moveTo = (i: number, col: number, extend = false) => {
    const row = p.rows[Math.max(0, Math.min(p.rows.length - 1, i))];
    if (!row) return;
    const c = Math.max(0, Math.min(p.columns.length - 1, col));
    if (extend) setAnchor((a) => a ?? active?.key ?? row.key);
    else setAnchor(null);
    setActive({ key: row.key, col: c });
    virtualizer.scrollToIndex(index.get(row.key)!, { align: 'auto' });
  };

  const startEdit = (typed?: string) => {
    if (!activeRow || !active) return;
    if (activeRow.kind !== 'item') {
      setEditing({ key: activeRow.key, col: 0, mode: 'text', initial: typed ?? p.groupText(activeRow) });
      return;
    }
    const col = p.columns[active.col];
    if (!col?.edit) return;
    if (col.edit === 'picker' && typed === undefined) setEditing({ key: activeRow.key, col: active.col, mode: 'picker', initial: '' });
    else setEditing({ key: activeRow.key, col: active.col, mode: 'text', initial: typed ?? col.text(activeRow) });
    setError(null);
  };

  const save = async (value: string, move: 'down' | 'right' | 'left' | 'none') => {
    if (!editing) return;
    const i = index.get(editing.key);
    const row = i === undefined ? undefined : p.rows[i];
    if (!row) return setEditing(null);
    const col = row.kind === 'item' ? (p.columns[editing.col] ?? null) : null;
    const unchanged = value === editing.initial && (row.kind !== 'item' || value === (col?.text(row) ?? ''));
    setSaving(true);
    try {
      if (!unchanged) await p.onCommit(row, col, value);
      setEditing(null);
      setError(null);
      if (move === 'down') moveTo(i! + 1, editing.col);
      if (move === 'right') moveTo(i!, editing.col + 1);
      if (move === 'left') moveTo(i!, editing.col - 1);
      scrollRef.current?.focus({ preventScroll: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const col = active?.col ?? 0;
    const cmd = (c: GridCommand) => {
      e.preventDefault();
      p.onCommand(c, selected, activeRow);
    };
    if (ctrl && (e.key === 'z' || e.key === 'Z')) return cmd(e.shiftKey ? 'redo' : 'undo');
    if (ctrl && (e.key === 'y' || e.key === 'Y')) return cmd('redo');
    if (ctrl && e.key === 'Enter') return cmd(e.shiftKey ? 'insertAbove' : 'insertBelow');
    if (ctrl && e.key === 'Delete') return cmd('delete');
    if (e.altKey && e.key === 'ArrowUp') return cmd('moveUp');
    if (e.altKey && e.key === 'ArrowDown') return cmd('moveDown');
    if (!active) {
      if (['ArrowDown', 'ArrowUp', 'Enter', 'Tab'].includes(e.key) && p.rows.length) {
        e.preventDefault();
        moveTo(0, 1);
      }
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return moveTo(activeIndex + 1, col, e.shiftKey);
      case 'ArrowUp':
        e.preventDefault();
        return moveTo(activeIndex - 1, col, e.shiftKey);
      case 'ArrowRight':
        e.preventDefault();
        return moveTo(activeIndex, col + 1);
      case 'ArrowLeft':
        e.preventDefault();
        return moveTo(activeIndex, col - 1);
      case 'Tab':
        e.preventDefault();
        return moveTo(activeIndex, col + (e.shiftKey ? -1 : 1));
      case 'Home':
        e.preventDefault();
        return ctrl ? moveTo(0, col) : moveTo(activeIndex, 0);
      case 'End':
        e.preventDefault();
        return ctrl ? moveTo(p.rows.length - 1, col) : moveTo(activeIndex, p.columns.length - 1);
      case 'Enter':
      case 'F2':
        e.preventDefault();
        return startEdit();
      case 'Escape':
        e.preventDefault();
        return setAnchor(null);
      case 'Delete':
      case 'Backspace': {
        e.preventDefault();
        const c = p.columns[col];
        if (c?.edit) void p.onClear(selected.filter((r) => r.kind === 'item'), c).catch((err: unknown) => setError(errorText(err)));
        return;
      }
      default:
        if (e.key.length === 1 && !ctrl && !e.altKey) {
          e.preventDefault();
          startEdit(e.key);
        }
    }
  };

  const onCopy = (e: React.ClipboardEvent<HTMLDivElement>) => {
    if (editing || !activeRow) return;
    e.preventDefault();
    const items = selected.length > 1 || anchor ? selected : [activeRow];
    const cols = items.length > 1 || anchor ? p.columns : p.columns.slice(active!.col, active!.col + 1);
    const matrix = items.map((r) => (r.kind === 'item' ? cols.map((c) => c.text(r)) : [p.groupText(r)]));
    e.clipboardData.setData('text/plain', toTsv(matrix));
    e.clipboardData.setData('text/html', toHtmlTable(cols.map((c) => c.title), matrix));
  };

  const onPaste = (e: React.ClipboardEvent<HTMLDivElement>) => {
    if (editing || !activeRow || !active) return;
    e.preventDefault();
    const block = blockFromClipboard(e.clipboardData);
    if (block.length === 0) return;
    setError(null);
    p.onPaste(activeRow, active.col, block).catch((err: unknown) => setError(errorText(err)));
  };

  // what the rows' handlers read when an event comes (refreshed after every render), so the
  // handlers stay the same object and a memoised row never re-renders for them
  const latest = useRef({ active, save, columns: p.columns, groupText: p.groupText });
  useEffect(() => {
    latest.current = { active, save, columns: p.columns, groupText: p.groupText };
  });
  const handlers = useMemo<RowHandlers<R>>(
    () => ({
      cellMouseDown: (row, ci, shift) => {
        const current = latest.current.active;
        if (shift && current) setAnchor((a) => a ?? current.key);
        else setAnchor(null);
        setActive({ key: row.key, col: ci });
      },
      cellDoubleClick: (row, ci) => {
        const col = latest.current.columns[ci]!;
        setActive({ key: row.key, col: ci });
        if (col.edit) setEditing({ key: row.key, col: ci, mode: col.edit === 'picker' ? 'picker' : 'text', initial: col.edit === 'picker' ? '' : col.text(row) });
      },
      groupMouseDown: (row) => {
        setAnchor(null);
        setActive({ key: row.key, col: latest.current.active?.col ?? 1 });
      },
      groupDoubleClick: (row) => setEditing({ key: row.key, col: 0, mode: 'text', initial: latest.current.groupText(row) }),
      save: (value, move) => void latest.current.save(value, move),
      cancelEdit: () => {
        setEditing(null);
        setError(null);
        scrollRef.current?.focus();
      },
      closePicker: () => {
        setEditing(null);
        scrollRef.current?.focus();
      },
    }),
    [],
  );

  return (
    <div
      className="edit-grid"
      role="grid"
      aria-label={p.label}
      aria-rowcount={p.rows.length + 1}
      aria-colcount={p.columns.length}
      data-testid={p.testId}
      tabIndex={0}
      ref={scrollRef}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
    >
      <div role="row" aria-rowindex={1} className="grid-header" style={{ width: totalWidth }}>
        {p.columns.map((c, i) => (
          <div key={c.key} role="columnheader" aria-colindex={i + 1} className="grid-cell" style={{ width: c.width }}>
            {c.title}
          </div>
        ))}
      </div>
      {p.rows.length === 0 ? <div className="grid-empty">{p.emptyText}</div> : null}
      <div style={{ height: virtualizer.getTotalSize(), width: totalWidth, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = p.rows[v.index]!;
          const cls = row.kind === 'group' ? 'group-row' : row.kind === 'subgroup' ? 'subgroup-row' : 'item-row';
          const sel = selectedKeys.has(row.key) && (selected.length > 1 || anchor !== null) ? ' selected' : '';
          const editingHere = editing?.key === row.key ? editing : null;
          return (
            <GridRowView<R>
              key={v.key}
              row={row}
              index={v.index}
              start={v.start}
              width={totalWidth}
              columns={p.columns}
              className={`grid-row ${cls}${sel} ${p.rowClassName?.(row) ?? ''}`}
              activeCol={active?.key === row.key ? active.col : null}
              editing={editingHere}
              error={editingHere ? error : null}
              saving={editingHere ? saving : false}
              measure={virtualizer.measureElement}
              handlers={handlers}
              groupLabel={p.groupLabel}
              renderPicker={p.renderPicker}
            />
          );
        })}
      </div>
      {error && !editing ? (
        <div className="grid-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
