/** Căn cứ links of a plan: pick an existing document (search by number or summary) or register one inline; loops are refused by the core. */
import { App, Button, Card, Form, Input, List, Modal, Select, Space, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../src-main/api/contract/labels';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';
import { documentTitle } from '../../components/documentText';
import { href } from '../../router';
import type { PlanDetail } from './rows';
import type { Changes } from './useChanges';

type Hit = MethodOutput<'documents.search'>[number];

export function LinksEditor({ plan, changes }: { plan: PlanDetail; changes: Changes }): ReactNode {
  const { message } = App.useApp();
  const [hits, setHits] = useState<Hit[]>([]);
  const [kind, setKind] = useState<'basis' | 'implements'>('basis');
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ kind: string; numberSymbol: string; issuedDate: string; summary: string; issuerAgency: string }>();
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));
  const from = plan.document.id;
  const search = (q: string) => void invoke('documents.search', { query: q, limit: 30 }).then((h) => setHits(h.filter((x) => x.id !== from)), fail);
  const add = (toDocumentId: number) =>
    changes.run('links.add', { fromDocumentId: from, toDocumentId, kind }).then(() => message.success('Đã thêm căn cứ.'), fail);
  const item = (l: PlanDetail['links']['up'][number], removable: boolean) => (
    <List.Item
      actions={
        removable
          ? [
              <Button key="x" size="small" type="text" danger aria-label="Bỏ căn cứ" onClick={() => void changes.run('links.remove', { fromDocumentId: from, toDocumentId: l.documentId }).catch(fail)}>
                Bỏ
              </Button>,
            ]
          : []
      }
    >
      <span>
        <Tag>{l.kind === 'basis' ? 'Căn cứ' : 'Triển khai'}</Tag>
        {l.planId ? <a href={href({ page: 'plans', id: l.planId })}>{documentTitle({ ...l, kind: l.documentKind })}</a> : documentTitle({ ...l, kind: l.documentKind })} — {l.summary}
      </span>
    </List.Item>
  );
  const createAndLink = async () => {
    const v = await form.validateFields();
    try {
      const r = await changes.run('documents.create', {
        kind: v.kind,
        summary: v.summary,
        numberSymbol: v.numberSymbol || null,
        issuedDate: v.issuedDate || null,
        issuerAgency: v.issuerAgency,
        status: v.numberSymbol ? 'issued' : 'draft',
      });
      await add(r.createdIds[0]!);
      setCreating(false);
      form.resetFields();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Card size="small" title="Văn bản liên quan" style={{ marginBottom: 16 }}>
      <List size="small" header={<b>Văn bản cấp trên (căn cứ, thực hiện)</b>} dataSource={plan.links.up} renderItem={(l) => item(l, true)} locale={{ emptyText: 'Chưa có căn cứ.' }} />
      <Space wrap style={{ marginTop: 8 }}>
        <Select value={kind} onChange={setKind} style={{ width: 120 }} options={[{ value: 'basis', label: 'Căn cứ' }, { value: 'implements', label: 'Triển khai' }]} aria-label="Loại liên kết" />
        <Select
          showSearch
          style={{ width: 480 }}
          placeholder="Tìm văn bản theo số hoặc trích yếu để thêm làm căn cứ"
          filterOption={false}
          onSearch={search}
          onFocus={() => search('')}
          value={null}
          onSelect={(id: number | null) => id !== null && void add(id)}
          options={hits.map((h) => ({ value: h.id, label: `${documentTitle(h)} — ${h.summary.slice(0, 80)}` }))}
          aria-label="Tìm văn bản căn cứ"
        />
        <Button onClick={() => setCreating(true)}>Văn bản mới…</Button>
      </Space>
      {plan.links.down.length > 0 && <List size="small" header={<b>Văn bản triển khai kế hoạch này</b>} dataSource={plan.links.down} renderItem={(l) => item(l, false)} />}
      <Modal open={creating} title="Thêm văn bản căn cứ mới" onCancel={() => setCreating(false)} onOk={() => void createAndLink()} okText="Thêm và liên kết" cancelText="Hủy" destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'quyet_dinh', issuerAgency: 'UBND thành phố Hải Phòng' }} preserve={false}>
          <Form.Item name="kind" label="Loại văn bản">
            <Select options={Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="numberSymbol" label="Số, ký hiệu" extra="Ví dụ 123/KH-SGDĐT hoặc 02-CTr/TU">
            <Input />
          </Form.Item>
          <Form.Item name="issuedDate" label="Ngày ban hành (ngày/tháng/năm)">
            <Input placeholder="20/3/2026" />
          </Form.Item>
          <Form.Item name="issuerAgency" label="Cơ quan ban hành" rules={[{ required: true, message: 'Hãy nhập cơ quan ban hành.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="summary" label="Trích yếu" rules={[{ required: true, message: 'Hãy nhập trích yếu.' }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
