/** Resolve what a script names ("I.1" or 12 for a task, "vp-so" or 9 for a body) to ids. */
import type { Sql } from '../db/exec';
import { AppError } from '../errors';
import { requirePeriod } from '../periods/service';
import { findTargetByCode, findTaskByCode } from './repository';

export function resolveItemRef(sql: Sql, periodId: number, table: 'task' | 'target', ref: string): number {
  const p = requirePeriod(sql, periodId);
  const what = table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu';
  const byCode = table === 'task' ? findTaskByCode(sql, p.plan_id, ref.trim()) : findTargetByCode(sql, p.plan_id, ref.trim());
  if (byCode !== undefined) return byCode;
  if (/^\d+$/.test(ref.trim())) return Number(ref.trim());
  throw new AppError('NOT_FOUND', `Kế hoạch của kỳ "${p.label}" không có ${what} mã "${ref}". Hãy ghi mã như trong bảng (ví dụ I.1) hoặc mã số.`);
}

export function resolveOrgRef(sql: Sql, ref: string): number {
  const t = ref.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const row = sql.first(sql.qb.selectFrom('organizations').select('id').where('key', '=', t));
  if (!row) throw new AppError('NOT_FOUND', `Không có đơn vị có khóa "${ref}". Xem danh sách trong mục Đơn vị (hoặc dùng mã số).`);
  return row.id;
}
