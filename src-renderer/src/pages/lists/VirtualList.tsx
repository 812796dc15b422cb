/**
 * A virtualised table (@tanstack/react-virtual): a sticky header, group rows, and only the
 * rows on screen in the DOM, each measured so long Vietnamese text wraps in full.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Empty, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ListSort } from '../../../../src-main/api/contract/list-view';
import type { ListData } from './useListData';

export interface Column<Row> {
  key: string;
  title: string;
  /** CSS grid track: "88px", "minmax(240px, 1fr)" */
  width: string;
  sortKey?: string;
  render: (row: Row) => ReactNode;
}

interface Props<Row> {
  data: ListData<Row>;
  columns: Array<Column<Row>>;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  rowKey: (row: Row) => string;
  groupNoun: string;
  emptyText: string;
  testId: string;
}

export function VirtualList<Row>({ data, columns, sort, onSort, rowKey, groupNoun, emptyText, testId }: Props<Row>): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is a mutable instance by design; this list re-renders on every scroll anyway
  const virtualizer = useVirtualizer({
    count: data.layout.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensure, layout } = data;
  useEffect(() => ensure(first, last), [ensure, first, last]);
  // a new view starts at the top
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [layout]);

  const header = (
    <div className="vl-header" role="row" style={{ gridTemplateColumns: template }}>
      {columns.map((c) => {
        const active = c.sortKey && sort.key === c.sortKey;
        const arrow = active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : '';
        return c.sortKey ? (
          <button
            key={c.key}
            type="button"
            role="columnheader"
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            className={`vl-th vl-sortable${active ? ' vl-sorted' : ''}`}
            title="Bấm để sắp xếp"
            onClick={() => onSort({ key: c.sortKey as ListSort['key'], dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
          >
            {c.title}
            {arrow}
          </button>
        ) : (
          <div key={c.key} role="columnheader" className="vl-th">
            {c.title}
          </div>
        );
      })}
    </div>
  );

  let body: ReactNode;
  if (data.error) body = <Alert type="error" showIcon message="Không tải được danh sách" description={data.error} style={{ margin: 12 }} />;
  else if (data.loading && data.layout.count === 0) body = <Spin style={{ display: 'block', margin: 48 }} />;
  else if (data.layout.count === 0) body = <Empty description={emptyText} style={{ margin: 32 }} />;
  else {
    body = (
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((v) => {
          const item = data.layout.itemAt(v.index);
          if (!item) return null;
          const style = { transform: `translateY(${v.start}px)` };
          if (item.kind === 'group') {
            return (
              <div key={`g${item.group.key}`} ref={virtualizer.measureElement} data-index={v.index} className="vl-row vl-group" style={style} role="row">
                {item.group.label} <span className="vl-group-count">— {item.group.count.toLocaleString('vi-VN')} {groupNoun}</span>
              </div>
            );
          }
          const row = data.rowAt(item.group.key, item.offset);
          return (
            <div
              key={row ? rowKey(row) : `p${item.group.key}-${item.offset}`}
              ref={virtualizer.measureElement}
              data-index={v.index}
              data-row-key={row ? rowKey(row) : undefined}
              className={`vl-row${row ? '' : ' vl-loading'}`}
              style={{ ...style, gridTemplateColumns: template }}
              role="row"
            >
              {row ? (
                columns.map((c) => (
                  <div key={c.key} className="vl-td" role="cell">
                    {c.render(row)}
                  </div>
                ))
              ) : (
                <div className="vl-td muted">Đang tải…</div>
              )}
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <div className="vl-scroller" ref={scroller} data-testid={testId} role="table" aria-rowcount={data.layout.count}>
      {header}
      {body}
    </div>
  );
}
