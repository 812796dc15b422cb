/** Edit a period's window and due date (or add an ad hoc one); lock or unlock it with a reason. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { PERIOD_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { invoke } from '../../api/client';
import type { PeriodView } from './PlanPeriodPicker';
import { DateInput } from './ui';

interface Draft {
  kind: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
  dueDate: string | null;
  dueText: string | null;
  reporters: string | null;
}

export function PeriodEditModal({ planId, period, onClose, onSaved }: { planId: number; period: PeriodView | 'new'; onClose: () => void; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const isNew = period === 'new';
  const [d, setD] = useState<Draft>(
    isNew
      ? { kind: 'adhoc', label: '', startDate: null, endDate: null, dueDate: null, dueText: null, reporters: null }
      : { kind: period.kind, label: period.label, startDate: period.startDate, endDate: period.endDate, dueDate: period.dueDate, dueText: period.dueText, reporters: period.reporters },
  );
  const [bad, setBad] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const date = (k: 'startDate' | 'endDate' | 'dueDate') => (iso: string | null, ok: boolean) => {
    setD((x) => ({ ...x, [k]: iso }));
    setBad((b) => ({ ...b, [k]: !ok }));
  };
  const save = async () => {
    if (Object.values(bad).some(Boolean)) {
      message.error('Có ngày chưa đúng dạng dd/mm/yyyy; hãy sửa lại.');
      return;
    }
    setBusy(true);
    try {
      const fields = { label: d.label, startDate: d.startDate, endDate: d.endDate, dueDate: d.dueDate, dueText: d.dueText, reporters: d.reporters };
      if (isNew) await invoke('periods.create', { planId, kind: d.kind as 'adhoc', ...fields });
      else await invoke('periods.update', { id: period.id, ...fields });
      message.success(isNew ? 'Đã thêm kỳ báo cáo.' : 'Đã lưu kỳ báo cáo.');
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={isNew ? 'Thêm kỳ báo cáo' : `Sửa kỳ “${period.label}”`} okText="Lưu" cancelText="Hủy" onOk={() => void save()} onCancel={onClose} okButtonProps={{ disabled: busy }} destroyOnHidden>
      <Form layout="vertical">
        {isNew ? (
          <Form.Item label="Loại kỳ">
            <Select value={d.kind} onChange={(kind) => setD((x) => ({ ...x, kind }))} options={Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        ) : null}
        <Form.Item label="Tên kỳ báo cáo" required>
          <Input value={d.label} onChange={(e) => setD((x) => ({ ...x, label: e.target.value }))} placeholder="Ví dụ: Báo cáo đột xuất tháng 5/2026" />
        </Form.Item>
        <Form.Item label="Số liệu tính từ ngày – đến ngày" help="Mặc định theo Nghị định 09/2019/NĐ-CP: quý từ ngày 15 tháng trước đến ngày 14 tháng cuối quý.">
          <DateInput id="period-start" value={d.startDate} onChange={date('startDate')} /> – <DateInput id="period-end" value={d.endDate} onChange={date('endDate')} />
        </Form.Item>
        <Form.Item label="Hạn gửi báo cáo">
          <DateInput id="period-due" value={d.dueDate} onChange={date('dueDate')} />
        </Form.Item>
        <Form.Item label="Ghi chú về hạn gửi (như văn bản ghi)">
          <Input value={d.dueText ?? ''} onChange={(e) => setD((x) => ({ ...x, dueText: e.target.value || null }))} placeholder="trước ngày 10/12 hằng năm" />
        </Form.Item>
        <Form.Item label="Đơn vị báo cáo">
          <Input value={d.reporters ?? ''} onChange={(e) => setD((x) => ({ ...x, reporters: e.target.value || null }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LockModal({ period, onClose, onSaved }: { period: PeriodView; onClose: () => void; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const unlocking = !!period.lockedAt;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (unlocking && text.trim().length < 3) {
      message.error('Hãy ghi rõ lý do mở khóa.');
      return;
    }
    setBusy(true);
    try {
      if (unlocking) await invoke('periods.unlock', { id: period.id, reason: text });
      else await invoke('periods.lock', { id: period.id, note: text || null });
      message.success(unlocking ? `Đã mở khóa kỳ “${period.label}”.` : `Đã khóa kỳ “${period.label}”.`);
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={unlocking ? `Mở khóa kỳ “${period.label}”` : `Khóa kỳ “${period.label}”`} okText={unlocking ? 'Mở khóa' : 'Khóa kỳ'} cancelText="Hủy" onOk={() => void save()} onCancel={onClose} okButtonProps={{ disabled: busy }} destroyOnHidden>
      <p>{unlocking ? 'Kỳ đã khóa vì báo cáo đã gửi. Mở khóa để sửa số liệu cần ghi rõ lý do; lý do được lưu vào nhật ký.' : 'Khóa kỳ khi báo cáo đã gửi đi: sau đó mọi thay đổi số liệu của kỳ cần mở khóa kèm lý do.'}</p>
      <Input.TextArea aria-label={unlocking ? 'Lý do mở khóa' : 'Ghi chú khi khóa'} rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={unlocking ? 'Ví dụ: Phòng GDTrH gửi bổ sung số liệu theo Công văn số …' : 'Ví dụ: Đã gửi Báo cáo số …/BC-SGDĐT'} />
    </Modal>
  );
}
