/** Checks shared by the editing services. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';

export function requirePlan(sql: Sql, planId: number): void {
  const p = sql.first(sql.qb.selectFrom('plans').select('id').where('id', '=', planId));
  if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Hãy mở lại danh sách kế hoạch.`);
}
