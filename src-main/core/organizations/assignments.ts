/**
 * Who leads, coordinates and answers for a task or target, as editable fields:
 * ordered lists of organisation ids (lead, coordinating) and departments with an
 * optional part note ("phần y tế học đường").
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import type { FieldSpec } from '../history/spec';
import { nfcOrNull } from '../vn/text';

export interface DepartmentAssignment {
  orgId: number;
  partNote: string | null;
}

function checkOrgsExist(sql: Sql, ids: number[]): void {
  if (ids.length === 0) return;
  const found = new Set(sql.all(sql.qb.selectFrom('organizations').select('id').where('id', 'in', ids)).map((r) => r.id));
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length) {
    throw new AppError('INVALID_INPUT', `Không có đơn vị mã ${missing.join(', ')} trong sổ đơn vị. Hãy chọn lại đơn vị từ danh sách.`);
  }
}

function parseIds(label: string, raw: unknown): number[] {
  if (!Array.isArray(raw) || !raw.every((v) => Number.isInteger(v) && (v as number) > 0)) {
    throw new AppError('INVALID_INPUT', `${label}: danh sách đơn vị không hợp lệ.`);
  }
  return [...new Set(raw as number[])];
}

export function taskOrgField(role: 'lead' | 'coordinating', label: string): FieldSpec<number[]> {
  return {
    label,
    parse: (raw) => parseIds(label, raw),
    read: (sql, id) =>
      sql
        .all(
          sql.qb
            .selectFrom('task_organizations')
            .select('organization_id')
            .where('task_id', '=', id)
            .where('role', '=', role)
            .orderBy('position'),
        )
        .map((r) => r.organization_id),
    check: (sql, _id, ids) => checkOrgsExist(sql, ids),
    write: (sql, id, ids) => {
      sql.run(sql.qb.deleteFrom('task_organizations').where('task_id', '=', id).where('role', '=', role));
      ids.forEach((orgId, position) =>
        sql.run(sql.qb.insertInto('task_organizations').values({ task_id: id, organization_id: orgId, role, position })),
      );
    },
  };
}

function parseDepartments(label: string, raw: unknown): DepartmentAssignment[] {
  if (!Array.isArray(raw)) throw new AppError('INVALID_INPUT', `${label}: danh sách phòng không hợp lệ.`);
  const seen = new Set<number>();
  const out: DepartmentAssignment[] = [];
  for (const r of raw as Array<Partial<DepartmentAssignment>>) {
    if (!r || !Number.isInteger(r.orgId) || (r.orgId as number) <= 0) throw new AppError('INVALID_INPUT', `${label}: danh sách phòng không hợp lệ.`);
    if (seen.has(r.orgId!)) continue;
    seen.add(r.orgId!);
    out.push({ orgId: r.orgId!, partNote: typeof r.partNote === 'string' ? nfcOrNull(r.partNote) : null });
  }
  return out;
}

export function departmentsField(table: 'task_departments' | 'target_departments', label: string): FieldSpec<DepartmentAssignment[]> {
  const fk = table === 'task_departments' ? 'task_id' : 'target_id';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one code path for two tables of the same shape
  const qb = (sql: Sql) => sql.qb as any;
  return {
    label,
    parse: (raw) => parseDepartments(label, raw),
    read: (sql, id) =>
      sql
        .all<{ organization_id: number; part_note: string | null }>(
          qb(sql).selectFrom(table).select(['organization_id', 'part_note']).where(fk, '=', id).orderBy('position'),
        )
        .map((r) => ({ orgId: r.organization_id, partNote: r.part_note })),
    check: (sql, _id, list) => checkOrgsExist(sql, list.map((d) => d.orgId)),
    write: (sql, id, list) => {
      sql.run(qb(sql).deleteFrom(table).where(fk, '=', id));
      list.forEach((d, position) =>
        sql.run(qb(sql).insertInto(table).values({ [fk]: id, organization_id: d.orgId, part_note: d.partNote, position })),
      );
    },
  };
}
