/**
 * The generic editing steps every service uses inside its transaction: set fields,
 * record a created record, delete a record, each written to the audit log as part of
 * the current change set.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { restoreBundle, type Bundle } from './bundle';
import type { Change } from './change';
import { sameValue } from './columns';
import type { EntitySpec } from './spec';

export function requireRecord(sql: Sql, spec: EntitySpec, id: number): void {
  if (!spec.exists(sql, id)) {
    throw new AppError('NOT_FOUND', `Không tìm thấy ${spec.label.toLowerCase()} (mã ${id}). Có thể đã bị xóa; hãy tải lại trang.`);
  }
}

/** Validate every field first, then write the ones that change: all or nothing. */
export function applyPatch(change: Change, spec: EntitySpec, id: number, patch: Record<string, unknown>, revertOf?: number): string[] {
  const sql = change.sql;
  requireRecord(sql, spec, id);
  const parsed: Array<[string, unknown]> = [];
  for (const [field, raw] of Object.entries(patch)) {
    if (raw === undefined) continue;
    const f = spec.fields[field];
    if (!f) throw new AppError('INVALID_INPUT', `Trường "${field}" không sửa được ở ${spec.label.toLowerCase()}.`);
    parsed.push([field, f.parse(raw)]);
  }
  const planId = spec.planIdOf(sql, id);
  const changed: string[] = [];
  for (const [field, value] of parsed) {
    const f = spec.fields[field]!;
    const before = f.read(sql, id);
    if (sameValue(before, value)) continue;
    f.check?.(sql, id, value);
    f.write(sql, id, value);
    change.record({ action: 'update', entity: spec.entity, entityId: id, field, planId, before, after: value, revertOf: revertOf ?? null });
    changed.push(field);
  }
  return changed;
}

export function recordCreated(change: Change, spec: EntitySpec, id: number, revertOf?: number): void {
  change.record({
    action: 'create',
    entity: spec.entity,
    entityId: id,
    planId: spec.planIdOf(change.sql, id),
    after: spec.snapshot(change.sql, id),
    revertOf: revertOf ?? null,
  });
}

export function deleteRecorded(change: Change, spec: EntitySpec, id: number, revertOf?: number): Bundle {
  const sql = change.sql;
  requireRecord(sql, spec, id);
  const planId = spec.planIdOf(sql, id);
  const bundle = spec.snapshot(sql, id);
  spec.remove(sql, id);
  change.record({ action: 'delete', entity: spec.entity, entityId: id, planId, before: bundle, revertOf: revertOf ?? null });
  return bundle;
}

export function restoreRecorded(change: Change, spec: EntitySpec, id: number, bundle: Bundle, revertOf: number): void {
  if (spec.exists(change.sql, id)) {
    throw new AppError('CONFLICT', `${spec.label} này đã có lại trong dữ liệu; không cần khôi phục.`);
  }
  try {
    restoreBundle(change.sql, bundle);
  } catch (e) {
    throw new AppError(
      'CONFLICT',
      `Không khôi phục được ${spec.label.toLowerCase()}: dữ liệu liên quan (nhóm, đơn vị hoặc kế hoạch) đã bị xóa hoặc thay đổi sau đó.`,
      { cause: e },
    );
  }
  spec.afterRestore?.(change.sql, bundle);
  recordCreated(change, spec, id, revertOf);
}

/** Set the fields of a record just created (its creation entry holds them all). */
export function writeNewFields(sql: Sql, spec: EntitySpec, id: number, patch: Record<string, unknown>): void {
  for (const [field, raw] of Object.entries(patch)) {
    if (raw === undefined) continue;
    const f = spec.fields[field];
    if (!f) throw new AppError('INVALID_INPUT', `Trường "${field}" không có ở ${spec.label.toLowerCase()}.`);
    const value = f.parse(raw);
    f.check?.(sql, id, value);
    f.write(sql, id, value);
  }
}
