/**
 * Derive a draft Sở plan from a higher plan. Step 1: filter its tasks (led by a body, text)
 * and targets, tick them, name the new plan; the copies stay linked to their originals.
 * Step 2: assign departments to the picked tasks (DeriveDepartments). Both are saved by one
 * plans.derive call: one transaction, one undo step.
 */
import { App, Button, Checkbox, Input, Modal, Select, Space, Steps, Table, Tabs, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { fold } from '../../../../src-main/api/contract/vn-parse';
import { BusyButton } from '../../components/BusyButton';
import { href } from '../../router';
import { DeriveDepartments } from './DeriveDepartments';
import { deriveDepartments, type Assignments } from './deriveAssign';
import type { Org } from './OrgPicker';
import type { PlanDetail } from './rows';
import type { Changes } from './useChanges';

export function DeriveWizard({ plan, orgs, changes, open, onClose }: { plan: PlanDetail; orgs: Org[]; changes: Changes; open: boolean; onClose: () => void }): ReactNode {
  const { message } = App.useApp();
  const so = orgs.find((o) => o.kind === 'so');
  const [lead, setLead] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [tasks, setTasks] = useState<number[]>([]);
  const [targets, setTargets] = useState<number[]>([]);
  const [summary, setSummary] = useState(`Triển khai ${plan.document.numberSymbol ? `${plan.document.numberSymbol} — ` : ''}${plan.document.summary}`.slice(0, 300));
  const [saving, setSaving] = useState(false);
  const [step, setStep] = useState(0);
  const [assigned, setAssigned] = useState<Assignments>(new Map());
  const groups = new Map(plan.taskGroups.map((g) => [g.id, g.code]));
  const shownTasks = useMemo(
    () => plan.tasks.filter((t) => (lead === null || t.lead.some((o) => o.id === lead)) && (!text || fold(`${t.code} ${t.title}`).includes(fold(text)))),
    [plan.tasks, lead, text],
  );
  const shownTargets = useMemo(() => plan.targets.filter((t) => !text || fold(`${t.code} ${t.name}`).includes(fold(text))), [plan.targets, text]);
  const create = async () => {
    setSaving(true);
    try {
      const departments = deriveDepartments(assigned, tasks);
      const r = await changes.run('plans.derive', { sourcePlanId: plan.id, summary, taskIds: tasks, targetIds: targets, departments });
      const rest = tasks.length - departments.length;
      message.success(
        `Đã lập dự thảo kế hoạch với ${tasks.length} nhiệm vụ và ${targets.length} chỉ tiêu.` +
          (rest > 0 ? ` Còn ${rest} nhiệm vụ chưa phân công phòng: phân công trong bảng nhiệm vụ.` : ' Đã phân công phòng cho mọi nhiệm vụ.'),
      );
      onClose();
      window.location.hash = href({ page: 'plans', id: r.createdIds[0]! });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  const pickAll = (ids: number[], cur: number[], set: (v: number[]) => void, on: boolean) => set(on ? [...new Set([...cur, ...ids])] : cur.filter((x) => !ids.includes(x)));
  return (
    <Modal
      open={open}
      title="Lập kế hoạch triển khai từ văn bản này"
      width={1000}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          Hủy
        </Button>,
        step === 1 ? (
          <Button key="back" onClick={() => setStep(0)}>
            ← Quay lại chọn dòng
          </Button>
        ) : null,
        step === 0 ? (
          <Button key="next" type="primary" disabled={tasks.length + targets.length === 0} onClick={() => setStep(1)}>
            Tiếp: phân công phòng →
          </Button>
        ) : (
          <BusyButton key="create" type="primary" busy={saving} busyText="Đang tạo…" onClick={() => void create()}>
            Tạo dự thảo kế hoạch
          </BusyButton>
        ),
      ]}
    >
      <Steps
        size="small"
        current={step}
        onChange={(s) => (s === 0 || tasks.length + targets.length > 0) && setStep(s)}
        style={{ marginBottom: 12 }}
        items={[{ title: 'Chọn nhiệm vụ, chỉ tiêu' }, { title: 'Phân công phòng' }]}
      />
      {step === 1 ? (
        <DeriveDepartments
          tasks={plan.tasks.filter((t) => tasks.includes(t.id))}
          orgs={orgs}
          groupCode={(t) => groups.get(t.groupId ?? 0) ?? ''}
          value={assigned}
          onChange={setAssigned}
        />
      ) : null}
      <Space direction="vertical" style={{ width: '100%', display: step === 0 ? undefined : 'none' }}>
        <Input addonBefore="Trích yếu kế hoạch mới" value={summary} onChange={(e) => setSummary(e.target.value)} aria-label="Trích yếu kế hoạch mới" />
        <Space wrap>
          <Select
            allowClear
            style={{ width: 320 }}
            placeholder="Lọc theo cơ quan chủ trì"
            value={lead}
            onChange={(v) => setLead(v ?? null)}
            options={[...(so ? [{ value: so.id, label: `${so.name} (Sở GDĐT)` }] : []), ...orgs.filter((o) => o.id !== so?.id).map((o) => ({ value: o.id, label: o.name }))]}
            showSearch
            optionFilterProp="label"
            aria-label="Lọc theo cơ quan chủ trì"
          />
          <Input.Search allowClear placeholder="Lọc theo chữ (không dấu cũng được)" onSearch={setText} style={{ width: 300 }} aria-label="Lọc theo chữ" />
          <Typography.Text type="secondary">
            Đã chọn {tasks.length} nhiệm vụ, {targets.length} chỉ tiêu
          </Typography.Text>
        </Space>
        <Tabs
          items={[
            {
              key: 't',
              label: `Nhiệm vụ (${shownTasks.length})`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ y: 360 }}
                  dataSource={shownTasks}
                  rowSelection={{ selectedRowKeys: tasks, onChange: (keys) => setTasks(keys as number[]), onSelectAll: (on) => pickAll(shownTasks.map((t) => t.id), tasks, setTasks, on) }}
                  columns={[
                    { title: 'Mã', dataIndex: 'code', width: 70, render: (c: string, t) => c || groups.get(t.groupId ?? 0) },
                    { title: 'Nhiệm vụ', dataIndex: 'title' },
                    { title: 'Chủ trì', key: 'lead', width: 200, render: (_, t) => t.leadText ?? t.lead.map((o) => o.name).join(', ') },
                  ]}
                />
              ),
            },
            {
              key: 'g',
              label: `Chỉ tiêu (${shownTargets.length})`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ y: 360 }}
                  dataSource={shownTargets}
                  rowSelection={{ selectedRowKeys: targets, onChange: (keys) => setTargets(keys as number[]) }}
                  columns={[
                    { title: 'Mã', dataIndex: 'code', width: 70 },
                    { title: 'Chỉ tiêu', dataIndex: 'name' },
                    { title: 'Kết quả', dataIndex: 'targetText', width: 200 },
                  ]}
                />
              ),
            },
          ]}
        />
        <Checkbox checked disabled>
          Giữ liên kết từng nhiệm vụ, chỉ tiêu với bản gốc cấp trên (để báo cáo ngược lên)
        </Checkbox>
      </Space>
    </Modal>
  );
}
