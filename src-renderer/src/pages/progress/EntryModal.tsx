/** Enter or correct one progress report (item × body × period); an officer may override the status with a reason. */
import { App, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { STATUS_LABELS, type StatusCode } from '../../../../src-main/api/contract/progress-labels';
import { invoke } from '../../api/client';
import { DateInput, STATUS_OPTIONS } from './ui';

export type SheetRow = MethodOutput<'progress.sheet'>['rows'][number];
type Claim = StatusCode | 'done';

const CLAIM_OPTIONS = [{ value: 'done', label: 'Hoàn thành (PlanDesk tính đúng hạn / quá hạn theo ngày hoàn thành)' }, ...STATUS_OPTIONS];

export function EntryModal({ periodId, row, onClose, onSaved }: { periodId: number; row: SheetRow; onClose: () => void; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const e = row.entry;
  const qualitative = row.table === 'target' && row.attainment?.kind !== 'numeric' && !/\d/.test(row.targetText ?? '');
  const [claim, setClaim] = useState<Claim | null>((e?.reportedStatus as Claim | null) ?? null);
  const [result, setResult] = useState(e?.resultText ?? '');
  const [actual, setActual] = useState<number | null>(e?.actualValue ?? null);
  const [met, setMet] = useState<boolean | null>(e?.met ?? null);
  const [completed, setCompleted] = useState<string | null>(e?.completedDate ?? null);
  const [evidence, setEvidence] = useState(e?.evidenceNumber ?? '');
  const [evidenceDate, setEvidenceDate] = useState<string | null>(e?.evidenceDate ?? null);
  const [note, setNote] = useState(e?.note ?? '');
  const [override, setOverride] = useState(!!e?.statusOverridden);
  const [overrideStatus, setOverrideStatus] = useState<StatusCode>((e?.status as StatusCode) ?? 'in_progress');
  const [reason, setReason] = useState(e?.overrideReason ?? '');
  const [bad, setBad] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (bad) return void message.error('Có ngày chưa đúng dạng dd/mm/yyyy; hãy sửa lại.');
    if (override && reason.trim().length < 3) return void message.error('Đổi trạng thái thủ công cần ghi rõ lý do.');
    setBusy(true);
    try {
      const r = await invoke('progress.save', {
        periodId,
        taskId: row.table === 'task' ? row.itemId : null,
        targetId: row.table === 'target' ? row.itemId : null,
        orgId: row.orgId,
        claim,
        resultText: result || null,
        actualValue: row.table === 'target' ? actual : undefined,
        met: row.table === 'target' ? met : undefined,
        completedDate: completed,
        evidenceNumber: evidence || null,
        evidenceDate,
        decidingDocument: claim === 'dropped' ? evidence || null : undefined,
        note: note || null,
        override: override ? { status: overrideStatus, reason } : null,
      });
      message.success(`Đã lưu: ${STATUS_LABELS[r.status]}.${r.explanation ? ` ${r.explanation}` : ''}`);
      onSaved();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const date = (set: (v: string | null) => void) => (iso: string | null, ok: boolean) => {
    set(iso);
    setBad(!ok);
  };
  return (
    <Modal open width={720} title={`${row.table === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu'} ${row.code} — ${row.orgName ?? 'chưa ghi đơn vị'}`} okText="Lưu" cancelText="Hủy" onOk={() => void save()} onCancel={onClose} okButtonProps={{ disabled: busy }} destroyOnHidden>
      <Typography.Paragraph className="cell-lines">{row.title}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{row.table === 'task' ? `Thời hạn: ${row.deadlineText ?? 'không ghi'}` : `Chỉ tiêu: ${row.targetText ?? ''} ${row.unit ?? ''}`}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="Đơn vị báo cáo ghi trạng thái">
          <Select aria-label="Trạng thái" allowClear placeholder="Chưa ghi" value={claim ?? undefined} onChange={(v) => setClaim(v ?? null)} options={CLAIM_OPTIONS} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label="Ngày hoàn thành">
            <DateInput id="entry-completed" value={completed} onChange={date(setCompleted)} />
          </Form.Item>
          {row.table === 'target' && !qualitative ? (
            <Form.Item label={`Giá trị thực hiện${row.unit ? ` (${row.unit})` : ''}`}>
              <InputNumber aria-label="Giá trị thực hiện" decimalSeparator="," value={actual} onChange={(v) => setActual(v ?? null)} style={{ width: 160 }} />
            </Form.Item>
          ) : null}
          {row.table === 'target' ? (
            <Form.Item label="Đánh giá">
              <Select style={{ width: 150 }} allowClear value={met === null ? undefined : met ? 'yes' : 'no'} onChange={(v) => setMet(v === undefined ? null : v === 'yes')} options={[{ value: 'yes', label: 'Đạt' }, { value: 'no', label: 'Không đạt' }]} />
            </Form.Item>
          ) : null}
        </Space>
        <Form.Item label="Kết quả thực hiện">
          <Input.TextArea aria-label="Kết quả thực hiện" rows={3} value={result} onChange={(ev) => setResult(ev.target.value)} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label={claim === 'dropped' ? 'Văn bản quyết định điều chỉnh (số, ký hiệu)' : 'Văn bản minh chứng (số, ký hiệu)'}>
            <Input style={{ width: 240 }} value={evidence} onChange={(ev) => setEvidence(ev.target.value)} placeholder="125/KH-SGDĐT" />
          </Form.Item>
          <Form.Item label="Ngày văn bản">
            <DateInput id="entry-evidence-date" value={evidenceDate} onChange={date(setEvidenceDate)} />
          </Form.Item>
        </Space>
        <Form.Item label="Ghi chú, khó khăn, kiến nghị">
          <Input.TextArea rows={2} value={note} onChange={(ev) => setNote(ev.target.value)} />
        </Form.Item>
        <Checkbox checked={override} onChange={(ev) => setOverride(ev.target.checked)}>
          Chuyên viên xác định trạng thái khác (ghi rõ lý do)
        </Checkbox>
        {override ? (
          <Space style={{ marginTop: 8, width: '100%' }} direction="vertical">
            <Select aria-label="Trạng thái do chuyên viên xác định" value={overrideStatus} onChange={setOverrideStatus} options={STATUS_OPTIONS} style={{ width: 300 }} />
            <Input aria-label="Lý do" value={reason} onChange={(ev) => setReason(ev.target.value)} placeholder="Ví dụ: Được gia hạn theo Công văn số …" />
          </Space>
        ) : null}
      </Form>
    </Modal>
  );
}
