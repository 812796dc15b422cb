/** List view state and labels, shared by the core (saved views, queries) and the UI (pure zod). */
export {
  GROUP_BY,
  LIST_PAGES,
  PROGRESS_STATUSES,
  TARGET_SORT_KEYS,
  TASK_SORT_KEYS,
  listFilterSchema,
  listViewStateSchema,
  type GroupBy,
  type ListFilter,
  type ListSort,
  type ListPage,
  type ListViewState,
  type ProgressStatus,
} from '../../core/lists/view-state';
export { PROGRESS_STATUS_LABELS, SORT_LABELS } from '../../core/lists/labels';
export { ORGANIZATION_KINDS } from '../../core/organizations/kinds';
