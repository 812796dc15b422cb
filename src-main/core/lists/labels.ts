/** Vietnamese names of what the lists show (shared with the UI through the contract). */
import type { ProgressStatus } from './view-state';

/** The government's task-tracking categories (see the domain guide). */
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Chưa hoàn thành (trong hạn)',
  overdue: 'Chưa hoàn thành, quá hạn',
  not_started: 'Chưa triển khai',
  dropped: 'Không thực hiện / điều chỉnh',
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
