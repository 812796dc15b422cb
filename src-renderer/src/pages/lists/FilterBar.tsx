/** The filters of a list: plan, lead body, department, deadline (or horizon year), status, words; grouping. */
import { Button, DatePicker, Input, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { useState, type ReactNode } from 'react';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type GroupBy, type ListPage, type ListViewState } from '../../../../src-main/api/contract/list-view';
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { compareText } from '../../collate';

dayjs.locale('vi');

type Options = MethodOutput<'lists.options'>;

const planLabel = (p: Options['plans'][number]) => p.number ?? `Dự thảo: ${p.summary}`;
const orgOptions = (list: Options['leadOrgs']) => list.map((o) => ({ value: o.id, label: o.name })).sort((a, b) => compareText(a.label, b.label));
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
const filterOption = (input: string, option?: { label?: unknown }) => fold(String(option?.label ?? '')).includes(fold(input));

interface Props {
  page: ListPage;
  options: Options | undefined;
  state: ListViewState;
  onChange: (state: ListViewState) => void;
}

export function FilterBar({ page, options, state, onChange }: Props): ReactNode {
  const f = state.filter;
  const set = (patch: Partial<ListViewState['filter']>) => onChange({ ...state, filter: { ...f, ...patch } });
  const [text, setText] = useState(f.text);
  const [shownText, setShownText] = useState(f.text);
  if (shownText !== f.text) {
    // a saved view or "Xóa lọc" replaced the words: show them
    setShownText(f.text);
    setText(f.text);
  }
  const range: [Dayjs | null, Dayjs | null] = [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null];
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, showSearch: { filterOption } };
  const isFiltered = f.planIds.length + f.leadOrgIds.length + f.departmentIds.length + f.statuses.length > 0 || !!f.from || !!f.to || !!f.text;
  return (
    <>
      <div className="list-toolbar">
        <Input.Search
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => set({ text: v })}
          placeholder={page === 'tasks' ? 'Tìm trong nhiệm vụ (có dấu hay không dấu)' : 'Tìm trong chỉ tiêu (có dấu hay không dấu)'}
          style={{ width: 290 }}
          aria-label="Tìm trong danh sách"
        />
        <Select
          {...multi}
          aria-label="Kế hoạch"
          placeholder="Kế hoạch"
          style={{ width: 200 }}
          value={f.planIds}
          onChange={(v: number[]) => set({ planIds: v })}
          options={(options?.plans ?? []).map((p) => ({ value: p.id, label: planLabel(p), title: p.summary }))}
          popupMatchSelectWidth={460}
        />
        {page === 'tasks' ? (
          <Select
            {...multi}
            aria-label="Cơ quan chủ trì"
            placeholder="Cơ quan chủ trì"
            style={{ width: 190 }}
            value={f.leadOrgIds}
            onChange={(v: number[]) => set({ leadOrgIds: v })}
            options={orgOptions(options?.leadOrgs ?? [])}
            popupMatchSelectWidth={380}
          />
        ) : null}
        <Select
          {...multi}
          aria-label="Phòng phụ trách"
          placeholder={page === 'tasks' ? 'Phòng phụ trách' : 'Phòng chủ trì'}
          style={{ width: 190 }}
          value={f.departmentIds}
          onChange={(v: number[]) => set({ departmentIds: v })}
          options={orgOptions(options?.departments ?? [])}
          popupMatchSelectWidth={380}
        />
      </div>
      <div className="list-toolbar">
        {page === 'tasks' ? (
          <DatePicker.RangePicker
            aria-label="Thời hạn"
            format="DD/MM/YYYY"
            placeholder={['Hạn từ ngày', 'đến ngày']}
            allowEmpty={[true, true]}
            value={range}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
            style={{ width: 270 }}
          />
        ) : (
          <DatePicker.RangePicker
            aria-label="Mốc năm"
            picker="year"
            placeholder={['Mốc năm từ', 'đến']}
            allowEmpty={[true, true]}
            value={range}
            onChange={(v) => set({ from: v?.[0] ? `${v[0].year()}-01-01` : null, to: v?.[1] ? `${v[1].year()}-12-31` : null })}
            style={{ width: 220 }}
          />
        )}
        <Select
          {...multi}
          aria-label="Tình trạng"
          placeholder="Tình trạng"
          style={{ width: 230 }}
          value={f.statuses}
          onChange={(v: ListViewState['filter']['statuses']) => set({ statuses: v })}
          options={PROGRESS_STATUSES.map((s) => ({ value: s, label: PROGRESS_STATUS_LABELS[s] }))}
          popupMatchSelectWidth={260}
        />
        <Segmented<GroupBy>
          aria-label="Nhóm theo"
          value={state.groupBy}
          onChange={(groupBy) => onChange({ ...state, groupBy })}
          options={[
            { value: 'none', label: 'Không nhóm' },
            { value: 'department', label: 'Theo phòng' },
            { value: 'plan', label: 'Theo kế hoạch' },
          ]}
        />
        <Button disabled={!isFiltered} onClick={() => onChange({ ...state, filter: { planIds: [], leadOrgIds: [], departmentIds: [], from: null, to: null, statuses: [], text: '' } })}>
          Xóa lọc
        </Button>
      </div>
    </>
  );
}
