/**
 * One plan, editable: metadata, căn cứ links, the target and task grids, the body,
 * reporting periods and progress. Every edit is one API call and one undo step
 * (Ctrl+Z / Ctrl+Y anywhere on the page outside a text field).
 */
import { Alert, App, Breadcrumb, Button, Space, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MethodInput } from '../../../src-main/api/contract/methods';
import { invoke } from '../api/client';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { documentKindLabel } from '../components/documentText';
import { href, useRoute } from '../router';
import { jumpFromRoute, useRowJump } from './jump/rowJump';
import { BodyEditor } from './plan/BodyEditor';
import { DeriveWizard } from './plan/DeriveWizard';
import { HistoryDrawer } from './plan/HistoryDrawer';
import { LinksEditor } from './plan/LinksEditor';
import { MetadataForm } from './plan/MetadataForm';
import { AppendixHeading, Metadata, Periods } from './plan/PlanParts';
import { mergeRows, type RefreshScope } from './plan/refresh';
import type { PlanDetail, TargetItem, TaskItem } from './plan/rows';
import { TargetGrid } from './plan/TargetGrid';
import { TaskGrid } from './plan/TaskGrid';
import { useChanges, type Changes } from './plan/useChanges';
import { PlanProgressTab } from './progress/PlanProgressTab';
import { PlanExportButtons } from './reports/PlanExportButtons';

function useUndoKeys(changes: Changes): void {
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey)) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (e.key === 'z' || e.key === 'Z') {
        e.preventDefault();
        void (e.shiftKey ? changes.redo() : changes.undo());
      } else if (e.key === 'y' || e.key === 'Y') {
        e.preventDefault();
        void changes.redo();
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, [changes]);
}

function PlanActions({ plan, changes, onEdit, onDerive, onHistory }: { plan: PlanDetail; changes: Changes; onEdit(): void; onDerive(): void; onHistory(): void }): ReactNode {
  const { message, modal } = App.useApp();
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));
  const archive = () =>
    modal.confirm({
      title: 'Lưu trữ kế hoạch này?',
      content: 'Kế hoạch sẽ được ẩn khỏi danh sách (không bị xóa). Có thể khôi phục bất cứ lúc nào.',
      okText: 'Tiếp tục',
      cancelText: 'Không',
      onOk: () =>
        modal.confirm({
          title: 'Xác nhận lần hai',
          content: `Lưu trữ "${plan.document.summary.slice(0, 120)}"?`,
          okText: 'Lưu trữ',
          okButtonProps: { danger: true },
          cancelText: 'Không',
          onOk: () =>
            changes.run('plans.archive', { id: plan.id }).then(() => {
              message.success({
                content: (
                  <span>
                    Đã lưu trữ kế hoạch.{' '}
                    <Button size="small" type="link" onClick={() => void changes.undo()}>
                      Hoàn tác
                    </Button>
                  </span>
                ),
                duration: 8,
              });
            }, fail),
        }),
    });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button onClick={onEdit}>Sửa thông tin</Button>
      <Button onClick={() => void changes.run('plans.duplicate', { id: plan.id }).then((r) => (window.location.hash = href({ page: 'plans', id: r.createdIds[0]! })), fail)}>Nhân bản</Button>
      <Button onClick={onDerive}>Lập kế hoạch triển khai…</Button>
      <Button onClick={onHistory}>Lịch sử thay đổi</Button>
      <Button onClick={() => void changes.undo()} disabled={!changes.canUndo}>
        Hoàn tác (Ctrl+Z)
      </Button>
      <Button onClick={() => void changes.redo()} disabled={!changes.canRedo}>
        Làm lại (Ctrl+Y)
      </Button>
      {plan.document.archivedAt ? null : (
        <Button danger onClick={archive}>
          Lưu trữ
        </Button>
      )}
    </Space>
  );
}

