/**
 * The import wizard: choose or drop a file → choose the table → confirm the mapping →
 * review rows (issues at their cells, editable) → diff against the target plan → commit.
 */
import { Alert, Button, Result, Select, Space, Steps } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { href } from '../../router';
import { DiffStep } from './DiffStep';
import { BusyBar, FileStep } from './FileStep';
import { KIND_LABEL } from './labels';
import { MappingStep } from './MappingStep';
import { ProgressTableStep } from './ProgressTableStep';
import { ReviewStep } from './ReviewStep';
import { TableStep } from './TableStep';
import { useImportFlow } from './useImportFlow';

const STEPS = ['Chọn tệp', 'Chọn bảng', 'Xác nhận cột', 'Kiểm tra dữ liệu', 'So sánh và ghi'];

export function ImportWizard({ onCommitted, onUndo }: { onCommitted: () => void; onUndo: (batchId: number) => Promise<void> }): ReactNode {
  const flow = useImportFlow();
  const { f, table } = flow;
  const suggested = useRef(false);
  const plans = useApi('plans.list', {});
  const orgs = useApi('organizations.list', {});
  const organizations = (orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }));

  // each step starts at the top of the page
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [f.step]);

  // a file dropped anywhere on the window
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void flow.loadFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  const kind = table?.kind ?? null;
  const planOptions = (plans.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.numberSymbol ?? 'Chưa có số'} — ${p.summary.length > 90 ? `${p.summary.slice(0, 87)}…` : p.summary} (${p.tasks} nhiệm vụ, ${p.targets} chỉ tiêu)`,
  }));
  // default target: the plan that shares the most rows (code and text) with the file
  useEffect(() => {
    if (f.step !== 3 || f.planId !== null || suggested.current || (kind !== 'tasks' && kind !== 'targets')) return;
    suggested.current = true;
    const field = kind === 'tasks' ? 'title' : 'name';
    invoke('imports.suggestPlan', { kind, rows: f.records.map((r) => ({ code: r.code, text: r.fields[field] ?? null })) }).then(
      (s) => {
        if (s.planId === null) return;
        flow.patch({ planId: s.planId });
        void flow.check(s.planId);
      },
      (e: unknown) => flow.patch({ error: e instanceof Error ? e.message : String(e) }),
    );
  });
  useEffect(() => {
    if (f.step < 3) suggested.current = false;
  }, [f.step]);
  const planLabel = planOptions.find((p) => p.value === f.planId)?.label ?? '';
  const errors = f.issues.filter((i) => i.severity === 'error').length;

  const next = (() => {
    if (f.step === 1) return <Button type="primary" disabled={f.tableIndex === null || !!f.busy} onClick={() => flow.patch({ step: 2 })}>Tiếp tục</Button>;
    if (f.step === 2)
      return (
        <Button type="primary" disabled={!kind || kind === 'progress' || !!f.busy} onClick={flow.toReview}>
          Tiếp tục
        </Button>
      );
    if (f.step === 3)
      return (
        <Button type="primary" disabled={f.planId === null || !!f.busy} onClick={() => void flow.toDiff()}>
          So sánh với kế hoạch
        </Button>
      );
    return null;
  })();

  return (
    <div className="import-wizard">
      <Steps current={Math.min(f.step, 4)} size="small" items={STEPS.map((title) => ({ title }))} className="import-steps" />
      {f.error && f.step > 0 && <Alert className="import-alert" type="error" showIcon closable onClose={() => flow.patch({ error: null })} title={f.error} />}
      {f.step === 0 && <FileStep onFile={(file) => void flow.loadFile(file)} busy={f.busy} error={f.error} lastFile={f.file} />}
      {f.step > 0 && f.busy && f.step < 5 && <BusyBar busy={f.busy} />}
      {f.step === 1 && f.analysis && <TableStep analysis={f.analysis} value={f.tableIndex} onChange={(i) => flow.patch({ tableIndex: i })} />}
      {f.step === 2 && table && (
        <>
          {kind === 'progress' && f.file && (
            <ProgressTableStep
              key={`${f.analysis?.file.sha256}:${table.index}`}
              file={f.file}
              table={table.index}
              plans={planOptions}
              organizations={organizations}
              onUndo={onUndo}
              onDone={() => {
                onCommitted();
                flow.reset();
              }}
            />
          )}
          <MappingStep
            key={`${f.analysis?.file.sha256}:${table.index}:${JSON.stringify(table.columns)}:${table.headerRows.join(',')}`}
            table={table}
            busy={!!f.busy}
            remember={f.remember}
            onRemember={(remember) => flow.patch({ remember })}
            onApply={(c) => void flow.applyMapping(c)}
          />
        </>
      )}
      {(f.step === 3 || f.step === 4) && kind && kind !== 'progress' && (
        <Space wrap className="import-plan-bar">
          <span>
            Nhập bảng {KIND_LABEL[kind].toLowerCase()} vào kế hoạch:
          </span>
          <Select<number>
            aria-label="Kế hoạch đích"
            style={{ minWidth: 520 }}
            value={f.planId ?? undefined}
            placeholder="Chọn kế hoạch để so sánh và ghi (không kế hoạch nào có dòng trùng với tệp)"
            options={planOptions}
            onChange={(planId) => {
              flow.patch({ planId, diff: null });
              void flow.check(planId);
            }}
          />
        </Space>
      )}
      {f.step === 3 && kind && kind !== 'progress' && (
        <ReviewStep
          kind={kind}
          records={f.records}
          rows={f.rows}
          issues={f.issues}
          dirty={f.dirty}
          busy={!!f.busy}
          choices={f.choices}
          organizations={organizations}
          onEdit={flow.edit}
          onChoose={flow.choose}
          onCheck={() => void flow.check()}
        />
      )}
      {f.step === 4 && f.diff && <DiffStep diff={f.diff} planLabel={planLabel} errors={errors} busy={!!f.busy} onCommit={() => void flow.commit().then(onCommitted)} />}
      {f.step === 5 && f.result && (
        <Result
          status="success"
          title={`Đã nhập xong (lần nhập số ${f.result.batchId})`}
          subTitle={`${f.result.counts.new} dòng mới, ${f.result.counts.changed} dòng thay đổi, ${f.result.counts.unchanged} dòng không đổi. Các dòng của kế hoạch không có trong tệp được giữ nguyên.`}
          extra={[
            <Button key="plan" type="primary" href={href({ page: 'plans', id: f.planId ?? undefined })}>
              Mở kế hoạch
            </Button>,
            <Button key="undo" danger onClick={() => void onUndo(f.result!.batchId).then(flow.reset)}>
              Hoàn tác lần nhập này
            </Button>,
            <Button key="again" onClick={flow.reset}>
              Nhập tệp khác
            </Button>,
          ]}
        />
      )}
      {f.step > 0 && f.step < 5 && (
        <div className="import-actions">
          <Space>
            <Button disabled={!!f.busy} onClick={() => flow.patch({ step: f.step - 1, error: null })}>
              Quay lại
            </Button>
            {next}
            <Button type="link" onClick={flow.reset} disabled={!!f.busy}>
              Chọn tệp khác
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}
