/**
 * The search palette (Ctrl+K, or the search box of the frame): type in any spelling, see
 * ranked hits with the match marked, arrows to choose, Enter to jump to the row.
 */
import { Empty, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { invoke } from '../api/client';
import { Highlight } from './Highlight';
import { hitContext, hitHref, HIT_TYPE_LABEL, type SearchHit } from './hitLink';

const TYPE_COLOR: Record<SearchHit['type'], string> = {
  plan: 'geekblue',
  document: 'default',
  section: 'cyan',
  task: 'blue',
  target: 'green',
  organization: 'purple',
};

function useSearch(query: string): { hits: SearchHit[]; loading: boolean; error?: string } {
  const [state, setState] = useState<{ query: string; hits: SearchHit[]; error?: string }>({ query: '', hits: [] });
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      invoke('search.query', { query, limit: 40 }).then(
        (r) => live && setState({ query, hits: r.hits }),
        (e: unknown) => live && setState({ query, hits: [], error: e instanceof Error ? e.message : String(e) }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  if (!query.trim()) return { hits: [], loading: false };
  return { hits: state.hits, loading: state.query !== query, error: state.query === query ? state.error : undefined };
}

export function SearchPalette({ open, initial, onClose }: { open: boolean; initial: string; onClose: () => void }): ReactNode {
  const [query, setQuery] = useState(initial);
  const [active, setActive] = useState(0);
  const { hits, loading, error } = useSearch(open ? query : '');
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-hit-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const go = (h: SearchHit | undefined) => {
    const to = h && hitHref(h);
    if (!to) return;
    onClose();
    window.location.hash = to.slice(1);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(hits[active]);
    }
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} closable={false} width={760} destroyOnHidden className="search-palette" title={null}>
      <Input
        autoFocus
        size="large"
        allowClear
        value={query}
        aria-label="Tìm kiếm"
        placeholder="Tìm văn bản, kế hoạch, mục, nhiệm vụ, chỉ tiêu, đơn vị — gõ có dấu hay không dấu đều được"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <div className="search-results" ref={list} role="listbox" aria-label="Kết quả tìm kiếm">
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        {!query.trim() ? (
          <Typography.Paragraph type="secondary" className="search-hint">
            Ví dụ: <i>chuyen doi so</i>, <i>dao tao</i>, <i>1042/QĐ-UBND</i>, <i>4.7.1</i>. Dùng ↑ ↓ để chọn, Enter để mở, Esc để đóng.
          </Typography.Paragraph>
        ) : loading && hits.length === 0 ? (
          <Spin style={{ display: 'block', margin: 24 }} />
        ) : hits.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không tìm thấy kết quả nào." />
        ) : (
          hits.map((h, i) => {
            const to = hitHref(h);
            return (
              <a
                key={`${h.type}:${h.id}`}
                href={to ?? undefined}
                role="option"
                aria-selected={i === active}
                data-hit-index={i}
                className={`search-hit${i === active ? ' search-hit-active' : ''}${to ? '' : ' search-hit-disabled'}`}
                onMouseEnter={() => setActive(i)}
                onClick={(e) => {
                  e.preventDefault();
                  go(h);
                }}
              >
                <div className="search-hit-head">
                  <Tag color={TYPE_COLOR[h.type]}>{HIT_TYPE_LABEL[h.type]}</Tag>
                  <span className="search-hit-context">{hitContext(h)}</span>
                </div>
                <div className="search-hit-title">{h.title}</div>
                <div className="search-hit-snippet">
                  <Highlight parts={h.snippetParts} />
                </div>
              </a>
            );
          })
        )}
      </div>
    </Modal>
  );
}
