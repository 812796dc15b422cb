/**
 * What a Nhiệm vụ / Chỉ tiêu list shows: filters, sort, grouping. Pure zod, shared with the
 * API contract (re-exported there) and used to check saved views read back from the database.
 */
import { z } from 'zod';

export const LIST_PAGES = ['tasks', 'targets'] as const;
export type ListPage = (typeof LIST_PAGES)[number];

/** Progress statuses (progress_entries.status); a row with no entry is not_started. */
export const PROGRESS_STATUSES = [
  'done_on_time',
  'done_late',
  'in_progress',
  'overdue',
  'not_started',
  'dropped',
  'submitted',
  'not_submitted',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const TASK_SORT_KEYS = ['plan', 'title', 'deadline', 'status'] as const;
export const TARGET_SORT_KEYS = ['plan', 'name', 'horizon', 'status'] as const;
export const GROUP_BY = ['none', 'plan', 'department'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng yyyy-mm-dd');

export const listFilterSchema = z
  .object({
    planIds: z.array(id).max(500).default([]),
    /** tasks: the lead body (cơ quan chủ trì) is one of these */
    leadOrgIds: z.array(id).max(500).default([]),
    /** the department (phòng) answering for it is one of these */
    departmentIds: z.array(id).max(500).default([]),
    /** tasks: the deadline interval overlaps [from, to]; targets: the horizon year lies within their years */
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    statuses: z.array(z.enum(PROGRESS_STATUSES)).max(PROGRESS_STATUSES.length).default([]),
    /** words to find (same folding and matching as search) */
    text: z.string().max(200).default(''),
  })
  .strict();
export type ListFilter = z.output<typeof listFilterSchema>;

export const listViewStateSchema = z
  .object({
    filter: listFilterSchema.default(() => listFilterSchema.parse({})),
    sort: z
      .object({ key: z.enum([...TASK_SORT_KEYS, ...TARGET_SORT_KEYS]), dir: z.enum(['asc', 'desc']) })
      .strict()
      .default({ key: 'plan', dir: 'asc' }),
    groupBy: z.enum(GROUP_BY).default('none'),
  })
  .strict();
export type ListViewState = z.output<typeof listViewStateSchema>;
export type ListSort = ListViewState['sort'];
