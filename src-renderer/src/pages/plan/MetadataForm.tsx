/** The plan's metadata as a form: kind, số ký hiệu (both state and Party patterns), dates dd/mm/yyyy, signer, recipients. */
import { App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { BusyButton } from '../../components/BusyButton';
import type { PlanDetail } from './rows';
import type { Changes } from './useChanges';

interface Values {
  kind: string;
  numberSymbol: string;
  issuerParent: string;
  issuerAgency: string;
  place: string;
  issuedDate: string;
  summary: string;
  periodText: string;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
  status: 'draft' | 'issued';
}

const FIELD_OF_MESSAGE: Array<[RegExp, keyof Values]> = [
  [/Số, ký hiệu|số, ký hiệu/, 'numberSymbol'],
  [/Ngày ban hành/, 'issuedDate'],
  [/Trích yếu/, 'summary'],
  [/Cơ quan ban hành/, 'issuerAgency'],
  [/đã ban hành/, 'status'],
];

export function MetadataForm({ plan, changes, open, onClose }: { plan: PlanDetail; changes: Changes; open: boolean; onClose: () => void }): ReactNode {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const d = plan.document;
  const initial: Values = {
    kind: d.kind,
    numberSymbol: d.numberSymbol ?? '',
    issuerParent: d.issuerParent ?? '',
    issuerAgency: d.issuerAgency,
    place: d.place ?? '',
    issuedDate: formatVnDate(d.issuedDate),
    summary: d.summary,
    periodText: plan.periodText ?? '',
    signerAuthority: d.signer.authority ?? '',
    signerPosition: d.signer.position ?? '',
    signerName: d.signer.name ?? '',
    recipients: d.recipients.join('\n'),
    status: d.status,
  };
  const save = async () => {
    const v = await form.validateFields();
    const n = (s: string) => (s.trim() === '' ? null : s.trim());
    setSaving(true);
    try {
      await changes.run('plans.update', {
        id: plan.id,
        patch: {
          kind: v.kind,
          numberSymbol: n(v.numberSymbol),
          issuerParent: n(v.issuerParent),
          issuerAgency: v.issuerAgency.trim(),
          place: n(v.place),
          issuedDate: n(v.issuedDate),
          summary: v.summary.trim(),
          periodText: n(v.periodText),
          signerAuthority: n(v.signerAuthority),
          signerPosition: n(v.signerPosition),
          signerName: n(v.signerName),
          recipients: v.recipients.split('\n').map((r) => r.trim()).filter(Boolean),
          status: v.status,
        },
      });
      message.success('Đã lưu thông tin văn bản.');
      onClose();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const field = FIELD_OF_MESSAGE.find(([re]) => re.test(msg))?.[1];
      if (field) form.setFields([{ name: field, errors: [msg] }]);
      else message.error(msg);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title="Thông tin văn bản" width={860} onCancel={onClose} destroyOnHidden footer={[
      <Button key="c" onClick={onClose}>Hủy</Button>,
      <BusyButton key="s" type="primary" busy={saving} busyText="Đang lưu…" onClick={() => void save()}>Lưu</BusyButton>,
    ]}>
      <Form form={form} layout="vertical" initialValues={initial} size="small" preserve={false}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="kind" label="Loại văn bản">
              <Select options={Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="numberSymbol" label="Số, ký hiệu" extra="Ví dụ 123/KH-SGDĐT hoặc 02-CTr/TU; để trống nếu là dự thảo.">
              <Input placeholder="(dự thảo, chưa có số)" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label="Trạng thái">
              <Select options={[{ value: 'draft', label: 'Dự thảo' }, { value: 'issued', label: 'Đã ban hành' }]} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuerParent" label="Cơ quan chủ quản">
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuerAgency" label="Cơ quan ban hành" rules={[{ required: true, message: 'Hãy nhập cơ quan ban hành.' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="place" label="Địa danh">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="issuedDate" label="Ngày ban hành (ngày/tháng/năm)">
              <Input placeholder="05/03/2026" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="periodText" label="Giai đoạn">
              <Input placeholder="2026 - 2030" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="summary" label="Trích yếu" rules={[{ required: true, message: 'Hãy nhập trích yếu.' }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signerAuthority" label="Quyền hạn ký">
              <Input placeholder="KT. GIÁM ĐỐC" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signerPosition" label="Chức vụ">
              <Input placeholder="PHÓ GIÁM ĐỐC" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signerName" label="Người ký">
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
