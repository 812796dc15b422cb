/** Methods: the appendix grids — tasks, targets and their groups; one call = one transaction. */
import { z } from 'zod';
import { planDetail } from '../../schemas';
import { changeResult, departments, id, orgIds, placement, text } from './shared';

export const taskPatch = z
  .object({
    code: z.string().max(50),
    tt: z.string().max(50),
    title: text,
    leadText: text,
    lead: orgIds,
    coordinatingText: text,
    coordinating: orgIds,
    output: text,
    deadlineText: text,
    departmentsText: text,
    departments,
    budgetText: text,
    fundingSource: text,
    note: text,
    mergedUp: z.array(z.string().max(20)).max(10),
  })
  .partial()
  .strict();

export const targetPatch = z
  .object({
    code: z.string().max(50),
    tt: z.string().max(50),
    name: text,
    unit: text,
    targetText: text,
    horizonYear: z.number().int().min(1900).max(2200).nullable(),
    departmentsText: text,
    departments,
    note: text,
  })
  .partial()
  .strict();

const MAX_ROWS = 10_000;

function rowMethods<P extends z.ZodType>(patch: P) {
  const insert = z.object({ groupId: id.nullable(), afterId: id.nullable(), rows: z.array(patch).min(1).max(MAX_ROWS) }).strict();
  return {
    insert: { input: insert.extend({ planId: id, resolveOrgs: z.boolean().optional() }).strict(), output: changeResult },
    update: { input: z.object({ id, patch }).strict(), output: changeResult },
    batch: {
      input: z
        .object({ planId: id, updates: z.array(z.object({ id, patch }).strict()).max(MAX_ROWS), insert: insert.optional(), resolveOrgs: z.boolean().optional() })
        .strict(),
      output: changeResult,
    },
    move: { input: z.object({ ids: z.array(id).min(1).max(MAX_ROWS), to: placement }).strict(), output: changeResult },
    delete: { input: z.object({ ids: z.array(id).min(1).max(MAX_ROWS) }).strict(), output: changeResult },
  };
}

const groupPatch = z.object({ code: z.string().max(50), tt: z.string().max(50), title: text, horizonYear: z.number().int().min(1900).max(2200).nullable() }).partial().strict();

function groupMethods() {
  return {
    insert: {
      input: z
        .object({ planId: id, parentId: id.nullable(), afterId: id.nullable(), code: z.string().max(50).optional(), title: z.string().max(2_000).optional() })
        .strict(),
      output: changeResult,
    },
    update: { input: z.object({ id, patch: groupPatch }).strict(), output: changeResult },
    move: { input: z.object({ id, to: placement }).strict(), output: changeResult },
    delete: { input: z.object({ id }).strict(), output: changeResult },
  };
}

/** The rows with these ids, as plans.get gives them: the one-row refresh after a cell edit. */
function rowsMethod<R extends z.ZodType>(row: R) {
  return { input: z.object({ planId: id, ids: z.array(id).min(1).max(MAX_ROWS) }).strict(), output: z.array(row) };
}

const tasks = rowMethods(taskPatch);
const targets = rowMethods(targetPatch);
const taskGroups = groupMethods();
const targetGroups = groupMethods();

export const gridMethods = {
  'tasks.rows': rowsMethod(planDetail.shape.tasks.element),
  'targets.rows': rowsMethod(planDetail.shape.targets.element),
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
  'taskGroups.insert': taskGroups.insert,
  'taskGroups.update': taskGroups.update,
  'taskGroups.move': taskGroups.move,
  'taskGroups.delete': taskGroups.delete,
  'targetGroups.insert': targetGroups.insert,
  'targetGroups.update': targetGroups.update,
  'targetGroups.move': targetGroups.move,
  'targetGroups.delete': targetGroups.delete,
} as const;
