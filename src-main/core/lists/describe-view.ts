/** A view said in words, for the header of an exported list: "Kế hoạch: …; Tình trạng: …". */
import type { Sql } from '../db/exec';
import { formatVnDate } from '../vn/format';
import { PROGRESS_STATUS_LABELS, SORT_LABELS } from './labels';
import type { ListPage, ListViewState } from './view-state';

function names(sql: Sql, table: 'orgs' | 'plans', ids: number[]): string {
  if (!ids.length) return '';
  if (table === 'orgs') {
    return sql
      .all(sql.qb.selectFrom('organizations').select('name').where('id', 'in', ids))
      .map((r) => r.name)
      .join(', ');
  }
  return sql
    .all(
      sql.qb
        .selectFrom('plans as p')
        .innerJoin('documents as d', 'd.id', 'p.document_id')
        .select(['d.number_symbol as n', 'd.summary as s'])
        .where('p.id', 'in', ids),
    )
    .map((r) => r.n ?? `dự thảo "${r.s.length > 60 ? `${r.s.slice(0, 59)}…` : r.s}"`)
    .join(', ');
}

export function describeView(sql: Sql, page: ListPage, state: ListViewState): string {
  const f = state.filter;
  const parts: string[] = [];
  if (f.planIds.length) parts.push(`Kế hoạch: ${names(sql, 'plans', f.planIds)}`);
  if (page === 'tasks' && f.leadOrgIds.length) parts.push(`Cơ quan chủ trì: ${names(sql, 'orgs', f.leadOrgIds)}`);
  if (f.departmentIds.length) parts.push(`Phòng: ${names(sql, 'orgs', f.departmentIds)}`);
  if (f.from || f.to) {
    const label = page === 'tasks' ? 'Thời hạn' : 'Mốc năm';
    const show = (d: string | null) => (page === 'tasks' ? formatVnDate(d) : (d?.slice(0, 4) ?? ''));
    parts.push(`${label}: ${f.from ? `từ ${show(f.from)}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `đến ${show(f.to)}` : ''}`);
  }
  if (f.statuses.length) parts.push(`Tình trạng: ${f.statuses.map((s) => PROGRESS_STATUS_LABELS[s]).join(', ')}`);
  if (f.text.trim()) parts.push(`Có từ: "${f.text.trim()}"`);
  const filter = parts.length ? parts.join('; ') : 'Tất cả';
  const group = state.groupBy === 'plan' ? '; nhóm theo kế hoạch' : state.groupBy === 'department' ? '; nhóm theo phòng' : '';
  return `Lọc: ${filter}. Sắp xếp ${SORT_LABELS[state.sort.key] ?? state.sort.key}${state.sort.dir === 'desc' ? ' (giảm dần)' : ''}${group}.`;
}
