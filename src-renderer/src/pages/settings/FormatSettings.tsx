/**
 * Cài đặt › Thể thức văn bản: margins, sizes, indent and spacing used by the Word exports,
 * each limited to the range Decree 30 allows, with the government template's values
 * one click away.
 */
import { App, Button, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_FORMAT, FORMAT_RANGES, type FormatKey, type FormatSettings as Settings } from '../../../../src-main/api/contract/format-settings';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { BusyButton } from '../../components/BusyButton';

const GROUPS: Array<{ title: string; keys: FormatKey[] }> = [
  { title: 'Trang A4 dọc', keys: ['marginTopMm', 'marginBottomMm', 'marginLeftMm', 'marginRightMm', 'headerDistanceMm'] },
  { title: 'Nội dung', keys: ['bodySizePt', 'firstLineIndentCm', 'spacingBeforePt', 'spacingAfterPt', 'lineSpacing'] },
  { title: 'Phần đầu, tiêu đề, chữ ký', keys: ['agencySizePt', 'nationalTitleSizePt', 'placeDateSizePt', 'titleSizePt', 'signatureSizePt', 'pageNumberSizePt'] },
  { title: 'Phụ lục (A4 ngang)', keys: ['appendixMarginTopMm', 'appendixMarginBottomMm', 'appendixMarginLeftMm', 'appendixMarginRightMm', 'tableSizePt'] },
];

const vn = (n: number) => String(n).replace('.', ',');

function Field({ k }: { k: FormatKey }): ReactNode {
  const r = FORMAT_RANGES[k];
  const range = r.min === r.max ? '' : `${vn(r.min)}–${vn(r.max)} ${r.unit}`;
  const help = r.decree ? `Nghị định 30: ${range} · mẫu: ${vn(r.default)}` : `Cho phép ${range} · mẫu: ${vn(r.default)}`;
  return (
    <Form.Item name={k} label={r.label} help={help} style={{ marginBottom: 20 }}>
      {k === 'firstLineIndentCm' ? (
        <Select aria-label={r.label} options={[{ value: 1, label: '1 cm' }, { value: 1.27, label: '1,27 cm' }]} style={{ width: 140 }} />
      ) : (
        <InputNumber aria-label={r.label} min={r.min} max={r.max} step={r.step} decimalSeparator="," addonAfter={r.unit} style={{ width: 140 }} />
      )}
    </Form.Item>
  );
}

function Editor({ initial, onSaved }: { initial: Settings; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  async function save(values: Settings): Promise<void> {
    setSaving(true);
    try {
      await invoke('exports.formatSettings.set', { ...initial, ...values });
      message.success('Đã lưu thể thức văn bản. Các tệp Word xuất từ nay dùng các giá trị này.');
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e), 8);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
      <Row gutter={24}>
        {GROUPS.map((g) => (
          <Col key={g.title} xs={24} md={12} xl={6}>
            <Typography.Title level={5}>{g.title}</Typography.Title>
            {g.keys.map((k) => (
              <Field key={k} k={k} />
            ))}
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary">
        Cố định theo Nghị định 30: phông Times New Roman (đặt cho mọi bảng mã chữ), số và ký hiệu cỡ 13, “Nơi nhận:” cỡ 12, danh sách nơi nhận cỡ 11, “Phụ lục” cỡ 14; Tiêu ngữ lớn hơn Quốc hiệu 1 cỡ.
      </Typography.Paragraph>
      <Space>
        <BusyButton type="primary" htmlType="submit" busy={saving} busyText="Đang xử lý…">
          Lưu thể thức
        </BusyButton>
        <Button onClick={() => form.setFieldsValue(DEFAULT_FORMAT)}>Khôi phục theo mẫu Nghị định 30</Button>
      </Space>
    </Form>
  );
}

export function FormatSettings(): ReactNode {
  const state = useApi('exports.formatSettings.get', {});
  return <Loadable state={state}>{(s) => <Editor initial={s} onSaved={state.reload} />}</Loadable>;
}
