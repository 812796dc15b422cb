/** History of a plan, or of one task / target: who, when, which field, old → new; revert any change. Read only otherwise. */
import { App, Button, Drawer, Empty, List, Popconfirm, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MethodInput } from '../../../../src-main/api/contract/methods';
import { useApi } from '../../api/useApi';
import { Loadable } from '../../components/Loadable';
import type { Changes } from './useChanges';

const ACTION: Record<string, string> = { create: 'Thêm', update: 'Sửa', delete: 'Xóa' };

function when(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function HistoryDrawer({ query, title, onClose, changes }: { query: MethodInput<'history.list'> | null; title: string; onClose: () => void; changes: Changes }): ReactNode {
  const { message } = App.useApp();
  const state = useApi('history.list', query ?? { limit: 1 });
  const revert = async (entryId: number) => {
    try {
      await changes.run('history.revert', { entryId });
      message.success('Đã hoàn tác thay đổi; việc hoàn tác cũng được ghi vào lịch sử.');
      state.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Drawer open={query !== null} onClose={onClose} title={title} size="large" destroyOnHidden>
      <Typography.Paragraph type="secondary">
        Mọi thay đổi đều được ghi lại (người sửa là tên cán bộ đặt trong Cài đặt). Nhật ký không sửa, không xóa được; muốn quay lại thì bấm “Hoàn tác”.
      </Typography.Paragraph>
      <Loadable state={state}>
        {(items) =>
          items.length === 0 ? (
            <Empty description="Chưa có thay đổi nào." />
          ) : (
            <List
              size="small"
              data-testid="history-list"
              dataSource={items}
              renderItem={(e) => (
                <List.Item
                  actions={[
                    e.revertible && !e.revertedBy ? (
                      <Popconfirm key="r" title="Hoàn tác thay đổi này?" okText="Hoàn tác" cancelText="Thôi" onConfirm={() => revert(e.id)}>
                        <Button size="small">Hoàn tác</Button>
                      </Popconfirm>
                    ) : e.revertedBy ? (
                      <Tag key="d">đã hoàn tác</Tag>
                    ) : null,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <span>
                        <Tag color={e.action === 'delete' ? 'red' : e.action === 'create' ? 'green' : 'blue'}>{ACTION[e.action] ?? e.action}</Tag>
                        {e.revertOf ? <Tag>hoàn tác</Tag> : null}
                        {e.entityLabel} {e.recordLabel.slice(0, 90)}
                        {e.fieldLabel ? <b> — {e.fieldLabel}</b> : null}
                      </span>
                    }
                    description={
                      <div>
                        {e.action === 'update' ? (
                          <div className="history-change">
                            <span className="history-old">{e.beforeText ?? '(trống)'}</span> → <span className="history-new">{e.afterText ?? '(trống)'}</span>
                          </div>
                        ) : null}
                        <span className="muted">
                          {when(e.at)} · {e.actor ?? 'chưa đặt tên cán bộ (Cài đặt)'}
                        </span>
                      </div>
                    }
                  />
                </List.Item>
              )}
            />
          )
        }
      </Loadable>
    </Drawer>
  );
}
