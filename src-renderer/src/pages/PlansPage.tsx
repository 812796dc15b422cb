import { App, Button, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { invoke } from '../api/client';
import type { MethodOutput } from '../../../src-main/api/contract/methods';
import { compareText } from '../collate';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { documentKindLabel } from '../components/documentText';
import { href } from '../router';
import { formatVnDate } from '../../../src-main/api/contract/vn-format';

type PlanRow = MethodOutput<'plans.list'>[number];

function NewPlanButton(): ReactNode {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const create = async () => {
    try {
      const r = await invoke('plans.create', { summary: summary.trim() });
      setOpen(false);
      window.location.hash = href({ page: 'plans', id: r.createdIds[0]! });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        Tạo kế hoạch
      </Button>
      <Modal open={open} title="Tạo kế hoạch mới (dự thảo)" okText="Tạo" cancelText="Hủy" onOk={() => void create()} okButtonProps={{ disabled: !summary.trim() }} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">Kế hoạch mới có sẵn năm mục I–V; cơ quan ban hành, người ký lấy từ Cài đặt. Số, ký hiệu nhập sau khi ban hành.</Typography.Paragraph>
        <Input.TextArea autoFocus autoSize={{ minRows: 2 }} placeholder="Trích yếu, ví dụ: Triển khai công tác chuyển đổi số năm 2026" value={summary} onChange={(e) => setSummary(e.target.value)} aria-label="Trích yếu" />
      </Modal>
    </>
  );
}

export function PlansPage(): ReactNode {
  const [view, setView] = useState<'active' | 'archived'>('active');
  const active = useApi('plans.list', {});
  const archived = useApi('plans.listArchived', {});
  const plans = view === 'active' ? active : archived;
  return (
    <>
      <Typography.Title level={3} className="page-title">
        Kế hoạch
      </Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <NewPlanButton />
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'active' | 'archived')}
          options={[
            { value: 'active', label: 'Đang dùng' },
            { value: 'archived', label: 'Đã lưu trữ' },
          ]}
        />
      </Space>
      <Loadable state={plans}>
        {(rows) => (
          <Table<PlanRow>
            className="grid-table"
            rowKey="id"
            dataSource={rows}
            pagination={false}
            size="middle"
            bordered
            locale={{ emptyText: view === 'active' ? 'Chưa có kế hoạch nào.' : 'Không có kế hoạch nào đã lưu trữ.' }}
            columns={[
              {
                title: 'Loại',
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => documentKindLabel(k),
              },
              {
                title: 'Số, ký hiệu',
                dataIndex: 'numberSymbol',
                width: 140,
                render: (n: string | null) => n ?? <span className="muted">Chưa có số</span>,
              },
              {
                title: 'Trích yếu',
                dataIndex: 'summary',
                sorter: (a, b) => compareText(a.summary, b.summary),
                render: (s: string, p) => <a href={href({ page: 'plans', id: p.id })}>{s}</a>,
              },
              {
                title: 'Cơ quan ban hành',
                dataIndex: 'issuerAgency',
                width: 200,
              },
              {
                title: 'Ngày',
                dataIndex: 'issuedDate',
                width: 110,
                render: (d: string | null) => formatVnDate(d) || <span className="muted">—</span>,
              },
              {
                title: 'Trạng thái',
                dataIndex: 'status',
                width: 110,
                render: (s: string) => (s === 'draft' ? <Tag color="orange">Dự thảo</Tag> : <Tag color="green">Đã ban hành</Tag>),
              },
              { title: 'Nhiệm vụ', dataIndex: 'tasks', width: 90, align: 'right' },
              { title: 'Chỉ tiêu', dataIndex: 'targets', width: 90, align: 'right' },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
