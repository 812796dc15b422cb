/**
 * Body blocks of a plan (heading with its numbering, paragraph, bullet, footnote, căn cứ
 * line), one to one with the printed paragraphs: edit in place, insert, move, delete.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { applyPatch, deleteRecorded, recordCreated, writeNewFields } from '../history/apply';
import { bundleRows } from '../history/bundle';
import { beginChange, changeResult, type ChangeResult } from '../history/change';
import { intColumn, readColumn, textColumn, writeColumns } from '../history/columns';
import { orderField, renumber, reorder, type OrderedKind, type Placement } from '../history/order';
import type { EntitySpec, FieldSpec } from '../history/spec';
import { requirePlan } from './guard';

export const BLOCK_KINDS = ['basis', 'heading', 'paragraph', 'bullet', 'footnote'] as const;
type BlockKind = (typeof BLOCK_KINDS)[number];

function blockPlanId(sql: Sql, id: number): number | null {
  return (readColumn(sql, 'plan_blocks', 'plan_id', id) as number | undefined) ?? null;
}

export const blockOrder: OrderedKind = {
  label: 'Đoạn văn',
  planIdOf: blockPlanId,
  load: (sql, planId) => ({
    groups: [null],
    items: sql
      .all(sql.qb.selectFrom('plan_blocks').select(['id', 'position']).where('plan_id', '=', planId).orderBy('position').orderBy('id'))
      .map((r) => ({ id: r.id, groupId: null, position: r.position })),
  }),
  save: (sql, id, _g, position) => writeColumns(sql, 'plan_blocks', id, { position }),
  checkGroup: () => undefined,
};

const kind: FieldSpec<BlockKind> = {
  label: 'Kiểu đoạn',
  parse: (raw) => {
    if (!(BLOCK_KINDS as readonly unknown[]).includes(raw)) throw new AppError('INVALID_INPUT', 'Kiểu đoạn phải là đề mục, đoạn văn, gạch đầu dòng, chú thích hoặc căn cứ.');
    return raw as BlockKind;
  },
  read: (sql, id) => readColumn(sql, 'plan_blocks', 'kind', id) as BlockKind,
  write: (sql, id, v) => writeColumns(sql, 'plan_blocks', id, { kind: v }),
};

export const blockSpec: EntitySpec = {
  entity: 'plan_block',
  label: 'Đoạn văn',
  exists: (sql, id) => blockPlanId(sql, id) !== null,
  planIdOf: blockPlanId,
  describe: (sql, id) => {
    const b = sql.first(sql.qb.selectFrom('plan_blocks').select(['numbering', 'text']).where('id', '=', id));
    return b ? `${b.numbering ? `${b.numbering} ` : ''}${b.text.slice(0, 80)}` : `#${id}`;
  },
  fields: {
    kind,
    level: intColumn('plan_blocks', 'level', 'Cấp đề mục', 1, 6),
    numbering: textColumn('plan_blocks', 'numbering', 'Số hiệu đề mục'),
    marker: textColumn('plan_blocks', 'marker', 'Dấu đầu dòng'),
    text: textColumn('plan_blocks', 'text', 'Nội dung', { blankAsEmpty: true }),
    order: orderField(blockOrder),
  },
  snapshot: (sql, id) => ({ rows: [bundleRows(sql, 'plan_blocks', 'id', id)], refs: [] }),
  remove: (sql, id) => {
    sql.run(sql.qb.deleteFrom('plan_blocks').where('id', '=', id));
  },
  afterRestore: (sql, bundle) => {
    const row = bundle.rows[0]?.rows[0];
    if (row) renumber(sql, blockOrder, row.plan_id as number, new Set([row.id as number]));
  },
};

export interface NewBlock {
  kind: BlockKind;
  level?: number | null | undefined;
  numbering?: string | null | undefined;
  marker?: string | null | undefined;
  text: string;
}

export function insertBlocks(sql: Sql, planId: number, afterId: number | null, blocks: NewBlock[]): ChangeResult {
  return sql.tx(() => {
    requirePlan(sql, planId);
    const change = beginChange(sql);
    const ids: number[] = [];
    let after = afterId;
    for (const b of blocks) {
      const id = sql.run(sql.qb.insertInto('plan_blocks').values({ plan_id: planId, position: 1_000_000_000, kind: b.kind, level: null, numbering: null, marker: null, text: '' })).id;
      writeNewFields(sql, blockSpec, id, { ...b });
      reorder(sql, blockOrder, planId, [{ id, to: { groupId: null, afterId: after } }]);
      after = id;
      ids.push(id);
    }
    for (const id of ids) recordCreated(change, blockSpec, id);
    return changeResult(change, ids);
  });
}

export function updateBlock(sql: Sql, id: number, patch: Record<string, unknown>): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    applyPatch(change, blockSpec, id, patch);
    return changeResult(change);
  });
}

export function moveBlock(sql: Sql, id: number, afterId: number | null): ChangeResult {
  const to: Placement = { groupId: null, afterId };
  return sql.tx(() => {
    const change = beginChange(sql);
    applyPatch(change, blockSpec, id, { order: to });
    return changeResult(change);
  });
}

export function deleteBlock(sql: Sql, id: number): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const planId = blockPlanId(sql, id);
    deleteRecorded(change, blockSpec, id);
    if (planId !== null) renumber(sql, blockOrder, planId);
    return changeResult(change);
  });
}
