/**
 * Shown above every page when the database is read-only (damaged, or a folder that refuses
 * writes) or the last automatic backup failed: what happened, and the way out.
 */
import { Alert, Button } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { formatVnDateTime } from '../../../src-main/api/contract/safety-labels';
import { useApi } from '../api/useApi';
import { onDataChanged } from '../pages/settings/safety/events';
import { RestoreDialog } from '../pages/settings/safety/RestoreDialog';

export function SafetyBanner(): ReactNode {
  const status = useApi('safety.status', {});
  const [restoring, setRestoring] = useState<string | null>(null);
  const reload = status.reload;
  useEffect(() => onDataChanged(reload), [reload]);
  const s = status.data;
  if (!s) return null;
  return (
    <>
      {s.readOnly && (
        <Alert
          className="safety-banner"
          type="error"
          showIcon
          banner
          title="Dữ liệu đang mở ở chế độ chỉ đọc: xem được nhưng không lưu được thay đổi."
          description={s.reason}
          action={
            s.newestGoodBackup && (
              <Button danger onClick={() => setRestoring(s.newestGoodBackup!.name)}>
                Khôi phục bản sao lưu tốt gần nhất ({formatVnDateTime(s.newestGoodBackup.createdAt)})
              </Button>
            )
          }
        />
      )}
      {!s.readOnly && s.lastBackupError && (
        <Alert className="safety-banner" type="warning" showIcon banner title={`Sao lưu tự động chưa thành công: ${s.lastBackupError}`} />
      )}
      {restoring && <RestoreDialog name={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}
