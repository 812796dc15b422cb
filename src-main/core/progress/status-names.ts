/**
 * Progress status codes (the API's) and their Vietnamese names (the UI's and the
 * templates'). Pure: the renderer shares this file through the API contract.
 */
export const STATUS_CODES = ['done_on_time', 'done_late', 'in_progress', 'overdue', 'not_started', 'dropped'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** The government's four-way split plus "chưa triển khai" and "không thực hiện / điều chỉnh". */
export const STATUS_LABELS: Record<StatusCode, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Chưa hoàn thành (trong hạn)',
  overdue: 'Chưa hoàn thành, quá hạn',
  not_started: 'Chưa triển khai',
  dropped: 'Không thực hiện / điều chỉnh',
};

/** Chart and tag colours: green done, amber late, blue working, red overdue, grey not started. */
export const STATUS_COLORS: Record<StatusCode, string> = {
  done_on_time: '#2e7d32',
  done_late: '#f59e0b',
  in_progress: '#1f6fb5',
  overdue: '#c62828',
  not_started: '#9ca3af',
  dropped: '#6b4fa0',
};

/** What a reporter may claim: a status, or plain "done" (PlanDesk decides on time or late). */
export type Claim = StatusCode | 'done';

export const CLAIM_LABELS: Record<Claim, string> = { ...STATUS_LABELS, done: 'Hoàn thành' };

export function isStatusCode(v: string): v is StatusCode {
  return (STATUS_CODES as readonly string[]).includes(v);
}

export function emptyStatusCounts(): Record<StatusCode, number> {
  return { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, not_started: 0, dropped: 0 };
}
