/**
 * One appendix table (tasks or targets) as an editable grid: the toolbar, and the
 * mapping from grid gestures (edit, clear, paste, insert, move, delete) to API calls.
 * Each gesture is one call, so one transaction and one undo step.
 */
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useRoute } from '../../router';
import { jumpFromRoute } from '../jump/rowJump';
import type { Changes } from './useChanges';
import { Grid } from './grid/Grid';
import type { GridColumn, GridCommand } from './grid/types';
import { groupItems, type TableRow } from './rows';

type Row<T> = TableRow<T>;
type Patch = Record<string, unknown>;

export interface AppendixSpec<T> {
  table: 'tasks' | 'targets';
  label: string;
  testId: string;
  itemName: string;
  columns: Array<GridColumn<Row<T>>>;
  /** the text field a column writes when typed into or pasted */
  fieldOf: Record<string, string | null>;
  /** fields whose typed text is resolved against the organisation registry */
  orgTextFields: ReadonlySet<string>;
  itemId(t: T): number;
  emptyText: string;
}

const blank = (v: string): string | null => (v.trim() === '' ? null : v);

function isHeaderRow(cells: string[], cols: Array<{ title: string }>): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return cells.some((c, i) => i < cols.length && c.trim() !== '' && norm(c) === norm(cols[i]!.title)) && cells.length > 1;
}

