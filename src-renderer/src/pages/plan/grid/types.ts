/** The generic editable grid's shapes: rows (group headers and items) and columns. */
import type { ReactNode } from 'react';

export interface GridRow {
  key: string;
  kind: 'group' | 'subgroup' | 'item';
}

export interface GridColumn<R extends GridRow> {
  key: string;
  title: string;
  width: number;
  render(row: R): ReactNode;
  /** the text copied out, and the starting text of the text editor */
  text(row: R): string;
  /** 'text': edited in place; 'picker': a popup editor (F2/Enter), typing edits the text */
  edit?: 'text' | 'picker';
  /** PlanDesk's reading of the text being typed, shown live under the editor (deadline, budget, target) */
  reading?(text: string, row: R): { text: string; warn: boolean } | null;
}

export type GridCommand = 'insertBelow' | 'insertAbove' | 'delete' | 'moveUp' | 'moveDown' | 'undo' | 'redo' | 'history';

export interface CellRef {
  key: string;
  col: number;
}

export interface GridEditing {
  key: string;
  col: number;
  /** picker: the popup editor; text: the textarea */
  mode: 'text' | 'picker';
  initial: string;
}
