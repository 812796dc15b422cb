/** Who has reported in a period: expected, received, on time, late, missing; a template per body. */
import { App, Card, Progress, Space, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { formatVnDate } from '../../../../src-main/api/contract/vn-format';
import { invoke } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { ApiState } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import { NumberLink } from './CountsTable';
import type { Drill } from './RowsDrawer';
import { BusyButton } from '../../components/BusyButton';

type Completeness = MethodOutput<'progress.completeness'>;

export function useTemplateDownload(planId: number, periodId: number) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (key: string, orgId?: number, mode: 'zip' | 'combined' = 'zip') => {
    setBusy(key);
    try {
      const f = await invoke('progress.templates.export', { planId, periodId, orgId, mode });
      downloadFile(f.fileName, f.mime, f.base64);
      message.success(`Đã tạo biểu mẫu cho ${f.bodies} phòng, đơn vị: ${f.fileName}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return { busy, download };
}

export function CompletenessCard({ planId, periodId, state, open }: { planId: number; periodId: number; state: ApiState<Completeness>; open: (d: Drill) => void }): ReactNode {
  const { busy, download } = useTemplateDownload(planId, periodId);
  return (
    <Card
      size="small"
      title="Tình hình báo cáo của các phòng, đơn vị"
      data-testid="completeness"
      extra={
        <Space>
          <BusyButton size="small" busy={busy === 'zip'} busyText="Đang xử lý…" onClick={() => void download('zip')}>
            Tải biểu mẫu tất cả (.zip, mỗi đơn vị một tệp)
          </BusyButton>
          <BusyButton size="small" busy={busy === 'one'} busyText="Đang xử lý…" onClick={() => void download('one', undefined, 'combined')}>
            Một tệp, mỗi đơn vị một trang
          </BusyButton>
        </Space>
      }
    >
      <Loadable state={state}>
        {(c) => (
          <>
            <Typography.Paragraph>
              Đã nhận <b>{c.received}</b> / {c.expected} báo cáo ({c.onTime} đúng hạn, {c.late} muộn){c.dueDate ? `; hạn gửi ${formatVnDate(c.dueDate)}` : '; kỳ chưa có hạn gửi'}. {c.missing.length ? `${c.missing.length} phòng, đơn vị chưa báo cáo đủ.` : 'Mọi phòng, đơn vị đã báo cáo đủ.'}
            </Typography.Paragraph>
            <Table<Completeness['bodies'][number]>
              size="small"
              bordered
              rowKey="orgId"
              pagination={false}
              dataSource={c.bodies}
              locale={{ emptyText: 'Kế hoạch chưa giao nhiệm vụ, chỉ tiêu cho phòng, đơn vị nào.' }}
              columns={[
                { title: 'Phòng, đơn vị', dataIndex: 'name' },
                { title: 'Phải báo cáo', dataIndex: 'expected', width: 100, align: 'center' },
                { title: 'Đã nhận', dataIndex: 'received', width: 90, align: 'center' },
                { title: 'Đúng hạn', dataIndex: 'onTime', width: 90, align: 'center' },
                { title: 'Muộn', dataIndex: 'late', width: 70, align: 'center' },
                {
                  title: 'Còn thiếu',
                  key: 'missing',
                  width: 90,
                  align: 'center',
                  render: (_, b) => <NumberLink n={b.missing} onClick={() => open({ title: `${b.name} — chưa báo cáo`, filter: { kind: 'missing', orgId: b.orgId } })} />,
                },
                { title: 'Tỷ lệ', key: 'rate', width: 140, render: (_, b) => <Progress size="small" percent={Math.round((b.received / Math.max(1, b.expected)) * 100)} /> },
                {
                  title: '',
                  key: 'tpl',
                  width: 110,
                  render: (_, b) => (
                    <BusyButton size="small" type="link" busy={busy === `org-${b.orgId}`} busyText="Đang xử lý…" onClick={() => void download(`org-${b.orgId}`, b.orgId, 'combined')}>
                      Biểu mẫu
                    </BusyButton>
                  ),
                },
              ]}
            />
          </>
        )}
      </Loadable>
    </Card>
  );
}
