/** A data folder on a network share is a risk SQLite cannot guard against: say so and offer the safe setup. */
import { Alert, App, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { invoke } from '../../../api/client';
import { useApi } from '../../../api/useApi';

export function LocationWarning({ mirrorDir, onMirrorChanged }: { mirrorDir: string | null; onMirrorChanged: () => void }): ReactNode {
  const { message } = App.useApp();
  const location = useApi('safety.location', {});
  const l = location.data;
  if (!l?.network) return null;
  const shareMirror = `${l.dataDir.replace(/[\\/]+$/, '')}-SaoLuu`;
  const mirrorToShare = async () => {
    try {
      await invoke('backups.setMirror', { dir: shareMirror, create: true });
      message.success(`Mỗi bản sao lưu sẽ được chép vào ${shareMirror}.`);
      onMirrorChanged();
    } catch (e) {
      message.error((e as Error).message, 10);
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`Thư mục dữ liệu đang nằm trên ổ mạng (${l.kind ?? 'ổ mạng'}${l.remote ? `: ${l.remote}` : ''})`}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 6 }}>
            Trên ổ mạng, cơ sở dữ liệu không khóa tệp được tin cậy: hai máy cùng mở, hoặc mạng chập chờn khi đang ghi, có thể làm hỏng dữ liệu.
            Nên để dữ liệu trên ổ của chính máy này và dùng ổ mạng làm nơi chép bản sao lưu.
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 6 }}>
            Cách chuyển: đóng PlanDesk, chép cả thư mục <Typography.Text code>{l.dataDir}</Typography.Text> sang{' '}
            <Typography.Text code>{l.localSuggestion}</Typography.Text>, rồi mở PlanDesk với biến môi trường{' '}
            <Typography.Text code>PLANDESK_DATA_DIR={l.localSuggestion}</Typography.Text> (bộ phận hỗ trợ có thể cài sẵn).
          </Typography.Paragraph>
          {!mirrorDir && (
            <Button size="small" onClick={() => void mirrorToShare()}>
              Chép bản sao lưu vào {shareMirror}
            </Button>
          )}
        </>
      }
    />
  );
}
