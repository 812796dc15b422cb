/** "Kiểm tra dữ liệu": the whole file, foreign keys, orphan rows, search index; results in words. */
import { Alert, App, List, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../../src-main/api/contract/methods';
import { invoke } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';

type Report = MethodOutput<'safety.check'>;

function lines(r: Report): Array<{ ok: boolean | null; text: string }> {
  return [
    { ok: r.integrity.length === 0, text: r.integrity.length ? `Tệp dữ liệu có lỗi: ${r.integrity.slice(0, 3).join('; ')}` : 'Tệp dữ liệu nguyên vẹn (integrity_check đạt).' },
    {
      ok: r.foreignKeys.length === 0,
      text: r.foreignKeys.length ? `Liên kết hỏng: ${r.foreignKeys.map((f) => `${f.rows} dòng của ${f.table} trỏ tới ${f.parent} không còn`).join('; ')}` : 'Mọi liên kết giữa các bảng đều đúng.',
    },
    { ok: r.orphans.length === 0, text: r.orphans.length ? `Bản ghi lạc chỗ: ${r.orphans.map((o) => `${o.label} (${o.rows})`).join('; ')}` : 'Không có bản ghi lạc chỗ.' },
    ...(r.fts.length
      ? r.fts.map((f) => ({ ok: f.ok, text: f.ok === null ? `Chỉ mục tìm kiếm ${f.table}: ${f.message}` : f.ok ? `Chỉ mục tìm kiếm ${f.table} khớp với dữ liệu.` : `Chỉ mục tìm kiếm ${f.table} lệch với dữ liệu.` }))
      : []),
  ];
}

export function CheckData(): ReactNode {
  const { message } = App.useApp();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setReport(await invoke('safety.check', {}));
    } catch (e) {
      message.error((e as Error).message, 10);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <BusyButton busy={busy} busyText="Đang xử lý…" onClick={() => void run()}>
        Kiểm tra dữ liệu
      </BusyButton>
      {report && (
        <>
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={report.ok ? 'Dữ liệu toàn vẹn.' : 'Dữ liệu có lỗi. Hãy khôi phục bản sao lưu tốt gần nhất trong danh sách bên trên.'}
          />
          <List size="small" bordered dataSource={lines(report)} renderItem={(l) => <List.Item style={{ color: l.ok === false ? '#b42318' : undefined }}>{l.text}</List.Item>} />
        </>
      )}
    </Space>
  );
}
