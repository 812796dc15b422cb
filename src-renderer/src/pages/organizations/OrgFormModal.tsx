/** Add or edit an organisation: name, short name, kind, parent (rename keeps the old name as an alias). */
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { ORGANIZATION_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { ORGANIZATION_KINDS } from '../../../../src-main/api/contract/list-view';
import { invoke } from '../../api/client';
import { foldText, type OrgRow } from './tree';

interface Values {
  name: string;
  shortName: string;
  kind: (typeof ORGANIZATION_KINDS)[number];
  parentId: number | null;
  keepOldName: boolean;
}

export function OrgFormModal({ rows, editing, onClose, onSaved }: { rows: OrgRow[]; editing: OrgRow | 'new'; onClose: () => void; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const current = editing === 'new' ? null : editing;
  const name = Form.useWatch('name', form);
  const renamed = !!current && !!name && name.trim() !== current.name;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const shortName = v.shortName?.trim() ? v.shortName.trim() : null;
      if (current) {
        await invoke('registry.update', { id: current.id, name: v.name, shortName, kind: v.kind, parentId: v.parentId ?? null, keepOldName: v.keepOldName });
        message.success(`Đã lưu đơn vị "${v.name.trim()}".`);
      } else {
        await invoke('registry.create', { name: v.name, shortName, kind: v.kind, parentId: v.parentId ?? null });
        message.success(`Đã thêm đơn vị "${v.name.trim()}".`);
      }
      onSaved();
    } catch (e) {
      form.setFields([{ name: 'name', errors: [e instanceof Error ? e.message : String(e)] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={current ? `Sửa đơn vị: ${current.name}` : 'Thêm đơn vị'}
      okText={current ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      okButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          name: current?.name ?? '',
          shortName: current?.shortName ?? '',
          kind: (current?.kind as Values['kind']) ?? 'department',
          parentId: current?.parentId ?? null,
          keepOldName: true,
        }}
      >
        <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên đơn vị.' }]}>
          <Input autoFocus maxLength={300} placeholder="Ví dụ: Phòng Giáo dục Trung học" />
        </Form.Item>
        {renamed ? (
          <Form.Item name="keepOldName" valuePropName="checked" style={{ marginTop: -12 }}>
            <Checkbox>Giữ tên cũ "{current.name}" làm tên gọi khác (để văn bản cũ vẫn nhận ra đơn vị)</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item label="Tên viết tắt" name="shortName">
          <Input maxLength={100} placeholder="Ví dụ: GDTrH" />
        </Form.Item>
        <Form.Item label="Loại" name="kind" rules={[{ required: true }]}>
          <Select options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: ORGANIZATION_KIND_LABELS[k] ?? k }))} />
        </Form.Item>
        <Form.Item label="Trực thuộc" name="parentId">
          <Select
            allowClear
            showSearch={{ filterOption: (input, o) => foldText(String(o?.label ?? '')).includes(foldText(input)) }}
            placeholder="Không trực thuộc đơn vị nào trong sổ"
            options={rows.filter((r) => r.id !== current?.id).map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