export function AppendixGrid<T>({
  planId,
  rows,
  spec,
  changes,
  renderPicker,
  onHistory,
}: {
  planId: number;
  rows: Array<Row<T>>;
  spec: AppendixSpec<T>;
  changes: Changes;
  renderPicker(row: Row<T>, col: GridColumn<Row<T>>, close: () => void): ReactNode;
  onHistory(row: Row<T> | undefined): void;
}): ReactNode {
  const { message, modal } = App.useApp();
  const [selection, setSelection] = useState<{ selected: Array<Row<T>>; active: Row<T> | undefined }>({ selected: [], active: undefined });
  const [focus, setFocus] = useState<{ key: string; col?: number; seq: number } | null>(null);
  // a jump from search or the lists ("#/plans/3?task=123") scrolls the grid to that row
  const jump = jumpFromRoute(useRoute());
  const jumpKey = jump?.tab === spec.table ? jump.rowKey : undefined;
  const hasRows = rows.length > 0;
  const jumpFocus = useMemo(() => (jumpKey && hasRows ? { key: jumpKey, seq: 0 } : null), [jumpKey, hasRows]);
  const onSelection = useCallback((selected: Array<Row<T>>, active: Row<T> | undefined) => setSelection({ selected, active }), []);
  const t = spec.table;
  const g = t === 'tasks' ? 'taskGroups' : 'targetGroups';
  const id = (r: Row<T>) => spec.itemId(r.item as T);
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same calls on the task and target tables
  const run = (method: string, input: unknown) => changes.run(method as any, input as any);

  const update = async (r: Row<T>, patch: Patch, resolveOrgs: boolean) => {
    if (resolveOrgs) await run(`${t}.batch`, { planId, updates: [{ id: id(r), patch }], resolveOrgs: true });
    else await run(`${t}.update`, { id: id(r), patch });
  };

  const onCommit = async (r: Row<T>, col: GridColumn<Row<T>> | null, value: string) => {
    if (r.kind !== 'item') {
      await run(`${g}.update`, { id: r.group!.id, patch: { title: value.trim() } });
      return;
    }
    const field = col ? spec.fieldOf[col.key] : null;
    if (!field) return;
    await update(r, { [field]: field === 'tt' || field === 'code' ? value.trim() : blank(value) }, spec.orgTextFields.has(field));
  };

  const onClear = async (sel: Array<Row<T>>, col: GridColumn<Row<T>>) => {
    const field = spec.fieldOf[col.key];
    if (!field || field === 'tt' || sel.length === 0) return;
    const patch: Patch = { [field]: null };
    if (field === 'leadText') patch.lead = [];
    if (field === 'coordinatingText') patch.coordinating = [];
    if (field === 'departmentsText') patch.departments = [];
    await run(`${t}.batch`, { planId, updates: sel.map((r) => ({ id: id(r), patch })) });
  };

  const onPaste = async (start: Row<T>, colIndex: number, raw: string[][]) => {
    const cols = spec.columns.slice(colIndex);
    const block = raw.length > 1 && isHeaderRow(raw[0]!, cols) ? raw.slice(1) : raw;
    const toPatch = (cells: string[]) => {
      const patch: Patch = {};
      cells.forEach((c, j) => {
        const f = cols[j] ? spec.fieldOf[cols[j]!.key] : null;
        if (f) patch[f] = f === 'tt' ? c.trim() || undefined : blank(c);
      });
      return patch;
    };
    const groupId = start.groupId;
    const items = groupItems(rows, groupId);
    const from = start.kind === 'item' ? items.findIndex((r) => r.key === start.key) : items.length;
    const targets = start.kind === 'item' ? items.slice(from, from + block.length) : [];
    const extra = block.slice(targets.length);
    const afterRow = targets.at(-1) ?? (start.kind === 'item' ? start : items.at(-1));
    const r = await run(`${t}.batch`, {
      planId,
      updates: targets.map((row, i) => ({ id: id(row), patch: toPatch(block[i]!) })),
      ...(extra.length ? { insert: { groupId, afterId: afterRow ? id(afterRow) : null, rows: extra.map(toPatch) } } : {}),
      resolveOrgs: true,
    });
    message.success(`Đã dán ${block.length} dòng (${targets.length} dòng ghi đè, ${extra.length} dòng thêm mới). Ctrl+Z để hoàn tác.`);
    if (r.createdIds.length) setFocus({ key: `t${r.createdIds.at(-1)}`, col: colIndex, seq: Date.now() });
  };

  const insert = async (active: Row<T> | undefined, above: boolean) => {
    let groupId: number | null;
    let afterId: number | null;
    if (active?.kind === 'item') {
      groupId = active.groupId;
      const items = groupItems(rows, groupId);
      const i = items.findIndex((r) => r.key === active.key);
      afterId = above ? (i > 0 ? id(items[i - 1]!) : null) : id(active);
    } else if (active) {
      groupId = active.groupId;
      afterId = null;
    } else {
      groupId = [...rows].reverse().find((r) => r.kind !== 'item')?.groupId ?? null;
      const last = groupItems(rows, groupId).at(-1);
      afterId = last ? id(last) : null;
    }
    const r = await run(`${t}.insert`, { planId, groupId, afterId, rows: [{}] });
    setFocus({ key: `t${r.createdIds[0]}`, col: 1, seq: Date.now() });
  };

  const move = async (sel: Array<Row<T>>, down: boolean) => {
    const items = sel.filter((r) => r.kind === 'item');
    if (items.length === 0) {
      const grp = sel[0];
      if (!grp?.group) return;
      const siblings = rows.filter((r) => r.kind === grp.kind && r.group!.parentId === grp.group!.parentId);
      const i = siblings.findIndex((r) => r.key === grp.key);
      const j = down ? i + 1 : i - 2;
      if ((down && i + 1 >= siblings.length) || (!down && i === 0)) return;
      await run(`${g}.move`, { id: grp.group.id, to: { groupId: grp.group.parentId, afterId: j >= 0 ? siblings[j]!.group!.id : null } });
      return;
    }
    const first = rows.findIndex((r) => r.key === items[0]!.key);
    const last = rows.findIndex((r) => r.key === items.at(-1)!.key);
    let to: { groupId: number | null; afterId: number | null } | null = null;
    if (!down) {
      const prev = rows[first - 1];
      if (!prev) return;
      if (prev.kind === 'item') {
        const sib = groupItems(rows, prev.groupId);
        const k = sib.findIndex((r) => r.key === prev.key);
        to = { groupId: prev.groupId, afterId: k > 0 ? id(sib[k - 1]!) : null };
      } else {
        const before = [...rows.slice(0, first - 1)].reverse().find((r) => r.kind !== 'item');
        if (!before) return;
        const sib = groupItems(rows, before.groupId);
        to = { groupId: before.groupId, afterId: sib.at(-1) ? id(sib.at(-1)!) : null };
      }
    } else {
      const next = rows[last + 1];
      if (!next) return;
      to = next.kind === 'item' ? { groupId: next.groupId, afterId: id(next) } : { groupId: next.groupId, afterId: null };
    }
    await run(`${t}.move`, { ids: items.map(id), to });
  };

  const remove = (sel: Array<Row<T>>) => {
    const items = sel.filter((r) => r.kind === 'item');
    if (items.length === 0 && sel[0]?.group) {
      const grp = sel[0];
      const n = groupItems(rows, grp.groupId).length;
      modal.confirm({
        title: `Xóa nhóm ${grp.group!.code}?`,
        content: `Nhóm "${grp.group!.title}" và ${n} ${spec.itemName} trong nhóm sẽ bị xóa. Có thể hoàn tác bằng Ctrl+Z hoặc trong Lịch sử.`,
        okText: 'Xóa nhóm',
        okButtonProps: { danger: true },
        cancelText: 'Không xóa',
        onOk: () => run(`${g}.delete`, { id: grp.group!.id }).catch(fail),
      });
      return;
    }
    if (items.length === 0) return;
    modal.confirm({
      title: `Xóa ${items.length} ${spec.itemName}?`,
      content: 'Có thể hoàn tác ngay bằng Ctrl+Z, hoặc khôi phục sau trong Lịch sử.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      onOk: () => run(`${t}.delete`, { ids: items.map(id) }).catch(fail),
    });
  };

  const addGroup = async (active: Row<T> | undefined) => {
    const grp = active ? [...rows.slice(0, rows.indexOf(active) + 1)].reverse().find((r) => r.kind === 'group') : undefined;
    const r = await run(`${g}.insert`, { planId, parentId: null, afterId: grp?.group?.id ?? (rows.filter((x) => x.kind === 'group').at(-1)?.group?.id ?? null), title: 'Nhóm mới' });
    setFocus({ key: `g${r.createdIds[0]}`, seq: Date.now() });
  };

  const onCommand = (cmd: GridCommand, sel: Array<Row<T>>, active: Row<T> | undefined) => {
    const go: Record<GridCommand, () => unknown> = {
      insertBelow: () => insert(active, false),
      insertAbove: () => insert(active, true),
      delete: () => remove(sel),
      moveUp: () => move(sel, false),
      moveDown: () => move(sel, true),
      undo: () => changes.undo(),
      redo: () => changes.redo(),
      history: () => onHistory(active),
    };
    Promise.resolve(go[cmd]()).catch(fail);
  };

  const { selected, active } = selection;
  const n = selected.filter((r) => r.kind === 'item').length;
  return (
    <>
      <Space wrap className="grid-toolbar">
        <Tooltip title="Ctrl+Enter">
          <Button size="small" onClick={() => onCommand('insertBelow', selected, active)}>
            Thêm dòng
          </Button>
        </Tooltip>
        <Tooltip title="Ctrl+Shift+Enter">
          <Button size="small" onClick={() => onCommand('insertAbove', selected, active)} disabled={!active}>
            Chèn dòng lên trên
          </Button>
        </Tooltip>
        <Button size="small" onClick={() => void addGroup(active).catch(fail)}>
          Thêm nhóm
        </Button>
        <Tooltip title="Alt+↑ / Alt+↓">
          <Space.Compact>
            <Button size="small" aria-label="Chuyển lên" onClick={() => onCommand('moveUp', selected, active)} disabled={!active}>
              ↑ Lên
            </Button>
            <Button size="small" aria-label="Chuyển xuống" onClick={() => onCommand('moveDown', selected, active)} disabled={!active}>
              ↓ Xuống
            </Button>
          </Space.Compact>
        </Tooltip>
        <Tooltip title="Ctrl+Delete">
          <Button size="small" danger onClick={() => onCommand('delete', selected, active)} disabled={!active}>
            {n > 1 ? `Xóa ${n} dòng` : active?.kind !== 'item' && active ? 'Xóa nhóm' : 'Xóa dòng'}
          </Button>
        </Tooltip>
        <Tooltip title="Ctrl+Z">
          <Button size="small" onClick={() => void changes.undo()} disabled={!changes.canUndo}>
            Hoàn tác
          </Button>
        </Tooltip>
        <Tooltip title="Ctrl+Y">
          <Button size="small" onClick={() => void changes.redo()} disabled={!changes.canRedo}>
            Làm lại
          </Button>
        </Tooltip>
        <Button size="small" onClick={() => onHistory(active)} disabled={!active}>
          Lịch sử dòng
        </Button>
        <Typography.Text type="secondary" className="grid-hint">
          Enter/F2 sửa ô · gõ để thay · Tab sang phải · Shift+↑↓ chọn nhiều dòng · Ctrl+C/Ctrl+V sao chép, dán khối từ Excel/Word · Tự động lưu
        </Typography.Text>
      </Space>
      <Grid<Row<T>>
        testId={spec.testId}
        label={spec.label}
        rows={rows}
        columns={spec.columns}
        groupLabel={(r) => (
          <span>
            {r.group!.code}. {r.group!.title || <span className="parsed-warn">Chưa có tên nhóm</span>}
          </span>
        )}
        groupText={(r) => r.group!.title}
        onCommit={onCommit}
        onClear={onClear}
        onPaste={onPaste}
        onCommand={onCommand}
        onSelection={onSelection}
        renderPicker={renderPicker}
        focusRequest={focus ?? jumpFocus}
        emptyText={spec.emptyText}
      />
    </>
  );
}
