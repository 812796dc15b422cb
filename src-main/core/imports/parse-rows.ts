/**
 * Records → typed rows: deadlines, money, targets parsed with core/vn; organisations
 * resolved against the registry (merged organisation cells apply to every row they
 * cover); merged budget and other merged cells stay on the first row and are flagged on
 * the others. Every problem becomes an issue at its row and field.
 */
import { buildOrgRegistry, orgMatchKey, resolveOrgList, type OrgRegistry, type OrgSnapshot, type ResolvedOrg } from '../organizations/resolve';
import { parseDeadline, type DeadlineKind } from '../vn/deadline';
import { parseMoneyDong } from '../vn/money';
import { parseTarget, type Comparator } from '../vn/target';
import { oneLine } from './text-join';
import type { Field, GroupRef, ImportRecord, Issue, TableKind } from './types';

export const FIELD_LABELS: Record<Field, string> = {
  code: 'TT',
  title: 'Tên nhiệm vụ',
  name: 'Chỉ tiêu',
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  output: 'Kết quả (sản phẩm)',
  deadline: 'Thời gian hoàn thành',
  departments: 'Phòng phụ trách',
  budget: 'Kinh phí',
  funding: 'Nguồn kinh phí',
  unit: 'Đơn vị tính',
  target: 'Kết quả (chỉ tiêu)',
  status: 'Tình trạng',
  result: 'Kết quả thực hiện',
  actual: 'Số liệu đạt được',
  completedDate: 'Ngày hoàn thành',
  evidence: 'Văn bản minh chứng',
  reporter: 'Đơn vị báo cáo',
  note: 'Ghi chú',
};

export interface ParsedRow {
  record: ImportRecord;
  sourceRow: number;
  code: string;
  group: GroupRef | null;
  /** the texts of the row's fields, one line each */
  text: Partial<Record<Field, string | null>>;
  /** shared (frozen) between the rows with the same cell text: never changed in place */
  orgs: Partial<Record<'lead' | 'coordinating' | 'departments' | 'reporter', ResolvedOrg[]>>;
  deadline: { text: string | null; kind: DeadlineKind; start: string | null; end: string | null } | null;
  budget: { text: string | null; dong: number | null } | null;
  target: { text: string | null; comparator: Comparator | null; value: number | null } | null;
  horizon: number | null;
  /** code of the row this one details ("4.7" for "4.7.1"), when it is in the table */
  parentCode: string | null;
}

export interface ParseContext {
  registry: OrgRegistry;
  orgs: Map<number, OrgSnapshot>;
  /** the officer's choices for bodies the registry did not resolve: orgMatchKey(text) → organisation */
  choices: Map<string, number>;
  /** cell text → resolved bodies: the same lead or department cell repeats on many rows */
  resolved: Map<string, ResolvedOrg[]>;
}

export function parseContext(orgs: OrgSnapshot[], choices: Record<string, number> = {}): ParseContext {
  return {
    registry: buildOrgRegistry(orgs),
    orgs: new Map(orgs.map((o) => [o.id, o])),
    choices: new Map(Object.entries(choices).map(([k, v]) => [orgMatchKey(k), v])),
    resolved: new Map(),
  };
}

/**
 * The bodies of a cell text, resolved once per distinct text and shared by every row with
 * that text (a copy per row was 150,000 objects, 10 MB, for a 50,000-row table whose lead
 * cells repeat). Frozen, so a change in place throws instead of changing other rows.
 */
function resolveWithChoices(ctx: ParseContext, text: string | null | undefined): ResolvedOrg[] {
  const key = text ?? '';
  let hit = ctx.resolved.get(key);
  if (!hit) {
    hit = Object.freeze(resolveUncached(ctx, text).map((e) => Object.freeze(e))) as ResolvedOrg[];
    if (ctx.resolved.size < 20_000) ctx.resolved.set(key, hit);
  }
  return hit;
}

function resolveUncached(ctx: ParseContext, text: string | null | undefined): ResolvedOrg[] {
  return resolveOrgList(ctx.registry, text).map((e) => {
    if (e.match === 'exact' || e.match === 'prefix') return e;
    const chosen = ctx.choices.get(orgMatchKey(e.text));
    const org = chosen !== undefined ? ctx.orgs.get(chosen) : undefined;
    return org ? { ...e, orgId: org.id, orgName: org.name, match: 'chosen' as const } : e;
  });
}

const ORG_FIELDS = ['lead', 'coordinating', 'departments', 'reporter'] as const;

function orgIssues(row: number, field: Field, entries: ResolvedOrg[], issues: Issue[]): void {
  for (const e of entries) {
    if (e.match === 'fuzzy' && e.suggestion) {
      issues.push({ row, field, severity: 'warning', message: `“${e.text}” chưa khớp đúng tên đơn vị nào trong danh mục; có phải “${e.suggestion.name}”? Hãy chọn đơn vị đúng.` });
    } else if (e.match === 'none') {
      issues.push({ row, field, severity: 'warning', message: `Không tìm thấy “${e.text}” trong danh mục đơn vị. Hãy chọn đơn vị đúng hoặc thêm đơn vị vào danh mục; chữ vẫn được giữ nguyên.` });
    }
  }
}

