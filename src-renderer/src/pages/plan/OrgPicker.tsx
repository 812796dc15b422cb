/**
 * Pick organisations from the registry, searching names, short names and aliases with
 * diacritics ignored ("so gddt" finds Sở Giáo dục và Đào tạo). Several bodies per cell;
 * departments may carry a part note ("phần y tế học đường").
 */
import { Button, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { fold } from '../../../../src-main/api/contract/vn-parse';

export type Org = MethodOutput<'organizations.list'>[number];

export function orgOptions(orgs: Org[]) {
  return orgs.map((o) => ({
    value: o.id,
    label: o.shortName && o.shortName !== o.name ? `${o.name} (${o.shortName})` : o.name,
    search: fold([o.name, o.shortName ?? '', ...o.aliases].join(' | ')),
  }));
}

export const orgFilter = (input: string, option?: { search: string }) => !!option && option.search.includes(fold(input));

function PickerFrame({ children, onSave, onCancel }: { children: ReactNode; onSave: () => void; onCancel: () => void }): ReactNode {
  return (
    <div
      className="cell-picker"
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave();
      }}
    >
      {children}
      <Space style={{ marginTop: 6 }}>
        <Button size="small" type="primary" onClick={onSave}>
          Lưu (Ctrl+Enter)
        </Button>
        <Button size="small" onClick={onCancel}>
          Hủy (Esc)
        </Button>
      </Space>
    </div>
  );
}

export function OrgPicker({ orgs, value, onSave, onCancel }: { orgs: Org[]; value: number[]; onSave: (ids: number[]) => void; onCancel: () => void }): ReactNode {
  const [ids, setIds] = useState(value);
  return (
    <PickerFrame onSave={() => onSave(ids)} onCancel={onCancel}>
      <Select
        mode="multiple"
        autoFocus
        defaultOpen
        style={{ width: '100%' }}
        placeholder="Gõ để tìm đơn vị (có dấu hay không dấu)"
        value={ids}
        onChange={setIds}
        options={orgOptions(orgs)}
        filterOption={orgFilter}
        aria-label="Chọn đơn vị"
      />
    </PickerFrame>
  );
}

export interface DeptValue {
  orgId: number;
  partNote: string | null;
}

export function DepartmentsPicker({ orgs, value, onSave, onCancel }: { orgs: Org[]; value: DeptValue[]; onSave: (v: DeptValue[]) => void; onCancel: () => void }): ReactNode {
  const [list, setList] = useState(value);
  const depts = [...orgs].sort((a, b) => Number(b.kind === 'department') - Number(a.kind === 'department'));
  const name = (id: number) => orgs.find((o) => o.id === id)?.shortName ?? orgs.find((o) => o.id === id)?.name ?? `#${id}`;
  return (
    <PickerFrame onSave={() => onSave(list)} onCancel={onCancel}>
      <Select
        mode="multiple"
        autoFocus
        defaultOpen
        style={{ width: '100%' }}
        placeholder="Chọn phòng phụ trách"
        value={list.map((d) => d.orgId)}
        onChange={(ids: number[]) => setList(ids.map((id) => list.find((d) => d.orgId === id) ?? { orgId: id, partNote: null }))}
        options={orgOptions(depts)}
        filterOption={orgFilter}
        aria-label="Chọn phòng"
      />
      {list.map((d) => (
        <Input
          key={d.orgId}
          size="small"
          style={{ marginTop: 4 }}
          addonBefore={name(d.orgId)}
          placeholder="phụ trách phần (không bắt buộc)"
          value={d.partNote ?? ''}
          onChange={(e) => setList(list.map((x) => (x.orgId === d.orgId ? { ...x, partNote: e.target.value || null } : x)))}
        />
      ))}
    </PickerFrame>
  );
}

export function orgNames(orgs: Org[], ids: number[]): string {
  return ids.map((id) => orgs.find((o) => o.id === id)?.name ?? '').filter(Boolean).join(', ');
}

export function deptText(orgs: Org[], list: DeptValue[]): string {
  return list
    .map((d) => {
      const o = orgs.find((x) => x.id === d.orgId);
      const n = o?.shortName ?? o?.name ?? '';
      return d.partNote ? `${n} (${d.partNote})` : n;
    })
    .join('; ');
}
