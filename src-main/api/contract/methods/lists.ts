/** Methods: the Nhiệm vụ and Chỉ tiêu lists (groups, windows of rows, picker options, Excel export). */
import { z } from 'zod';
import { LIST_PAGES, listViewStateSchema } from '../list-view';

const text = z.string().nullable();
const orgLink = z.object({ id: z.number().int(), name: z.string(), shortName: text });
const window = {
  state: listViewStateSchema,
  /** the group key from lists.groups (0 when not grouped) */
  group: z.number().int().min(0),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
};
const rowBase = {
  id: z.number().int(),
  planId: z.number().int(),
  planNumber: text,
  planSummary: z.string(),
  code: z.string(),
  tt: z.string(),
  departmentsText: text,
  departments: z.array(orgLink.extend({ partNote: text })),
  status: z.string(),
};

export const listsMethods = {
  'lists.groups': {
    input: z.object({ page: z.enum(LIST_PAGES), state: listViewStateSchema }).strict(),
    output: z.object({
      total: z.number().int(),
      groups: z.array(z.object({ key: z.number().int(), label: z.string(), count: z.number().int() })),
    }),
  },
  'lists.taskRows': {
    input: z.object(window).strict(),
    output: z.array(
      z.object({
        ...rowBase,
        title: z.string(),
        leadText: text,
        leads: z.array(orgLink),
        coordinatingText: text,
        output: text,
        deadlineText: text,
        deadlineStart: text,
        deadlineEnd: text,
        deadlineKind: z.string(),
        budgetText: text,
        budgetDong: z.number().nullable(),
        fundingSource: text,
      }),
    ),
  },
  'lists.targetRows': {
    input: z.object(window).strict(),
    output: z.array(
      z.object({
        ...rowBase,
        name: z.string(),
        unit: text,
        targetText: text,
        comparator: text,
        targetValue: z.number().nullable(),
        horizonYear: z.number().int().nullable(),
        groupTitle: text,
      }),
    ),
  },
  'lists.options': {
    input: z.object({}).strict(),
    output: z.object({
      plans: z.array(z.object({ id: z.number().int(), number: text, summary: z.string() })),
      leadOrgs: z.array(orgLink),
      departments: z.array(orgLink),
    }),
  },
  'lists.export': {
    input: z.object({ page: z.enum(LIST_PAGES), state: listViewStateSchema }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), rows: z.number().int() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
