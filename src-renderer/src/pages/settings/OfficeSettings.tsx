/**
 * Cài đặt — Cơ quan và cán bộ: the office identity printed on exports (parent agency, agency,
 * symbol, place, default signer) and the officer's name recorded in the change history;
 * plus where the data lives.
 */
import { Alert, App, Col, Form, Input, Row, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { BusyButton } from '../../components/BusyButton';

type Settings = MethodOutput<'officeSettings.get'>;
type Values = Settings['office'] & { officerName: string };

const required = [{ required: true, whitespace: true, message: 'Không được để trống.' }];

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: () => void }): ReactNode {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const save = async (v: Values) => {
    setBusy(true);
    try {
      const { officerName, ...office } = v;
      await invoke('officeSettings.save', { office, officerName: officerName ?? '' });
      message.success('Đã lưu thông tin cơ quan và cán bộ.');
      setDirty(false);
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ ...settings.office, officerName: settings.officerName }}
      onFinish={(v) => void save(v)}
      onValuesChange={() => setDirty(true)}
      style={{ maxWidth: 980 }}
    >
      {!settings.officerName ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="Hãy nhập họ và tên của anh/chị: mỗi thay đổi dữ liệu được ghi vào lịch sử kèm tên người sửa."
        />
      ) : null}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Họ và tên cán bộ sử dụng máy này" name="officerName" extra="Ghi vào lịch sử thay đổi (ai sửa, lúc nào).">
            <Input maxLength={100} placeholder="Ví dụ: Nguyễn Thị Lan" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>Thông tin cơ quan in trên văn bản xuất ra</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={12}>
          <Form.Item label="Cơ quan chủ quản" name="parentAgency" rules={required}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Cơ quan ban hành" name="agency" rules={required}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Ký hiệu cơ quan" name="symbol" rules={required} extra="Dùng trong số, ký hiệu: 05/KH-SGDĐT">
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Địa danh" name="place" rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Quyền hạn ký" name="signerAuthority" extra="Ví dụ: KT. GIÁM ĐỐC">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Chức vụ người ký" name="signerPosition" rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Họ tên người ký" name="signerName">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <BusyButton type="primary" htmlType="submit" busy={busy} busyText="Đang xử lý…" disabled={!dirty}>
        Lưu
      </BusyButton>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        Thư mục dữ liệu: <Typography.Text code copyable>{settings.dataDir}</Typography.Text>
        <br />
        Toàn bộ dữ liệu nằm trong tệp plandesk.sqlite ở thư mục này; hãy sao lưu thư mục này định kỳ.
      </Typography.Paragraph>
    </Form>
  );
}

export function OfficeSettings(): ReactNode {
  const state = useApi('officeSettings.get', {});
  return <Loadable state={state}>{(s) => <SettingsForm settings={s} onSaved={state.reload} />}</Loadable>;
}