export function parseRecords(kind: TableKind, records: ImportRecord[], ctx: ParseContext): { rows: ParsedRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows: ParsedRow[] = [];
  const codes = new Set(records.map((r) => r.code));
  const seen = new Map<string, number>();
  let previous: ParsedRow | null = null;
  const titleField: Field = kind === 'targets' ? 'name' : 'title';
  for (const rec of records) {
    const at = rec.sourceRow;
    const text: ParsedRow['text'] = {};
    for (const [f, v] of Object.entries(rec.fields) as Array<[Field, string | null]>) text[f] = oneLine(v);
    const orgs: ParsedRow['orgs'] = {};
    for (const f of ORG_FIELDS) {
      if (!(f in rec.fields)) continue;
      if (rec.merged.includes(f) && previous) orgs[f] = previous.orgs[f] ?? [];
      else {
        orgs[f] = resolveWithChoices(ctx, rec.fields[f]);
        orgIssues(at, f, orgs[f]!, issues);
      }
    }
    if (!rec.code) {
      issues.push({
        row: at,
        field: 'code',
        severity: 'error',
        message: rec.tt
          ? `Số thứ tự “${rec.tt}” không đúng dạng (ví dụ đúng: 1, 2, 4.7.1; nhóm: I, II). Hãy sửa ô TT.`
          : 'Dòng có nội dung nhưng không có số thứ tự (TT). Hãy điền TT cho dòng này.',
      });
    } else if (seen.has(rec.code)) {
      issues.push({ row: at, field: 'code', severity: 'error', message: `Số TT “${rec.code}” trùng với dòng ${seen.get(rec.code)}. Hãy sửa để mỗi dòng có một số riêng.` });
    } else seen.set(rec.code, at);
    if (!text[titleField]) {
      issues.push({ row: at, field: titleField, severity: 'error', message: `Thiếu ${FIELD_LABELS[titleField].toLowerCase()}. Hãy điền nội dung cho dòng này.` });
    }
    let deadline: ParsedRow['deadline'] = null;
    let budget: ParsedRow['budget'] = null;
    let target: ParsedRow['target'] = null;
    if (kind === 'tasks' || 'deadline' in rec.fields) {
      const d = parseDeadline(text.deadline);
      deadline = { text: text.deadline ?? null, ...d };
      if (text.deadline && d.kind === 'unknown') {
        issues.push({
          row: at,
          field: 'deadline',
          severity: 'warning',
          message: `Không hiểu thời hạn “${text.deadline}” (hoặc ngày không có thật); chữ được giữ nguyên nhưng PlanDesk không tính được hạn. Hãy ghi như “Quý II năm 2026”, “30/6/2026”, “Năm 2026”, “2025 - 2030” hoặc “Thường xuyên”.`,
        });
      }
    }
    if (kind === 'tasks') {
      const dong = parseMoneyDong(text.budget);
      budget = { text: text.budget ?? null, dong };
      if (text.budget && dong !== null && /^[\d.,\s]+$/.test(text.budget)) {
        issues.push({ row: at, field: 'budget', severity: 'warning', message: `Kinh phí “${text.budget}” không ghi đơn vị; PlanDesk hiểu là ${text.budget} đồng. Hãy ghi rõ “tỷ đồng” hoặc “triệu đồng”.` });
      }
      if (dong !== null && dong < 0) {
        issues.push({ row: at, field: 'budget', severity: 'warning', message: `Kinh phí “${text.budget}” là số âm. Hãy kiểm tra lại ô này.` });
      }
      if (text.budget && dong === null) {
        issues.push({ row: at, field: 'budget', severity: 'warning', message: `Không đọc được số tiền “${text.budget}”; chữ được giữ nguyên. Hãy ghi như “250 tỷ đồng” hoặc “1.500 triệu đồng”.` });
      }
    }
    if (kind === 'targets') {
      const p = parseTarget(text.target);
      target = { text: text.target ?? null, comparator: p.comparator, value: p.value };
      if (!text.target) issues.push({ row: at, field: 'target', severity: 'warning', message: 'Chưa có giá trị chỉ tiêu (ô Kết quả trống).' });
    }
    if (rec.merged.length && previous) {
      const labels = rec.merged.map((f) => FIELD_LABELS[f]).join(', ');
      const field = rec.merged.includes('budget') ? 'budget' : rec.merged[0]!;
      issues.push({
        row: at,
        field,
        severity: 'warning',
        message: `Ô ${labels} gộp chung với dòng trên (${firstOfMerge(rows, rec)}); ${rec.merged.includes('budget') ? 'kinh phí chỉ ghi một lần ở dòng đầu, không cộng lặp' : 'nội dung ghi ở dòng đầu của ô gộp'}.`,
      });
    }
    const group = rec.groups[rec.groups.length - 1] ?? null;
    const horizon = [...rec.groups].reverse().find((g) => g.horizon !== null)?.horizon ?? null;
    const parentCode = rec.code.includes('.') ? rec.code.slice(0, rec.code.lastIndexOf('.')) : null;
    const row: ParsedRow = {
      record: rec,
      sourceRow: at,
      code: rec.code,
      group: group ? { code: group.code, title: group.title, horizon: group.horizon } : null,
      text,
      orgs,
      deadline,
      budget,
      target,
      horizon,
      parentCode: parentCode && codes.has(parentCode) ? parentCode : null,
    };
    rows.push(row);
    previous = row;
  }
  return { rows, issues };
}

function firstOfMerge(rows: ParsedRow[], rec: ImportRecord): string {
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (!rec.merged.every((f) => r.record.merged.includes(f))) return r.code || `dòng ${r.sourceRow}`;
  }
  return 'dòng đầu';
}
