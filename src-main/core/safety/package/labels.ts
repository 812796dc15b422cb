/** Words for the import preview: what a record is, what a field is called, how a value reads. */
import type { RecordContext } from './context';
import type { EntityTable, Fields, Json } from './spec';

export const TABLE_LABELS: Record<EntityTable, string> = {
  organizations: 'Đơn vị',
  documents: 'Văn bản',
  plans: 'Kế hoạch',
  plan_blocks: 'Đoạn nội dung',
  plan_appendices: 'Phụ lục',
  task_groups: 'Nhóm nhiệm vụ',
  tasks: 'Nhiệm vụ',
  target_groups: 'Nhóm chỉ tiêu',
  targets: 'Chỉ tiêu',
  reporting_periods: 'Kỳ báo cáo',
  progress_entries: 'Kết quả thực hiện',
};

const FIELD_LABELS: Record<string, string> = {
  key: 'Mã', name: 'Tên', short_name: 'Tên viết tắt', kind: 'Loại', parent_id: 'Thuộc', archived_at: 'Lưu trữ lúc',
  number_symbol: 'Số, ký hiệu', issuer_parent: 'Cơ quan chủ quản', issuer_agency: 'Cơ quan ban hành', issuer_org_id: 'Đơn vị ban hành',
  place: 'Địa danh', issued_date: 'Ngày ban hành', summary: 'Trích yếu', signer_authority: 'Thẩm quyền ký', signer_position: 'Chức vụ người ký',
  signer_name: 'Người ký', recipients_json: 'Nơi nhận', status: 'Trạng thái', source_note: 'Ghi chú nguồn', document_id: 'Văn bản',
  period_text: 'Giai đoạn', period_start_year: 'Năm bắt đầu', period_end_year: 'Năm kết thúc', plan_id: 'Kế hoạch', position: 'Thứ tự',
  level: 'Cấp', numbering: 'Đánh số', marker: 'Ký hiệu đầu dòng', text: 'Nội dung', table_kind: 'Loại bảng', title: 'Tên', subtitle: 'Dòng phụ',
  code: 'Mã', tt: 'TT', group_id: 'Nhóm', lead_text: 'Cơ quan chủ trì (như văn bản)', coordinating_text: 'Cơ quan phối hợp (như văn bản)',
  output: 'Kết quả (sản phẩm)', deadline_text: 'Thời gian hoàn thành', deadline_start: 'Thời hạn từ', deadline_end: 'Thời hạn đến',
  deadline_kind: 'Loại thời hạn', departments_text: 'Phòng phụ trách (như văn bản)', budget_text: 'Kinh phí', budget_dong: 'Kinh phí (đồng)',
  funding_source: 'Nguồn kinh phí', merged_up_json: 'Gộp từ', parent_task_id: 'Nhiệm vụ cấp trên', note: 'Ghi chú', unit: 'Đơn vị tính',
  target_text: 'Kết quả (chỉ tiêu)', comparator: 'Phép so sánh', target_value: 'Giá trị chỉ tiêu', horizon_year: 'Mốc năm',
  parent_target_id: 'Chỉ tiêu cha', source_target_id: 'Chỉ tiêu cấp trên', label: 'Tên kỳ', year: 'Năm', start_date: 'Từ ngày',
  end_date: 'Đến ngày', due_date: 'Hạn nộp', due_text: 'Hạn nộp (như văn bản)', reporters: 'Đơn vị báo cáo', locked_at: 'Khóa lúc',
  lock_note: 'Lý do khóa', period_id: 'Kỳ báo cáo', task_id: 'Nhiệm vụ', target_id: 'Chỉ tiêu', reporter_org_id: 'Đơn vị báo cáo',
  status_overridden: 'Trạng thái chỉnh tay', override_reason: 'Lý do chỉnh', result_text: 'Kết quả', actual_value: 'Giá trị đạt',
  actual_text: 'Kết quả đạt', completed_date: 'Ngày hoàn thành', evidence_number: 'Văn bản chứng minh', evidence_date: 'Ngày văn bản chứng minh',
  deciding_document: 'Văn bản quyết định', entered_by: 'Người nhập', source_file: 'Tệp nguồn', reported_at: 'Ngày báo cáo',
  '@organization_aliases': 'Tên gọi khác', '@document_links': 'Căn cứ, văn bản liên quan', '@task_organizations': 'Cơ quan chủ trì, phối hợp',
  '@task_departments': 'Phòng phụ trách', '@target_departments': 'Phòng chủ trì',
};

const TABLE_FIELD_LABELS: Partial<Record<EntityTable, Record<string, string>>> = {
  tasks: { title: 'Tên nhiệm vụ' },
  targets: { name: 'Tên chỉ tiêu' },
  organizations: { name: 'Tên đơn vị' },
};

export function fieldLabel(table: EntityTable, field: string): string {
  return TABLE_FIELD_LABELS[table]?.[field] ?? FIELD_LABELS[field] ?? field;
}

const cut = (s: unknown, n = 90) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** What an officer calls this record. */
export function recordLabel(table: EntityTable, f: Fields, ctx: RecordContext): string {
  const ref = (t: EntityTable, uid: Json | undefined) => {
    const r = ctx.get(t, uid);
    return r ? recordLabel(t, r.fields, ctx) : '?';
  };
  switch (table) {
    case 'organizations':
      return cut(f.name);
    case 'documents':
      return cut(`${f.number_symbol ? `${String(f.number_symbol)} — ` : ''}${String(f.summary ?? '')}`);
    case 'plans':
      return `Kế hoạch ${ref('documents', f.document_id)}`;
    case 'plan_blocks':
      return `Đoạn ${Number(f.position) + 1}: ${cut(f.text, 60)}`;
    case 'plan_appendices':
      return cut(f.title);
    case 'task_groups':
    case 'target_groups':
      return `Nhóm ${String(f.code)}. ${cut(f.title, 70)}`;
    case 'tasks':
      return `Nhiệm vụ ${String(f.code)}: ${cut(f.title, 70)}`;
    case 'targets':
      return `Chỉ tiêu ${String(f.code)}: ${cut(f.name, 70)}`;
    case 'reporting_periods':
      return `Kỳ ${cut(f.label)}`;
    case 'progress_entries': {
      const what = f.task_id ? ref('tasks', f.task_id) : ref('targets', f.target_id);
      const who = f.reporter_org_id ? ` — ${ref('organizations', f.reporter_org_id)}` : '';
      return `${ref('reporting_periods', f.period_id)}: ${cut(what, 60)}${who}`;
    }
  }
}

/** A field value as text: references by name, link rows listed, empty said as such. */
export function displayValue(refs: Record<string, EntityTable>, linkRefs: Record<string, Record<string, EntityTable>>, field: string, value: Json | undefined, ctx: RecordContext): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  const refTable = refs[field];
  if (refTable) {
    const r = ctx.get(refTable, value);
    return r ? recordLabel(refTable, r.fields, ctx) : '(không có trên máy này)';
  }
  if (Array.isArray(value)) {
    const lrefs = linkRefs[field] ?? {};
    const items = value.map((row) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) return String(row);
      return Object.entries(row)
        .filter(([k, v]) => v !== null && k !== 'position')
        .map(([k, v]) => (lrefs[k] ? (ctx.get(lrefs[k]!, v) ? recordLabel(lrefs[k]!, ctx.get(lrefs[k]!, v)!.fields, ctx) : '?') : String(v)))
        .join(' · ');
    });
    return items.length ? items.join('; ') : '(trống)';
  }
  return cut(value, 300);
}
