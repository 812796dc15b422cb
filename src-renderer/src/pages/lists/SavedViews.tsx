/** Saved views of a list: pick one, save the current filters under a name, overwrite, delete. */
import { App, Button, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ListPage, ListViewState } from '../../../../src-main/api/contract/list-view';
import { invoke } from '../../api/client';
import { useApi } from '../../api/useApi';
import { BusyButton } from '../../components/BusyButton';

interface Props {
  page: ListPage;
  state: ListViewState;
  current: number | null;
  onApply: (id: number | null, state?: ListViewState) => void;
}

export function SavedViews({ page, state, current, onApply }: Props): ReactNode {
  const { message } = App.useApp();
  const views = useApi('views.list', { page });
  const [naming, setNaming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = views.data?.find((v) => v.id === current);
  const changed = !!selected && JSON.stringify(selected.state) !== JSON.stringify(state);

  const save = async (input: { id?: number; name: string }) => {
    setBusy(true);
    try {
      const v = await invoke('views.save', { ...input, page, state });
      views.reload();
      onApply(v.id);
      setNaming(null);
      message.success(`Đã lưu bộ lọc "${v.name}".`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space.Compact>
      <Select
        aria-label="Bộ lọc đã lưu"
        placeholder="Bộ lọc đã lưu"
        allowClear
        style={{ width: 220 }}
        value={current ?? undefined}
        loading={views.loading}
        notFoundContent="Chưa có bộ lọc nào được lưu"
        options={(views.data ?? []).map((v) => ({ value: v.id, label: `${v.name}${v.id === current && changed ? ' (đã sửa)' : ''}` }))}
        onChange={(id: number | undefined) => {
          const v = views.data?.find((x) => x.id === id);
          onApply(v?.id ?? null, v?.state);
        }}
      />
      {changed ? (
        <BusyButton busy={busy} busyText="Đang xử lý…" onClick={() => void save({ id: selected.id, name: selected.name })}>
          Lưu đè
        </BusyButton>
      ) : null}
      <Button onClick={() => setNaming('')}>Lưu bộ lọc…</Button>
      {selected ? (
        <Popconfirm
          title={`Xóa bộ lọc "${selected.name}"?`}
          description="Chỉ xóa bộ lọc đã lưu, không xóa nhiệm vụ hay chỉ tiêu nào."
          okText="Xóa"
          cancelText="Không"
          onConfirm={async () => {
            try {
              await invoke('views.delete', { id: selected.id });
              views.reload();
              onApply(null);
              message.success(`Đã xóa bộ lọc "${selected.name}".`);
            } catch (e) {
              message.error(e instanceof Error ? e.message : String(e));
            }
          }}
        >
          <Button danger>Xóa</Button>
        </Popconfirm>
      ) : null}
      <Modal
        open={naming !== null}
        title="Lưu bộ lọc hiện tại"
        okText="Lưu"
        cancelText="Hủy"
        okButtonProps={{ disabled: busy || !naming?.trim() }}
        onOk={() => void save({ name: naming ?? '' })}
        onCancel={() => setNaming(null)}
        destroyOnHidden
      >
        <Input
          autoFocus
          aria-label="Tên bộ lọc"
          placeholder="Ví dụ: Nhiệm vụ quá hạn của Văn phòng Sở"
          value={naming ?? ''}
          maxLength={120}
          onChange={(e) => setNaming(e.target.value)}
          onPressEnter={() => naming?.trim() && void save({ name: naming })}
        />
      </Modal>
    </Space.Compact>
  );
}
