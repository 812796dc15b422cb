/**
 * The Đơn vị registry: the tree with kinds and aliases; add, rename (the old name kept as an
 * alias so imported text still resolves), move, add and remove aliases. One action = one
 * transaction with its audit entries.
 */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { AppError } from '../errors';
import { compareVi, fold, nfc, nfcOrNull } from '../vn/text';
import { ORGANIZATION_KINDS, type OrganizationKind } from './kinds';
import { aliasesOf, allAliases, ancestorIds, findByFoldedName, getOrganization, registryRows } from './registry-repository';
import { addAlias as insertAlias, insertOrganization } from './repository';

export function registryTree(sql: Sql) {
  const aliases = allAliases(sql);
  return registryRows(sql)
    .map((o) => ({ ...o, aliases: aliases.filter((a) => a.organizationId === o.id).map((a) => ({ id: a.id, alias: a.alias })) }))
    .sort((a, b) => compareVi(a.name, b.name));
}

export type RegistryRow = ReturnType<typeof registryTree>[number];

function mustGet(sql: Sql, id: number) {
  const o = getOrganization(sql, id);
  if (!o) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị số ${id} (có thể đã được gộp hoặc xóa). Hãy tải lại trang Đơn vị.`);
  return o;
}

function checkKind(kind: string): OrganizationKind {
  const k = ORGANIZATION_KINDS.find((x) => x === kind);
  if (!k) throw new AppError('INVALID_INPUT', `Loại đơn vị "${kind}" không có trong danh mục. Hãy chọn loại trong danh sách.`);
  return k;
}

/** Refuse a name another organisation already has as its name or alias. */
function checkNameFree(sql: Sql, name: string, selfId: number | null, what: 'tên' | 'tên gọi khác'): void {
  const other = findByFoldedName(sql, fold(name)).find((o) => o.id !== selfId);
  if (other) {
    throw new AppError(
      'CONFLICT',
      `"${name}" đã là tên hoặc tên gọi khác của đơn vị "${other.name}". Nếu là cùng một đơn vị, hãy gộp hai đơn vị thay vì đặt ${what} trùng.`,
    );
  }
}

function checkParent(sql: Sql, id: number | null, parentId: number | null): void {
  if (parentId === null) return;
  mustGet(sql, parentId);
  if (id !== null && (parentId === id || ancestorIds(sql, parentId).includes(id))) {
    throw new AppError('INVALID_INPUT', 'Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó. Hãy chọn đơn vị cấp trên khác.');
  }
}

export interface NewOrgInput {
  name: string;
  shortName?: string | null;
  kind: string;
  parentId?: number | null;
}

export function createOrganization(sql: Sql, input: NewOrgInput): number {
  const name = nfc(input.name);
  if (!name) throw new AppError('INVALID_INPUT', 'Hãy nhập tên đơn vị.');
  const kind = checkKind(input.kind);
  return sql.tx(() => {
    checkNameFree(sql, name, null, 'tên');
    checkParent(sql, null, input.parentId ?? null);
    const id = insertOrganization(sql, { key: null, name, shortName: nfcOrNull(input.shortName), kind, parentId: input.parentId ?? null });
    recordAudit(sql, { action: 'create', entity: 'organization', entityId: id, after: { name, shortName: nfcOrNull(input.shortName), kind, parentId: input.parentId ?? null } });
    return id;
  });
}

export interface UpdateOrgInput {
  id: number;
  name?: string;
  shortName?: string | null;
  kind?: string;
  parentId?: number | null;
  /** on rename, keep the old name as an alias (default true) */
  keepOldName?: boolean;
}

export function updateOrganization(sql: Sql, input: UpdateOrgInput): void {
  sql.tx(() => {
    const before = mustGet(sql, input.id);
    const changes: Record<string, unknown> = {};
    if (input.name !== undefined) {
      const name = nfc(input.name);
      if (!name) throw new AppError('INVALID_INPUT', 'Tên đơn vị không được để trống.');
      if (name !== before.name) {
        checkNameFree(sql, name, input.id, 'tên');
        changes.name = name;
        changes.name_folded = fold(name);
      }
    }
    if (input.shortName !== undefined && nfcOrNull(input.shortName) !== before.short_name) changes.short_name = nfcOrNull(input.shortName);
    if (input.kind !== undefined && input.kind !== before.kind) changes.kind = checkKind(input.kind);
    if (input.parentId !== undefined && input.parentId !== before.parent_id) {
      checkParent(sql, input.id, input.parentId);
      changes.parent_id = input.parentId;
    }
    if (Object.keys(changes).length === 0) return;
    sql.run(sql.qb.updateTable('organizations').set({ ...changes, updated_at: new Date().toISOString() }).where('id', '=', input.id));
    for (const [field, after] of Object.entries(changes)) {
      if (field === 'name_folded') continue;
      recordAudit(sql, { action: 'update', entity: 'organization', entityId: input.id, field, before: before[field as keyof typeof before], after });
    }
    if (changes.name && input.keepOldName !== false && !aliasesOf(sql, input.id).some((a) => a.alias_folded === before.name_folded)) {
      insertAlias(sql, input.id, before.name);
      recordAudit(sql, { action: 'create', entity: 'organization_alias', entityId: input.id, after: before.name });
    }
  });
}

export function addOrganizationAlias(sql: Sql, organizationId: number, aliasText: string): void {
  const alias = nfc(aliasText);
  if (!alias) throw new AppError('INVALID_INPUT', 'Hãy nhập tên gọi khác.');
  sql.tx(() => {
    const org = mustGet(sql, organizationId);
    if (fold(alias) === org.name_folded || aliasesOf(sql, organizationId).some((a) => a.alias_folded === fold(alias))) {
      throw new AppError('CONFLICT', `Đơn vị "${org.name}" đã có tên gọi "${alias}" (không phân biệt hoa thường, dấu).`);
    }
    checkNameFree(sql, alias, organizationId, 'tên gọi khác');
    insertAlias(sql, organizationId, alias);
    recordAudit(sql, { action: 'create', entity: 'organization_alias', entityId: organizationId, after: alias });
  });
}

export function removeOrganizationAlias(sql: Sql, aliasId: number): void {
  sql.tx(() => {
    const row = sql.first(sql.qb.selectFrom('organization_aliases').selectAll().where('id', '=', aliasId));
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tên gọi khác này (có thể đã được xóa). Hãy tải lại trang Đơn vị.');
    sql.run(sql.qb.deleteFrom('organization_aliases').where('id', '=', aliasId));
    recordAudit(sql, { action: 'delete', entity: 'organization_alias', entityId: row.organization_id, before: row.alias });
  });
}
