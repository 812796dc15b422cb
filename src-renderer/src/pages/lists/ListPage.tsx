/**
 * A list of every task or target across all plans: filters, saved views, sorting by the
 * column headers, grouping, export of the view to Excel, and a virtualised table that asks
 * the core only for the rows on screen. The view survives a trip to a plan and back.
 */
import { App, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { listViewStateSchema, type ListPage as Page, type ListViewState } from '../../../../src-main/api/contract/list-view';
import { invoke } from '../../api/client';
import { downloadFile } from '../../api/files';
import { useApi } from '../../api/useApi';
import { FilterBar } from './FilterBar';
import { SavedViews } from './SavedViews';
import { useListData } from './useListData';
import { VirtualList, type Column } from './VirtualList';
import { BusyButton } from '../../components/BusyButton';

interface Props<Row> {
  page: Page;
  title: string;
  noun: string;
  columns: Array<Column<Row>>;
  rowKey: (row: Row) => string;
  fetchRows: (state: ListViewState, group: number, offset: number, limit: number) => Promise<Row[]>;
}

const storeKey = (page: Page) => `plandesk.list.${page}`;

function initial(page: Page): { state: ListViewState; view: number | null } {
  try {
    const saved = JSON.parse(sessionStorage.getItem(storeKey(page)) ?? 'null') as { state: unknown; view: number | null } | null;
    const parsed = listViewStateSchema.safeParse(saved?.state ?? {});
    if (parsed.success) return { state: parsed.data, view: saved?.view ?? null };
  } catch {
    // fall through to the whole list
  }
  return { state: listViewStateSchema.parse({}), view: null };
}

export function ListPage<Row>({ page, title, noun, columns, rowKey, fetchRows }: Props<Row>): ReactNode {
  const { message } = App.useApp();
  const [{ state, view }, setView] = useState(() => initial(page));
  const options = useApi('lists.options', {});
  const data = useListData(page, state, fetchRows);
  const [exporting, setExporting] = useState(false);

  const update = (next: { state: ListViewState; view: number | null }) => {
    setView(next);
    sessionStorage.setItem(storeKey(page), JSON.stringify(next));
  };
  const exportView = async () => {
    setExporting(true);
    try {
      const r = await invoke('lists.export', { page, state });
      downloadFile(r.fileName, r.mime, r.base64);
      message.success(`Đã xuất ${r.rows.toLocaleString('vi-VN')} ${noun} ra tệp ${r.fileName}.`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };
  const grouped = state.groupBy !== 'none';

  return (
    <div className="list-page">
      <div className="list-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={3} className="page-title" style={{ marginBottom: 0 }}>
          {title}
        </Typography.Title>
        <div className="list-toolbar" style={{ marginBottom: 0 }}>
          <SavedViews page={page} state={state} current={view} onApply={(id, s) => update({ state: s ?? state, view: id })} />
          <BusyButton type="primary" busy={exporting} busyText="Đang xử lý…" disabled={data.total === 0} onClick={() => void exportView()}>
            Xuất Excel
          </BusyButton>
        </div>
      </div>
      <FilterBar page={page} options={options.data} state={state} onChange={(s) => update({ state: s, view })} />
      <div className="list-summary" aria-live="polite">
        {data.loading
          ? 'Đang tải…'
          : data.error
            ? ''
            : `${data.total.toLocaleString('vi-VN')} ${noun}${grouped ? ` trong ${data.groups.length.toLocaleString('vi-VN')} nhóm${state.groupBy === 'department' ? ' (một mục giao nhiều phòng được tính ở mỗi phòng)' : ''}` : ''}. Bấm tên để mở trong kế hoạch.`}
      </div>
      <VirtualList<Row>
        data={data}
        columns={columns}
        sort={state.sort}
        onSort={(sort) => update({ state: { ...state, sort }, view })}
        rowKey={rowKey}
        groupNoun={noun}
        emptyText={`Không có ${noun} nào khớp với bộ lọc.`}
        testId={`${page}-list`}
      />
    </div>
  );
}
