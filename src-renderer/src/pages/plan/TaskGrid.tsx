/** The task table (Phụ lục nhiệm vụ) of a plan as an editable grid. */
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { href } from '../../router';
import { BudgetCell, DeadlineCell, DepartmentsCell, MergedNote, OrgsCell, TextCell } from '../cells';
import { liveReading } from '../readings';
import { AppendixGrid, type AppendixSpec } from './AppendixGrid';
import type { GridColumn } from './grid/types';
import { deptText, DepartmentsPicker, OrgPicker, orgNames, type Org } from './OrgPicker';
import { taskGridRows, type Cascade, type PlanDetail, type TableRow, type TaskItem } from './rows';
import type { Changes } from './useChanges';

type Row = TableRow<TaskItem>;
const it = (r: Row) => r.item!;
const merged = (r: Row, k: string) => it(r).mergedUp.includes(k);

export function CascadeCell({ links }: { links: Cascade['tasks'][number] | undefined }): ReactNode {
  if (!links) return null;
  const { parent, children } = links;
  return (
    <span className="cascade-cell">
      {parent ? (
        <Tooltip title={`Nhiệm vụ cấp trên: ${parent.code} ${parent.title} (${parent.planLabel})`}>
          <a href={href({ page: 'plans', id: parent.planId })} aria-label={`Cấp trên ${parent.code} (${parent.planLabel})`}>
            ↑ {parent.code}
          </a>
        </Tooltip>
      ) : null}
      {children.length ? (
        <Tooltip title={<div>{children.map((c) => <div key={c.id}>↓ {c.code} {c.title.slice(0, 60)} ({c.planLabel})</div>)}</div>}>
          <a href={href({ page: 'plans', id: children[0]!.planId })} aria-label={`${children.length} nhiệm vụ cấp dưới`}>
            ↓ {children.length}
          </a>
        </Tooltip>
      ) : null}
    </span>
  );
}

function columns(cascade: Map<number, Cascade['tasks'][number]>): Array<GridColumn<Row>> {
  return [
    { key: 'tt', title: 'TT', width: 50, edit: 'text', text: (r) => it(r).tt, render: (r) => it(r).tt },
    {
      key: 'title',
      title: 'Tên nhiệm vụ',
      width: 262,
      edit: 'text',
      text: (r) => it(r).title,
      render: (r) => (it(r).title ? <TextCell text={it(r).title} /> : <span className="parsed-warn">Chưa có tên nhiệm vụ</span>),
    },
    {
      key: 'lead',
      title: 'Cơ quan chủ trì',
      width: 120,
      edit: 'picker',
      text: (r) => it(r).leadText ?? it(r).lead.map((o) => o.name).join(', '),
      render: (r) =>
        !merged(r, 'lead') && !it(r).leadText && it(r).lead.length === 0 ? (
          <span className="parsed-warn flag-no-lead">Chưa có cơ quan chủ trì</span>
        ) : (
          <OrgsCell text={it(r).leadText} orgs={it(r).lead} merged={merged(r, 'lead')} />
        ),
    },
    {
      key: 'coordinating',
      title: 'Cơ quan phối hợp',
      width: 124,
      edit: 'picker',
      text: (r) => it(r).coordinatingText ?? it(r).coordinating.map((o) => o.name).join(', '),
      render: (r) => <OrgsCell text={it(r).coordinatingText} orgs={it(r).coordinating} merged={merged(r, 'coordinating')} />,
    },
    {
      key: 'output',
      title: 'Kết quả (sản phẩm)',
      width: 136,
      edit: 'text',
      text: (r) => it(r).output ?? '',
      render: (r) => (merged(r, 'output') ? <MergedNote /> : <TextCell text={it(r).output} />),
    },
    {
      key: 'deadline',
      title: 'Thời gian hoàn thành',
      width: 128,
      edit: 'text',
      text: (r) => it(r).deadlineText ?? '',
      render: (r) => <DeadlineCell task={it(r)} />,
      reading: (v) => liveReading('deadline', v),
    },
    {
      key: 'departments',
      title: 'Phòng phụ trách',
      width: 140,
      edit: 'picker',
      text: (r) => it(r).departmentsText ?? '',
      render: (r) => (merged(r, 'departments') ? <MergedNote /> : <DepartmentsCell text={it(r).departmentsText} departments={it(r).departments} />),
    },
    {
      key: 'budget',
      title: 'Kinh phí thực hiện',
      width: 122,
      edit: 'text',
      text: (r) => it(r).budgetText ?? '',
      render: (r) => <BudgetCell task={it(r)} />,
      reading: (v) => liveReading('budget', v),
    },
    {
      key: 'funding',
      title: 'Nguồn kinh phí',
      width: 80,
      edit: 'text',
      text: (r) => it(r).fundingSource ?? '',
      render: (r) => (merged(r, 'funding') ? <MergedNote /> : <TextCell text={it(r).fundingSource} />),
    },
    { key: 'cascade', title: 'Cấp trên / dưới', width: 60, text: () => '', render: (r) => <CascadeCell links={cascade.get(it(r).id)} /> },
  ];
}

export function TaskGrid({
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
  onHistory(entity: 'task', id: number | null): void;
}): ReactNode {
  const spec: AppendixSpec<TaskItem> = {
    table: 'tasks',
    label: 'Bảng nhiệm vụ',
    testId: 'tasks-table',
    itemName: 'nhiệm vụ',
    columns: columns(new Map((cascade?.tasks ?? []).map((c) => [c.id, c]))),
    fieldOf: {
      tt: 'tt',
      title: 'title',
      lead: 'leadText',
      coordinating: 'coordinatingText',
      output: 'output',
      deadline: 'deadlineText',
      departments: 'departmentsText',
      budget: 'budgetText',
      funding: 'fundingSource',
      cascade: null,
    },
    orgTextFields: new Set(['leadText', 'coordinatingText', 'departmentsText']),
    itemId: (t) => t.id,
    emptyText: 'Kế hoạch này chưa có nhiệm vụ. Bấm "Thêm dòng" hoặc dán một khối từ Excel (Ctrl+V).',
  };
  return (
    <AppendixGrid<TaskItem>
      planId={plan.id}
      rows={taskGridRows(plan)}
      spec={spec}
      changes={changes}
      onHistory={(r) => onHistory('task', r?.item?.id ?? null)}
      renderPicker={(r, col, close) => {
        const t = it(r);
        const save = (patch: Record<string, unknown>) => void changes.run('tasks.update', { id: t.id, patch }).then(close, close);
        if (col.key === 'departments') {
          return (
            <DepartmentsPicker
              orgs={orgs}
              value={t.departments.map((d) => ({ orgId: d.id, partNote: d.partNote }))}
              onCancel={close}
              onSave={(list) => save({ departments: list, departmentsText: deptText(orgs, list) || null })}
            />
          );
        }
        const role = col.key === 'lead' ? 'lead' : 'coordinating';
        return (
          <OrgPicker
            orgs={orgs}
            value={t[role].map((o) => o.id)}
            onCancel={close}
            onSave={(ids) => save({ [role]: ids, [`${role}Text`]: orgNames(orgs, ids) || null })}
          />
        );
      }}
    />
  );
}
