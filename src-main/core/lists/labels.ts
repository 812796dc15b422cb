/** Vietnamese names of what the lists show (shared with the UI through the contract). */
import { STATUS_LABELS } from '../progress/status-names';
import type { ProgressStatus } from './view-state';

/** The government's task-tracking categories (see the domain guide): the progress names, plus the two for tasks whose product is a document to submit. */
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  ...STATUS_LABELS,
  submitted: 'Đã trình',
  not_submitted: 'Chưa trình',
};

export const SORT_LABELS: Record<string, string> = {
  plan: 'theo kế hoạch và thứ tự trong văn bản',
  title: 'theo tên nhiệm vụ',
  name: 'theo tên chỉ tiêu',
  deadline: 'theo thời hạn',
  horizon: 'theo mốc năm',
  status: 'theo tình trạng',
};
