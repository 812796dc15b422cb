/** Documents (and the plan row beside a plan's document) as editable records. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { bundleRows, type Bundle } from '../history/bundle';
import { readColumn, textColumn, writeColumns } from '../history/columns';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { isValidIsoDate, parseVnDate } from '../vn/dates';
import { nfc } from '../vn/text';
import { DOCUMENT_KINDS } from './kinds';
import { normalizeNumberSymbol, NUMBER_SYMBOL_HELP, numberSymbolPattern } from './number-symbol';

export function documentPlanId(sql: Sql, documentId: number): number | null {
  return sql.first(sql.qb.selectFrom('plans').select('id').where('document_id', '=', documentId))?.id ?? null;
}

const numberSymbol: FieldSpec<string | null> = {
  label: 'Số, ký hiệu',
  parse: (raw) => {
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
    if (typeof raw !== 'string') throw new AppError('INVALID_INPUT', 'Số, ký hiệu phải là chữ.');
    const v = normalizeNumberSymbol(raw);
    if (!numberSymbolPattern(v)) throw new AppError('INVALID_INPUT', `Số, ký hiệu "${raw.trim()}" không đúng mẫu. ${NUMBER_SYMBOL_HELP}`);
    return v;
  },
  read: (sql, id) => (readColumn(sql, 'documents', 'number_symbol', id) as string | null) ?? null,
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { number_symbol: v }),
  check: (sql, id, v) => {
    if (v === null && readColumn(sql, 'documents', 'status', id) === 'issued') {
      throw new AppError('INVALID_INPUT', 'Văn bản đã ban hành phải có số, ký hiệu. Chỉ dự thảo mới được để trống.');
    }
  },
};

/** dd/mm/yyyy as officers type it (ISO accepted too); 31/02/2026 is refused. */
export function parseDocumentDate(label: string, raw: unknown): string | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (typeof raw !== 'string') throw new AppError('INVALID_INPUT', `${label} phải là ngày.`);
  const v = raw.trim();
  const iso = isValidIsoDate(v) ? v : parseVnDate(v);
  if (!iso) throw new AppError('INVALID_INPUT', `${label} "${v}" không phải là ngày có thật. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.`);
  return iso;
}

const issuedDate: FieldSpec<string | null> = {
  label: 'Ngày ban hành',
  parse: (raw) => parseDocumentDate('Ngày ban hành', raw),
  read: (sql, id) => (readColumn(sql, 'documents', 'issued_date', id) as string | null) ?? null,
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { issued_date: v }),
};

const kind: FieldSpec<string> = {
  label: 'Loại văn bản',
  parse: (raw) => {
    if (typeof raw !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(raw)) throw new AppError('INVALID_INPUT', 'Loại văn bản không hợp lệ; hãy chọn trong danh sách.');
    return raw;
  },
  read: (sql, id) => readColumn(sql, 'documents', 'kind', id) as string,
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { kind: v }),
};

const status: FieldSpec<'draft' | 'issued'> = {
  label: 'Trạng thái',
  parse: (raw) => {
    if (raw !== 'draft' && raw !== 'issued') throw new AppError('INVALID_INPUT', 'Trạng thái phải là dự thảo hoặc đã ban hành.');
    return raw;
  },
  read: (sql, id) => readColumn(sql, 'documents', 'status', id) as 'draft' | 'issued',
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { status: v }),
  check: (sql, id, v) => {
    if (v === 'issued' && !readColumn(sql, 'documents', 'number_symbol', id)) {
      throw new AppError('INVALID_INPUT', 'Chưa thể chuyển sang "đã ban hành": văn bản chưa có số, ký hiệu. Hãy nhập số, ký hiệu trước.');
    }
  },
};

const recipients: FieldSpec<string[]> = {
  label: 'Nơi nhận',
  parse: (raw) => {
    if (!Array.isArray(raw) || !raw.every((r) => typeof r === 'string')) throw new AppError('INVALID_INPUT', 'Nơi nhận phải là danh sách.');
    return (raw as string[]).map((r) => nfc(r)).filter((r) => r !== '');
  },
  read: (sql, id) => JSON.parse((readColumn(sql, 'documents', 'recipients_json', id) as string | undefined) ?? '[]') as string[],
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { recipients_json: JSON.stringify(v) }),
};

