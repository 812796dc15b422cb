/** The target table (Danh mục chỉ tiêu) of a plan as an editable grid. */
import type { ReactNode } from 'react';
import { DepartmentsCell, TargetValueCell, TextCell } from '../cells';
import { AppendixGrid, type AppendixSpec } from './AppendixGrid';
import type { GridColumn } from './grid/types';
import { deptText, DepartmentsPicker, type Org } from './OrgPicker';
import { targetGridRows, type Cascade, type PlanDetail, type TableRow, type TargetItem } from './rows';
import { liveReading } from '../readings';
import { CascadeCell } from './TaskGrid';
import type { Changes } from './useChanges';

type Row = TableRow<TargetItem>;
const it = (r: Row) => r.item!;

function columns(cascade: Map<number, Cascade['targets'][number]>): Array<GridColumn<Row>> {
  return [
    { key: 'tt', title: 'TT', width: 64, edit: 'text', text: (r) => it(r).tt, render: (r) => it(r).tt },
    {
      key: 'name',
      title: 'Chỉ tiêu',
      width: 420,
      edit: 'text',
      text: (r) => it(r).name,
      render: (r) => (it(r).name ? <TextCell text={it(r).name} /> : <span className="parsed-warn">Chưa có tên chỉ tiêu</span>),
    },
    { key: 'unit', title: 'Đơn vị tính', width: 120, edit: 'text', text: (r) => it(r).unit ?? '', render: (r) => it(r).unit },
    {
      key: 'target',
      title: 'Kết quả (chỉ tiêu)',
      width: 210,
      edit: 'text',
      text: (r) => it(r).targetText ?? '',
      render: (r) => <TargetValueCell target={it(r)} />,
      reading: (v, r) => liveReading('target', v, it(r).unit),
    },
    {
      key: 'departments',
      title: 'Phòng chủ trì',
      width: 220,
      edit: 'picker',
      text: (r) => it(r).departmentsText ?? '',
      render: (r) => <DepartmentsCell text={it(r).departmentsText} departments={it(r).departments} />,
    },
    { key: 'cascade', title: 'Cấp trên / dưới', width: 70, text: () => '', render: (r) => <CascadeCell links={cascade.get(it(r).id)} /> },
  ];
}

export function TargetGrid({
  plan,
  orgs,
  cascade,
  changes,
  onHistory,
}: {
  plan: PlanDetail;
  orgs: Org[];
  cascade: Cascade | undefined;
  changes: Changes;
  onHistory(entity: 'target', id: number | null): void;
}): ReactNode {
  const spec: AppendixSpec<TargetItem> = {
    table: 'targets',
    label: 'Bảng chỉ tiêu',
    testId: 'targets-table',
    itemName: 'chỉ tiêu',
    columns: columns(new Map((cascade?.targets ?? []).map((c) => [c.id, c]))),
    fieldOf: { tt: 'tt', name: 'name', unit: 'unit', target: 'targetText', departments: 'departmentsText', cascade: null },
    orgTextFields: new Set(['departmentsText']),
    itemId: (t) => t.id,
    emptyText: 'Kế hoạch này chưa có chỉ tiêu. Bấm "Thêm dòng" hoặc dán một khối từ Excel (Ctrl+V).',
  };
  return (
    <AppendixGrid<TargetItem>
      planId={plan.id}
      rows={targetGridRows(plan)}
      spec={spec}
      changes={changes}
      onHistory={(r) => onHistory('target', r?.item?.id ?? null)}
      renderPicker={(r, _col, close) => (
        <DepartmentsPicker
          orgs={orgs}
          value={it(r).departments.map((d) => ({ orgId: d.id, partNote: d.partNote }))}
          onCancel={close}
          onSave={(list) => void changes.run('targets.update', { id: it(r).id, patch: { departments: list, departmentsText: deptText(orgs, list) || null } }).then(close, close)}
        />
      )}
    />
  );
}
