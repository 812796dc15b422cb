/**
 * Đơn vị: the organisation registry as a tree with kinds and aliases. Add, edit (rename keeps
 * the old name as an alias), add or remove aliases, and merge a duplicate into another body.
 */
import { App, Button, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState, type Key, type ReactNode } from 'react';
import { ORGANIZATION_KIND_LABELS } from '../../../src-main/api/contract/labels';
import { invoke } from '../api/client';
import { useApi } from '../api/useApi';
import { Loadable } from '../components/Loadable';
import { useRoute } from '../router';
import { MergeModal } from './organizations/MergeModal';
import { OrgFormModal } from './organizations/OrgFormModal';
import { buildTree, pathTo, type OrgNode, type OrgRow } from './organizations/tree';

function Usage({ o }: { o: OrgRow }): ReactNode {
  const parts = [
    o.leads ? `${o.leads} chủ trì` : '',
    o.coordinating ? `${o.coordinating} phối hợp` : '',
    o.taskDepartments ? `${o.taskDepartments} phụ trách NV` : '',
    o.targetDepartments ? `${o.targetDepartments} chủ trì CT` : '',
    o.documents ? `${o.documents} văn bản` : '',
    o.reports ? `${o.reports} báo cáo` : '',
  ].filter(Boolean);
  return parts.length ? <span className="muted">{parts.join(' · ')}</span> : <span className="muted">chưa dùng</span>;
}

function Aliases({ o, onChanged }: { o: OrgRow; onChanged: () => void }): ReactNode {
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState<string | null>(null);
  const add = async () => {
    try {
      await invoke('registry.addAlias', { organizationId: o.id, alias: adding ?? '' });
      setAdding(null);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="alias-list">
      {o.aliases.map((a) => (
        <Tag
          key={a.id}
          closable
          closeIcon={<span aria-label={`Xóa tên gọi khác ${a.alias}`}>×</span>}
          onClose={(e) => {
            e.preventDefault();
            modal.confirm({
              title: `Xóa tên gọi khác "${a.alias}"?`,
              content: 'Văn bản nhập sau này ghi tên này sẽ không còn tự nhận ra đơn vị.',
              okText: 'Xóa',
              cancelText: 'Không',
              onOk: async () => {
                try {
                  await invoke('registry.removeAlias', { aliasId: a.id });
                  onChanged();
                } catch (err) {
                  message.error(err instanceof Error ? err.message : String(err));
                }
              },
            });
          }}
          style={{ whiteSpace: 'normal', marginBottom: 4 }}
        >
          {a.alias}
        </Tag>
      ))}
      {adding === null ? (
        <Tag className="alias-add" onClick={() => setAdding('')} style={{ cursor: 'pointer', borderStyle: 'dashed' }}>
          + Thêm tên gọi
        </Tag>
      ) : (
        <Input
          size="small"
          autoFocus
          aria-label="Tên gọi khác mới"
          style={{ width: 200 }}
          value={adding}
          placeholder="Tên gọi khác, Enter để lưu"
          onChange={(e) => setAdding(e.target.value)}
          onPressEnter={() => adding.trim() && void add()}
          onBlur={() => !adding.trim() && setAdding(null)}
          onKeyDown={(e) => e.key === 'Escape' && setAdding(null)}
        />
      )}
    </div>
  );
}

export function OrganizationsPage(): ReactNode {
  const tree = useApi('registry.tree', {});
  const route = useRoute();
  const focus = Number(route.query?.org ?? 0) || null;
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<OrgRow | 'new' | null>(null);
  const [merging, setMerging] = useState<OrgRow | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const rows = useMemo(() => tree.data ?? [], [tree.data]);
  const nodes = useMemo(() => buildTree(rows, query), [rows, query]);
  const allParents = useMemo(() => rows.filter((r) => rows.some((c) => c.parentId === r.id)).map((r) => r.id), [rows]);
  const expandedKeys = query ? allParents : (expanded ?? allParents);

  useEffect(() => {
    if (!focus || rows.length === 0) return;
    const t = setTimeout(() => document.querySelector(`[data-row-key="${focus}"]`)?.scrollIntoView({ block: 'center' }), 50);
    return () => clearTimeout(t);
  }, [focus, rows.length]);

  return (
    <>
      <div className="list-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={3} className="page-title" style={{ marginBottom: 0 }}>
          Đơn vị
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm đơn vị
        </Button>
      </div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên hoặc tên gọi khác (gõ có dấu hay không dấu đều được, ví dụ: so gddt)"
          onSearch={setQuery}
          onChange={(e) => e.target.value === '' && setQuery('')}
          style={{ width: 520 }}
        />
        <span className="muted">{rows.length} đơn vị trong sổ. Gộp hai đơn vị trùng để mọi nhiệm vụ, chỉ tiêu, văn bản dùng một tên.</span>
      </Space>
      <Loadable state={tree}>
        {() => (
          <Table<OrgNode>
            className="grid-table org-tree"
            rowKey="id"
            size="small"
            bordered
            dataSource={nodes}
            pagination={false}
            expandable={{ expandedRowKeys: [...expandedKeys, ...(focus ? pathTo(rows, focus) : [])], onExpandedRowsChange: (k) => setExpanded(k) }}
            rowClassName={(r) => (r.id === focus ? 'row-jump' : '')}
            locale={{ emptyText: 'Không có đơn vị nào khớp.' }}
            columns={[
              { title: 'Tên đơn vị', key: 'name', render: (_, o) => <b>{o.name}</b> },
              { title: 'Viết tắt', dataIndex: 'shortName', width: 130 },
              { title: 'Loại', dataIndex: 'kind', width: 150, render: (k: string) => ORGANIZATION_KIND_LABELS[k] ?? k },
              { title: 'Tên gọi khác', key: 'aliases', width: 300, render: (_, o) => <Aliases o={o} onChanged={tree.reload} /> },
              { title: 'Đang dùng ở', key: 'usage', width: 150, render: (_, o) => <Usage o={o} /> },
              {
                title: 'Thao tác',
                key: 'actions',
                width: 168,
                render: (_, o) => (
                  <Space size={4}>
                    <Button size="small" onClick={() => setEditing(o)}>
                      Sửa
                    </Button>
                    <Tooltip title="Gộp đơn vị này vào một đơn vị khác (khi hai bản ghi là cùng một đơn vị)">
                      <Button size="small" onClick={() => setMerging(o)}>
                        Gộp vào…
                      </Button>
                    </Tooltip>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {editing ? (
        <OrgFormModal
          rows={rows}
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            tree.reload();
          }}
        />
      ) : null}
      {merging ? (
        <MergeModal
          rows={rows}
          source={merging}
          onClose={() => setMerging(null)}
          onMerged={(id) => {
            setMerging(null);
            tree.reload();
            window.location.hash = `/organizations?org=${id}`;
          }}
        />
      ) : null}
    </>
  );
}
