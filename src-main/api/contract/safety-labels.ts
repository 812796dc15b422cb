/** Vietnamese words for data safety, shared by the UI and the CLI. */

export const BACKUP_REASON_LABELS: Record<string, string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu thủ công',
  import: 'Trước khi nhập dữ liệu',
  restore: 'Trước khi khôi phục',
  'package-import': 'Trước khi nhập gói kế hoạch',
  reset: 'Trước khi nạp lại dữ liệu mặc định',
  migration: 'Trước khi nâng cấp dữ liệu',
  damaged: 'Bản dữ liệu hỏng (giữ nguyên trạng)',
  external: 'Chép từ nơi khác (USB, máy khác)',
};

export const SUMMARY_LABELS = {
  plans: 'Kế hoạch',
  tasks: 'Nhiệm vụ',
  targets: 'Chỉ tiêu',
  progressEntries: 'Kết quả thực hiện',
  documents: 'Văn bản',
  organizations: 'Đơn vị',
} as const;

export type SummaryKey = keyof typeof SUMMARY_LABELS;

/** "12,5 MB" style sizes (Vietnamese decimal comma). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0).replace('.', ',')} ${units[i]}`;
}

/** An ISO instant as local "dd/mm/yyyy HH:mm" (the machine's time zone, as the officer reads a clock). */
export function formatVnDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "5 kế hoạch, 121 nhiệm vụ, 10 kết quả thực hiện" */
export function formatSummary(s: Record<SummaryKey, number> | null | undefined): string {
  if (!s) return 'không rõ nội dung';
  return `${s.plans} kế hoạch, ${s.tasks} nhiệm vụ, ${s.targets} chỉ tiêu, ${s.progressEntries} kết quả thực hiện`;
}
