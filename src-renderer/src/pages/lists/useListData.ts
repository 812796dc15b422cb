/**
 * Data of a virtual list: the groups (with counts) of the current view, then pages of 100
 * rows fetched only when they come on screen, kept until the view changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ListPage, ListViewState } from '../../../../src-main/api/contract/list-view';
import { invoke } from '../../api/client';
import { buildLayout, type Group, type Layout } from './layout';

export const PAGE_SIZE = 100;

export interface ListData<Row> {
  layout: Layout;
  total: number;
  groups: Group[];
  loading: boolean;
  error: string | undefined;
  rowAt(group: number, offset: number): Row | undefined;
  /** ask for the rows of items [start, end] of the layout */
  ensure(start: number, end: number): void;
  reload(): void;
}

/** must be stable (a module-level function): a new one refetches nothing but re-creates ensure */
type Fetch<Row> = (state: ListViewState, group: number, offset: number, limit: number) => Promise<Row[]>;

export function useListData<Row>(page: ListPage, state: ListViewState, fetchRows: Fetch<Row>): ListData<Row> {
  const stateKey = JSON.stringify(state);
  const [tick, setTick] = useState(0);
  const [groups, setGroups] = useState<{ key: string; groups: Group[]; total: number; error?: string }>({ key: '', groups: [], total: 0 });
  const cache = useRef(new Map<string, Row[]>());
  const inFlight = useRef(new Set<string>());
  const [, setArrived] = useState(0);
  const viewKey = `${stateKey}#${tick}`;

  useEffect(() => {
    let live = true;
    cache.current = new Map();
    inFlight.current = new Set();
    invoke('lists.groups', { page, state: JSON.parse(stateKey) as ListViewState }).then(
      (r) => live && setGroups({ key: viewKey, groups: r.groups, total: r.total }),
      (e: unknown) => live && setGroups({ key: viewKey, groups: [], total: 0, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [page, stateKey, viewKey]);

  const ready = groups.key === viewKey;
  const layout = useMemo(() => buildLayout(ready ? groups.groups : [], state.groupBy !== 'none'), [ready, groups.groups, state.groupBy]);

  const ensure = useCallback(
    (start: number, end: number) => {
      if (!ready) return;
      const wanted = new Map<string, { group: number; page: number }>();
      for (let i = Math.max(0, start); i <= end; i++) {
        const item = layout.itemAt(i);
        if (item?.kind !== 'row') continue;
        const p = Math.floor(item.offset / PAGE_SIZE);
        wanted.set(`${viewKey}|${item.group.key}|${p}`, { group: item.group.key, page: p });
      }
      for (const [key, w] of wanted) {
        if (cache.current.has(key) || inFlight.current.has(key)) continue;
        inFlight.current.add(key);
        const requested = cache.current;
        fetchRows(JSON.parse(stateKey) as ListViewState, w.group, w.page * PAGE_SIZE, PAGE_SIZE).then(
          (rows) => {
            if (requested !== cache.current) return; // the view changed meanwhile
            cache.current.set(key, rows);
            inFlight.current.delete(key);
            setArrived((n) => n + 1);
          },
          () => inFlight.current.delete(key),
        );
      }
    },
    [ready, layout, viewKey, stateKey, fetchRows],
  );

  const rowAt = useCallback(
    (group: number, offset: number) => cache.current.get(`${viewKey}|${group}|${Math.floor(offset / PAGE_SIZE)}`)?.[offset % PAGE_SIZE],
    [viewKey],
  );

  return {
    layout,
    total: ready ? groups.total : 0,
    groups: ready ? groups.groups : [],
    loading: !ready,
    error: ready ? groups.error : undefined,
    rowAt,
    ensure,
    reload: () => setTick((t) => t + 1),
  };
}