const archivedAt: FieldSpec<string | null> = {
  label: 'Lưu trữ',
  parse: (raw) => {
    if (raw === null) return null;
    if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw new AppError('INVALID_INPUT', 'Thời điểm lưu trữ không hợp lệ.');
    return raw;
  },
  read: (sql, id) => (readColumn(sql, 'documents', 'archived_at', id) as string | null) ?? null,
  write: (sql, id, v) => writeColumns(sql, 'documents', id, { archived_at: v }),
};

export const documentSpec: EntitySpec = {
  entity: 'document',
  label: 'Văn bản',
  exists: (sql, id) => readColumn(sql, 'documents', 'id', id) !== undefined,
  planIdOf: documentPlanId,
  describe: (sql, id) => {
    const d = sql.first(sql.qb.selectFrom('documents').select(['number_symbol', 'summary']).where('id', '=', id));
    return d ? `${d.number_symbol ?? '(chưa có số)'} ${d.summary}` : `#${id}`;
  },
  fields: {
    kind,
    numberSymbol,
    issuerParent: textColumn('documents', 'issuer_parent', 'Cơ quan chủ quản'),
    issuerAgency: textColumn('documents', 'issuer_agency', 'Cơ quan ban hành', { required: true }),
    place: textColumn('documents', 'place', 'Địa danh'),
    issuedDate,
    summary: textColumn('documents', 'summary', 'Trích yếu', { required: true, folded: 'summary_folded' }),
    signerAuthority: textColumn('documents', 'signer_authority', 'Quyền hạn ký'),
    signerPosition: textColumn('documents', 'signer_position', 'Chức vụ người ký'),
    signerName: textColumn('documents', 'signer_name', 'Người ký'),
    recipients,
    status,
    archivedAt,
  },
  snapshot: (sql, id): Bundle => ({
    rows: [bundleRows(sql, 'documents', 'id', id), bundleRows(sql, 'document_links', 'from_document_id', id), bundleRows(sql, 'document_links', 'to_document_id', id)],
    refs: [],
  }),
  remove: (sql, id) => {
    if (documentPlanId(sql, id) !== null) throw new AppError('CONFLICT', 'Văn bản này là một kế hoạch; hãy lưu trữ kế hoạch thay vì xóa.');
    sql.run(sql.qb.deleteFrom('documents').where('id', '=', id));
  },
};

/** "2026", "2025 - 2030", "giai đoạn 2026-2030" → years. */
function periodYears(text: string | null): { period_start_year: number | null; period_end_year: number | null } {
  const years = (text ?? '').match(/\b(19|20|21)\d{2}\b/g)?.map(Number) ?? [];
  if (years.length === 0) return { period_start_year: null, period_end_year: null };
  return { period_start_year: Math.min(...years), period_end_year: Math.max(...years) };
}

export const planSpec: EntitySpec = {
  entity: 'plan',
  label: 'Kế hoạch',
  exists: (sql, id) => readColumn(sql, 'plans', 'id', id) !== undefined,
  planIdOf: (_sql, id) => id,
  describe: (sql, id) => {
    const d = sql.first(sql.qb.selectFrom('plans as p').innerJoin('documents as d', 'd.id', 'p.document_id').select(['d.number_symbol', 'd.summary']).where('p.id', '=', id));
    return d ? `${d.number_symbol ?? '(chưa có số)'} ${d.summary}` : `#${id}`;
  },
  fields: {
    periodText: textColumn('plans', 'period_text', 'Giai đoạn', { derive: periodYears }),
  },
  snapshot: (sql, id) => ({ rows: [bundleRows(sql, 'plans', 'id', id)], refs: [] }),
  remove: () => {
    throw new AppError('CONFLICT', 'Kế hoạch không bị xóa hẳn: hãy lưu trữ kế hoạch.');
  },
};
