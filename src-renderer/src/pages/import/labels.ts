/** Vietnamese labels of the import bridge: table kinds, fields, diff statuses. */
import type { ImportField } from '../../../../src-main/api/contract/imports-schemas';

export type Kind = 'tasks' | 'targets' | 'progress';

export const KIND_LABEL: Record<Kind, string> = { tasks: 'Nhiệm vụ', targets: 'Chỉ tiêu', progress: 'Tiến độ' };

export const FIELD_LABEL: Record<ImportField, string> = {
  code: 'TT',
  title: 'Tên nhiệm vụ',
  name: 'Chỉ tiêu',
  lead: 'Cơ quan chủ trì',
  coordinating: 'Cơ quan phối hợp',
  output: 'Kết quả (sản phẩm)',
  deadline: 'Thời gian hoàn thành',
  departments: 'Phòng phụ trách',
  budget: 'Kinh phí',
  funding: 'Nguồn kinh phí',
  unit: 'Đơn vị tính',
  target: 'Kết quả (giá trị chỉ tiêu)',
  status: 'Tình trạng',
  result: 'Kết quả thực hiện',
  actual: 'Số liệu đạt được',
  completedDate: 'Ngày hoàn thành',
  evidence: 'Văn bản minh chứng',
  reporter: 'Đơn vị báo cáo',
  note: 'Ghi chú',
};

export const FIELDS_OF_KIND: Record<Kind, ImportField[]> = {
  tasks: ['code', 'title', 'lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding'],
  targets: ['code', 'name', 'unit', 'target', 'departments'],
  progress: ['code', 'title', 'status', 'result', 'actual', 'completedDate', 'evidence', 'reporter', 'note'],
};

export const ORG_FIELDS: ImportField[] = ['lead', 'coordinating', 'departments', 'reporter'];

export const DIFF_LABEL = { new: 'Mới', changed: 'Thay đổi', unchanged: 'Không đổi', missing: 'Thiếu trong tệp' } as const;
export const DIFF_COLOR = { new: 'green', changed: 'orange', unchanged: 'default', missing: 'purple' } as const;

export const DIFF_FIELD_LABEL: Record<string, string> = { ...FIELD_LABEL, group: 'Nhóm', merged: 'Ô gộp với dòng trên', horizon: 'Mốc năm' };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