export function PlanPage({ id }: { id: number }): ReactNode {
  const state = useApi('plans.get', { id });
  const jump = jumpFromRoute(useRoute());
  useRowJump(jump, state.data !== undefined);
  const cascade = useApi('plans.cascade', { id });
  const orgs = useApi('organizations.list', {});
  const { reload: reloadPlan, mutate: mutatePlan } = state;
  const planRef = useRef(state.data);
  useEffect(() => {
    planRef.current = state.data;
  }, [state.data]);
  const reloadCascade = cascade.reload;
  const refresh = useCallback(
    async (scope: RefreshScope) => {
      const reload = () => {
        reloadPlan();
        reloadCascade();
      };
      if (scope.kind === 'plan') return reload();
      try {
        // a cell edit: re-read just those rows and swap them in (no reload of a 5,000-row plan)
        const fresh = scope.table === 'tasks' ? await invoke('tasks.rows', { planId: id, ids: scope.ids }) : await invoke('targets.rows', { planId: id, ids: scope.ids });
        if (fresh.length !== scope.ids.length) return reload();
        const merge = (plan: PlanDetail) => (scope.table === 'tasks' ? mergeRows(plan, 'tasks', fresh as TaskItem[]) : mergeRows(plan, 'targets', fresh as TargetItem[]));
        // a row deleted or moved meanwhile: the shown plan is out of date, read it again
        if (!planRef.current || merge(planRef.current) === null) return reload();
        mutatePlan((plan) => merge(plan) ?? plan);
      } catch {
        reload();
      }
    },
    [id, reloadPlan, reloadCascade, mutatePlan],
  );
  const changes = useChanges(refresh);
  useUndoKeys(changes);
  const [editing, setEditing] = useState(false);
  const [deriving, setDeriving] = useState(false);
  const [history, setHistory] = useState<{ query: MethodInput<'history.list'>; title: string } | null>(null);
  const onRowHistory = (entity: 'task' | 'target', entityId: number | null) =>
    entityId && setHistory({ query: { entity, entityId }, title: entity === 'task' ? 'Lịch sử nhiệm vụ' : 'Lịch sử chỉ tiêu' });
  return (
    <Loadable state={state}>
      {(plan) => (
        <>
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ title: <a href={href({ page: 'plans' })}>Kế hoạch</a> }, { title: plan.document.numberSymbol ?? 'Chưa có số' }]}
          />
          <Typography.Title level={3} className="page-title">
            {documentKindLabel(plan.document.kind)} {plan.document.summary}
          </Typography.Title>
          {plan.document.archivedAt ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message="Kế hoạch này đã được lưu trữ (ẩn khỏi danh sách)."
              action={
                <Button size="small" onClick={() => void changes.run('plans.unarchive', { id: plan.id })}>
                  Khôi phục
                </Button>
              }
            />
          ) : null}
          <PlanActions
            plan={plan}
            changes={changes}
            onEdit={() => setEditing(true)}
            onDerive={() => setDeriving(true)}
            onHistory={() => setHistory({ query: { planId: plan.id }, title: 'Lịch sử thay đổi của kế hoạch' })}
          />
          <PlanExportButtons planId={plan.id} />
          <Metadata plan={plan} />
          <LinksEditor plan={plan} changes={changes} />
          <Tabs
            key={jump?.token ?? 'plan'}
            defaultActiveKey={jump?.tab ?? (plan.targets.length ? 'targets' : 'tasks')}
            items={[
              {
                key: 'targets',
                label: `Chỉ tiêu (${plan.targets.length})`,
                children: (
                  <>
                    <AppendixHeading plan={plan} table="targets" />
                    <TargetGrid plan={plan} orgs={orgs.data ?? []} cascade={cascade.data} changes={changes} onHistory={onRowHistory} />
                  </>
                ),
              },
              {
                key: 'tasks',
                label: `Nhiệm vụ (${plan.tasks.length})`,
                children: (
                  <>
                    <AppendixHeading plan={plan} table="tasks" />
                    <TaskGrid plan={plan} orgs={orgs.data ?? []} cascade={cascade.data} changes={changes} onHistory={onRowHistory} />
                  </>
                ),
              },
              { key: 'body', label: 'Nội dung văn bản', children: <BodyEditor plan={plan} changes={changes} /> },
              { key: 'periods', label: `Kỳ báo cáo (${plan.reportingPeriods.length})`, children: <Periods plan={plan} /> },
              { key: 'progress', label: 'Tiến độ', children: <PlanProgressTab planId={plan.id} /> },
            ]}
          />
          <MetadataForm plan={plan} changes={changes} open={editing} onClose={() => setEditing(false)} />
          {deriving ? <DeriveWizard plan={plan} orgs={orgs.data ?? []} changes={changes} open={deriving} onClose={() => setDeriving(false)} /> : null}
          <HistoryDrawer query={history?.query ?? null} title={history?.title ?? ''} onClose={() => setHistory(null)} changes={changes} />
        </>
      )}
    </Loadable>
  );
}
