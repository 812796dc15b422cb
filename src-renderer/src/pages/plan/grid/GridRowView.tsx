/**
 * One row of the grid, memoised: while the grid scrolls only the rows that come into view
 * render (the others keep their props: the same row object, place, active column, editor).
 * Rendering every visible row again on each frame held scrolling at about 30 fps on a
 * 5,000-row table (docs/BENCHMARKS.md, "Grid scrolling"). The handlers are one object for
 * the grid's life (they read the grid's current state when an event comes), so they never
 * change a row's props.
 */
import { memo, type ReactNode } from 'react';
import { CellEditor } from './CellEditor';
import type { GridColumn, GridEditing, GridRow } from './types';

export interface RowHandlers<R extends GridRow> {
  cellMouseDown(row: R, col: number, shift: boolean): void;
  cellDoubleClick(row: R, col: number): void;
  groupMouseDown(row: R): void;
  groupDoubleClick(row: R): void;
  save(value: string, move: 'down' | 'right' | 'left' | 'none'): void;
  cancelEdit(): void;
  closePicker(): void;
}

export interface GridRowViewProps<R extends GridRow> {
  row: R;
  index: number;
  start: number;
  width: number;
  columns: Array<GridColumn<R>>;
  className: string;
  /** the active cell's column when this row holds it, else null */
  activeCol: number | null;
  /** the editor when it is open in this row, else null (with its error and saving state) */
  editing: GridEditing | null;
  error: string | null;
  saving: boolean;
  measure(el: Element | null): void;
  handlers: RowHandlers<R>;
  groupLabel(row: R): ReactNode;
  renderPicker?: ((row: R, col: GridColumn<R>, close: () => void) => ReactNode) | undefined;
}

function GridRowViewInner<R extends GridRow>({
  row,
  index,
  start,
  width,
  columns,
  className,
  activeCol,
  editing,
  error,
  saving,
  measure,
  handlers: h,
  groupLabel,
  renderPicker,
}: GridRowViewProps<R>): ReactNode {
  const editor = (open: GridEditing, reading?: (v: string) => { text: string; warn: boolean } | null) => (
    <CellEditor initial={open.initial} error={error} saving={saving} reading={reading} onSave={(v, m) => h.save(v, m)} onCancel={() => h.cancelEdit()} />
  );
  return (
    <div role="row" aria-rowindex={index + 2} data-index={index} data-key={row.key} ref={measure} className={className} style={{ transform: `translateY(${start}px)`, width }}>
      {row.kind === 'item' ? (
        columns.map((col, ci) => {
          const isActive = activeCol === ci;
          const open = editing?.col === ci ? editing : null;
          return (
            <div
              key={col.key}
              role="gridcell"
              aria-colindex={ci + 1}
              aria-selected={isActive}
              data-col={col.key}
              className={`grid-cell${isActive ? ' active' : ''}`}
              style={{ width: col.width }}
              onMouseDown={(ev) => h.cellMouseDown(row, ci, ev.shiftKey)}
              onDoubleClick={() => h.cellDoubleClick(row, ci)}
            >
              {open?.mode === 'text'
                ? editor(open, col.reading ? (v) => col.reading!(v, row) : undefined)
                : open?.mode === 'picker' && renderPicker
                  ? renderPicker(row, col, () => h.closePicker())
                  : col.render(row)}
            </div>
          );
        })
      ) : (
        <div
          role="gridcell"
          aria-colindex={1}
          aria-colspan={columns.length}
          aria-selected={activeCol !== null}
          className={`grid-cell group-cell${activeCol !== null ? ' active' : ''}`}
          style={{ width }}
          onMouseDown={() => h.groupMouseDown(row)}
          onDoubleClick={() => h.groupDoubleClick(row)}
        >
          {editing ? editor(editing) : groupLabel(row)}
        </div>
      )}
    </div>
  );
}

export const GridRowView = memo(GridRowViewInner) as <R extends GridRow>(p: GridRowViewProps<R>) => ReactNode;
