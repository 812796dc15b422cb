/** Methods: derive a plan, the cascade around a plan, history and undo. */
import { z } from 'zod';
import { changeResult, id } from './shared';

const cascadeRef = z.object({ id: z.number().int(), planId: z.number().int(), planLabel: z.string(), code: z.string(), title: z.string() });
const cascadeRow = z.object({ id: z.number().int(), parent: cascadeRef.nullable(), children: z.array(cascadeRef) });

export const historyItem = z.object({
  id: z.number().int(),
  changeId: z.number().int().nullable(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityLabel: z.string(),
  entityId: z.number().int().nullable(),
  recordLabel: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  beforeText: z.string().nullable(),
  afterText: z.string().nullable(),
  revertOf: z.number().int().nullable(),
  revertedBy: z.number().int().nullable(),
  revertible: z.boolean(),
});

export const historyMethods = {
  'plans.derive': {
    input: z
      .object({
        sourcePlanId: id,
        summary: z.string().min(1).max(5_000),
        periodText: z.string().max(200).nullable().optional(),
        taskIds: z.array(id).max(10_000),
        targetIds: z.array(id).max(10_000),
        departments: z
          .array(
            z
              .object({
                taskId: id,
                orgIds: z.array(id).max(50).optional(),
                departments: z.array(z.object({ orgId: id, partNote: z.string().max(500).nullable() }).strict()).max(50).optional(),
              })
              .strict(),
          )
          .max(10_000)
          .optional(),
      })
      .strict(),
    output: changeResult,
  },
  'plans.cascade': {
    input: z.object({ id }).strict(),
    output: z.object({ tasks: z.array(cascadeRow), targets: z.array(cascadeRow) }),
  },
  'history.list': {
    input: z
      .object({
        planId: id.optional(),
        entity: z.enum(['task', 'target', 'task_group', 'target_group', 'plan_block', 'document', 'plan', 'document_link']).optional(),
        entityId: id.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        beforeId: id.optional(),
      })
      .strict(),
    output: z.array(historyItem),
  },
  'history.revert': { input: z.object({ entryId: id }).strict(), output: changeResult },
  'history.undo': { input: z.object({ changeId: id }).strict(), output: changeResult },
} as const;
