/**
 * Căn cứ links between documents (this plan rests on / implements that document).
 * A link that would close a loop (A rests on B which rests on A) is refused: the
 * cascade must stay a hierarchy.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { deleteRecorded, recordCreated } from '../history/apply';
import { bundleRows } from '../history/bundle';
import { beginChange, changeResult, type ChangeResult } from '../history/change';
import type { EntitySpec } from '../history/spec';
import { documentPlanId, documentSpec } from './spec';

function linkRow(sql: Sql, id: number) {
  return sql.first(sql.qb.selectFrom('document_links').selectAll().where('id', '=', id));
}

export const linkSpec: EntitySpec = {
  entity: 'document_link',
  label: 'Liên kết căn cứ',
  exists: (sql, id) => linkRow(sql, id) !== undefined,
  planIdOf: (sql, id) => {
    const l = linkRow(sql, id);
    return l ? documentPlanId(sql, l.from_document_id) : null;
  },
  describe: (sql, id) => {
    const l = linkRow(sql, id);
    return l ? `${documentSpec.describe(sql, l.from_document_id)} → ${documentSpec.describe(sql, l.to_document_id)}` : `#${id}`;
  },
  fields: {},
  snapshot: (sql, id) => ({ rows: [bundleRows(sql, 'document_links', 'id', id)], refs: [] }),
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('document_links').where('id', '=', id));
  },
};

/** Whether `from` can already be reached from `start` by following links upward. */
function reaches(sql: Sql, start: number, target: number): boolean {
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === target) return true;
    for (const r of sql.all(sql.qb.selectFrom('document_links').select('to_document_id').where('from_document_id', '=', cur))) {
      if (!seen.has(r.to_document_id)) {
        seen.add(r.to_document_id);
        queue.push(r.to_document_id);
      }
    }
  }
  return false;
}

export interface NewLink {
  fromDocumentId: number;
  toDocumentId: number;
  kind: 'basis' | 'implements';
  note?: string | null | undefined;
}

export function addLink(sql: Sql, l: NewLink): ChangeResult {
  return sql.tx(() => {
    for (const id of [l.fromDocumentId, l.toDocumentId]) {
      if (!documentSpec.exists(sql, id)) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản cần liên kết. Hãy tải lại trang.');
    }
    if (l.fromDocumentId === l.toDocumentId) throw new AppError('INVALID_INPUT', 'Một văn bản không thể là căn cứ của chính nó.');
    const existing = sql.first(
      sql.qb.selectFrom('document_links').select('id').where('from_document_id', '=', l.fromDocumentId).where('to_document_id', '=', l.toDocumentId),
    );
    if (existing) throw new AppError('CONFLICT', 'Văn bản này đã có trong danh sách căn cứ.');
    if (reaches(sql, l.toDocumentId, l.fromDocumentId)) {
      throw new AppError(
        'CONFLICT',
        `Không thêm được: "${documentSpec.describe(sql, l.toDocumentId).slice(0, 80)}" đã căn cứ (trực tiếp hoặc gián tiếp) vào văn bản này; liên kết sẽ tạo thành vòng lặp.`,
      );
    }
    const change = beginChange(sql);
    const position =
      (sql.first(sql.qb.selectFrom('document_links').select((eb) => eb.fn.max('position').as('m')).where('from_document_id', '=', l.fromDocumentId))?.m ?? -1) + 1;
    const id = sql.run(
      sql.qb.insertInto('document_links').values({
        from_document_id: l.fromDocumentId,
        to_document_id: l.toDocumentId,
        kind: l.kind,
        note: l.note?.normalize('NFC').trim() || null,
        position,
      }),
    ).id;
    recordCreated(change, linkSpec, id);
    return changeResult(change, [id]);
  });
}

export function removeLink(sql: Sql, fromDocumentId: number, toDocumentId: number): ChangeResult {
  return sql.tx(() => {
    const row = sql.first(
      sql.qb.selectFrom('document_links').select('id').where('from_document_id', '=', fromDocumentId).where('to_document_id', '=', toDocumentId),
    );
    if (!row) throw new AppError('NOT_FOUND', 'Liên kết này không còn. Hãy tải lại trang.');
    const change = beginChange(sql);
    deleteRecorded(change, linkSpec, row.id);
    return changeResult(change);
  });
}
