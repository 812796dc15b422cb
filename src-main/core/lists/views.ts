/** Saved views of the Nhiệm vụ and Chỉ tiêu lists: a name and the filters, sort, grouping. */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { AppError } from '../errors';
import { compareVi, fold, nfc } from '../vn/text';
import { listViewStateSchema, type ListPage, type ListViewState } from './view-state';

export interface SavedView {
  id: number;
  page: ListPage;
  name: string;
  state: ListViewState;
  updatedAt: string;
}

function readState(json: string): ListViewState {
  try {
    const parsed = listViewStateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a view PlanDesk cannot read shows the whole list instead of failing
  }
  return listViewStateSchema.parse({});
}

export function listSavedViews(sql: Sql, page: ListPage): SavedView[] {
  return sql
    .all(sql.qb.selectFrom('saved_views').select(['id', 'page', 'name', 'state_json', 'updated_at']).where('page', '=', page))
    .map((r) => ({ id: r.id, page: r.page, name: r.name, state: readState(r.state_json), updatedAt: r.updated_at }))
    .sort((a, b) => compareVi(a.name, b.name));
}

function checkName(sql: Sql, page: ListPage, name: string, exceptId: number | null): void {
  const clash = sql.first(
    sql.qb
      .selectFrom('saved_views')
      .select(['id', 'name'])
      .where('page', '=', page)
      .where('name_folded', '=', fold(name))
      .where('id', '!=', exceptId ?? -1),
  );
  if (clash) {
    throw new AppError('CONFLICT', `Đã có bộ lọc tên "${clash.name}". Hãy đặt tên khác, hoặc chọn bộ lọc đó rồi bấm Lưu để ghi đè.`);
  }
}

/** Create a view, or overwrite one (by id) with a new name and/or state. */
export function saveView(sql: Sql, input: { id?: number; page: ListPage; name: string; state: ListViewState }): SavedView {
  const name = nfc(input.name);
  if (!name) throw new AppError('INVALID_INPUT', 'Hãy đặt tên cho bộ lọc.');
  const state = listViewStateSchema.parse(input.state);
  const state_json = JSON.stringify(state);
  return sql.tx(() => {
    checkName(sql, input.page, name, input.id ?? null);
    let id = input.id;
    if (id !== undefined) {
      const before = sql.first(sql.qb.selectFrom('saved_views').selectAll().where('id', '=', id).where('page', '=', input.page));
      if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ lọc này (có thể đã bị xóa). Hãy lưu thành bộ lọc mới.');
      sql.run(
        sql.qb
          .updateTable('saved_views')
          .set({ name, name_folded: fold(name), state_json, updated_at: new Date().toISOString() })
          .where('id', '=', id),
      );
      recordAudit(sql, { action: 'update', entity: 'saved_view', entityId: id, before: { name: before.name, state: JSON.parse(before.state_json) }, after: { name, state } });
    } else {
      id = sql.run(sql.qb.insertInto('saved_views').values({ page: input.page, name, name_folded: fold(name), state_json })).id;
      recordAudit(sql, { action: 'create', entity: 'saved_view', entityId: id, after: { page: input.page, name, state } });
    }
    return listSavedViews(sql, input.page).find((v) => v.id === id)!;
  });
}

export function deleteView(sql: Sql, id: number): void {
  sql.tx(() => {
    const before = sql.first(sql.qb.selectFrom('saved_views').selectAll().where('id', '=', id));
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy bộ lọc này (có thể đã bị xóa).');
    sql.run(sql.qb.deleteFrom('saved_views').where('id', '=', id));
    recordAudit(sql, { action: 'delete', entity: 'saved_view', entityId: id, before: { page: before.page, name: before.name, state: JSON.parse(before.state_json) } });
  });
}
