/** Handlers for methods/workspace.ts of the contract: thin calls into the core services. */
import { createDocument, searchDocuments, updateDocument } from '../../core/documents/service';
import { addLink, removeLink } from '../../core/documents/links';
import { listHistory } from '../../core/history/list';
import { revertAuditEntry, undoChange } from '../../core/history/revert';
import { deleteBlock, insertBlocks, moveBlock, updateBlock } from '../../core/plans/blocks';
import { planCascade } from '../../core/plans/cascade';
import { derivePlan } from '../../core/plans/derive';
import { createPlan, duplicatePlan, setPlanArchived, updatePlan } from '../../core/plans/edit';
import { deleteGroup, insertGroup, moveGroup, updateGroup } from '../../core/plans/group-edit';
import { listPlanSummaries } from '../../core/plans/repository';
import { targetItems, taskItems } from '../../core/plans/rows';
import { batchRows, deleteRows, insertRows, moveRows, updateRow, type AppendixTable } from '../../core/plans/table-edit';
import { taskTable } from '../../core/tasks/table';
import { targetTable } from '../../core/targets/table';
import type { HandlerContext, HandlerMap } from './types';

type RowInsert = { planId: number; groupId: number | null; afterId: number | null; rows: Array<Record<string, unknown>>; resolveOrgs?: boolean | undefined };
type RowBatch = {
  planId: number;
  updates: Array<{ id: number; patch: Record<string, unknown> }>;
  insert?: { groupId: number | null; afterId: number | null; rows: Array<Record<string, unknown>> } | undefined;
  resolveOrgs?: boolean | undefined;
};

function rowHandlers(t: AppendixTable) {
  return {
    insert: (ctx: HandlerContext, i: RowInsert) => insertRows(ctx.core.sql, t, i),
    update: (ctx: HandlerContext, i: { id: number; patch: Record<string, unknown> }) => updateRow(ctx.core.sql, t, i.id, i.patch),
    batch: (ctx: HandlerContext, i: RowBatch) => batchRows(ctx.core.sql, t, i),
    move: (ctx: HandlerContext, i: { ids: number[]; to: { groupId: number | null; afterId: number | null } }) => moveRows(ctx.core.sql, t, i.ids, i.to),
    delete: (ctx: HandlerContext, i: { ids: number[] }) => deleteRows(ctx.core.sql, t, i.ids),
  };
}

const tasks = rowHandlers(taskTable);
const targets = rowHandlers(targetTable);

export const workspaceHandlers = {
  'plans.create': (ctx, i) => createPlan(ctx.core.sql, i),
  'plans.update': (ctx, i) => updatePlan(ctx.core.sql, i.id, i.patch),
  'plans.duplicate': (ctx, i) => duplicatePlan(ctx.core.sql, i.id),
  'plans.archive': (ctx, i) => setPlanArchived(ctx.core.sql, i.id, true),
  'plans.unarchive': (ctx, i) => setPlanArchived(ctx.core.sql, i.id, false),
  'plans.listArchived': (ctx) => listPlanSummaries(ctx.core.sql, true),
  'plans.derive': (ctx, i) => derivePlan(ctx.core.sql, i),
  'plans.cascade': (ctx, i) => planCascade(ctx.core.sql, i.id),
  'documents.search': (ctx, i) => searchDocuments(ctx.core.sql, i.query, i.limit),
  'documents.create': (ctx, i) => createDocument(ctx.core.sql, i),
  'documents.update': (ctx, i) => updateDocument(ctx.core.sql, i.id, i.patch),
  'links.add': (ctx, i) => addLink(ctx.core.sql, i),
  'links.remove': (ctx, i) => removeLink(ctx.core.sql, i.fromDocumentId, i.toDocumentId),
  'blocks.insert': (ctx, i) => insertBlocks(ctx.core.sql, i.planId, i.afterId, i.blocks),
  'blocks.update': (ctx, i) => updateBlock(ctx.core.sql, i.id, i.patch),
  'blocks.move': (ctx, i) => moveBlock(ctx.core.sql, i.id, i.afterId),
  'blocks.delete': (ctx, i) => deleteBlock(ctx.core.sql, i.id),
  'tasks.rows': (ctx, i) => taskItems(ctx.core.sql, i.planId, i.ids),
  'targets.rows': (ctx, i) => targetItems(ctx.core.sql, i.planId, i.ids),
  'tasks.insert': tasks.insert,
  'tasks.update': tasks.update,
  'tasks.batch': tasks.batch,
  'tasks.move': tasks.move,
  'tasks.delete': tasks.delete,
  'targets.insert': targets.insert,
  'targets.update': targets.update,
  'targets.batch': targets.batch,
  'targets.move': targets.move,
  'targets.delete': targets.delete,
  'taskGroups.insert': (ctx, i) => insertGroup(ctx.core.sql, 'tasks', { ...i, parentId: null }),
  'taskGroups.update': (ctx, i) => updateGroup(ctx.core.sql, 'tasks', i.id, i.patch),
  'taskGroups.move': (ctx, i) => moveGroup(ctx.core.sql, 'tasks', i.id, i.to),
  'taskGroups.delete': (ctx, i) => deleteGroup(ctx.core.sql, 'tasks', i.id),
  'targetGroups.insert': (ctx, i) => insertGroup(ctx.core.sql, 'targets', i),
  'targetGroups.update': (ctx, i) => updateGroup(ctx.core.sql, 'targets', i.id, i.patch),
  'targetGroups.move': (ctx, i) => moveGroup(ctx.core.sql, 'targets', i.id, i.to),
  'targetGroups.delete': (ctx, i) => deleteGroup(ctx.core.sql, 'targets', i.id),
  'history.list': (ctx, i) => listHistory(ctx.core.sql, i),
  'history.revert': (ctx, i) => revertAuditEntry(ctx.core.sql, i.entryId),
  'history.undo': (ctx, i) => undoChange(ctx.core.sql, i.changeId),
} satisfies Partial<HandlerMap>;
