/**
 * The collection template's layout (pure): its sheets' columns, which are locked and which
 * the department fills in. Returned files are matched by header text (folded), never by
 * position, so added or moved columns do not matter.
 */
export type FieldName =
  | 'key'
  | 'code'
  | 'title'
  | 'deadline'
  | 'output'
  | 'unit'
  | 'target'
  | 'status'
  | 'result'
  | 'completed'
  | 'actual'
  | 'met'
  | 'evidenceNumber'
  | 'evidenceDate'
  | 'note';

export interface Column {
  field: FieldName;
  header: string;
  /** other headers accepted when reading a returned file */
  aliases?: string[];
  width: number;
  editable: boolean;
  kind?: 'date' | 'number' | 'status' | 'met';
  hidden?: boolean;
}

const key: Column = { field: 'key', header: 'Mã dòng (không sửa)', width: 16, editable: false, hidden: true };
const code: Column = { field: 'code', header: 'TT', aliases: ['Mã', 'STT', 'Số TT'], width: 7, editable: false };
const status: Column = { field: 'status', header: 'Trạng thái', aliases: ['Tình trạng', 'Tiến độ'], width: 20, editable: true, kind: 'status' };
const evidenceNumber: Column = { field: 'evidenceNumber', header: 'Số, ký hiệu văn bản minh chứng', aliases: ['Văn bản minh chứng', 'Số văn bản'], width: 17, editable: true };
const evidenceDate: Column = { field: 'evidenceDate', header: 'Ngày văn bản (dd/mm/yyyy)', aliases: ['Ngày văn bản', 'Ngày ban hành văn bản'], width: 13, editable: true, kind: 'date' };
const note: Column = { field: 'note', header: 'Khó khăn, vướng mắc, kiến nghị', aliases: ['Ghi chú', 'Kiến nghị'], width: 24, editable: true };

export const TASK_COLUMNS: Column[] = [
  key,
  code,
  { field: 'title', header: 'Tên nhiệm vụ', aliases: ['Nhiệm vụ', 'Nội dung nhiệm vụ'], width: 46, editable: false },
  { field: 'deadline', header: 'Thời gian hoàn thành', aliases: ['Thời hạn'], width: 13, editable: false },
  { field: 'output', header: 'Kết quả (sản phẩm) dự kiến', aliases: ['Sản phẩm', 'Sản phẩm dự kiến'], width: 20, editable: false },
  status,
  { field: 'result', header: 'Kết quả thực hiện', aliases: ['Kết quả', 'Kết quả đạt được'], width: 34, editable: true },
  { field: 'completed', header: 'Ngày hoàn thành (dd/mm/yyyy)', aliases: ['Ngày hoàn thành'], width: 13, editable: true, kind: 'date' },
  evidenceNumber,
  evidenceDate,
  note,
];

export const TARGET_COLUMNS: Column[] = [
  key,
  code,
  { field: 'title', header: 'Chỉ tiêu', aliases: ['Tên chỉ tiêu'], width: 44, editable: false },
  { field: 'unit', header: 'Đơn vị tính', aliases: ['Đơn vị'], width: 11, editable: false },
  { field: 'target', header: 'Chỉ tiêu kế hoạch', aliases: ['Mục tiêu', 'Chỉ tiêu năm'], width: 16, editable: false },
  { field: 'actual', header: 'Giá trị thực hiện', aliases: ['Thực hiện', 'Số liệu thực hiện'], width: 12, editable: true, kind: 'number' },
  { field: 'met', header: 'Đánh giá (Đạt / Không đạt)', aliases: ['Đánh giá', 'Đạt/Không đạt'], width: 13, editable: true, kind: 'met' },
  { ...status, header: 'Trạng thái (nếu có)' , aliases: ['Trạng thái', 'Tình trạng'] },
  { field: 'result', header: 'Thuyết minh kết quả', aliases: ['Kết quả thực hiện', 'Kết quả'], width: 28, editable: true },
  evidenceNumber,
  evidenceDate,
  note,
];

export const META_SHEET = '_PlanDesk';
export const META_FORMAT = 'plandesk-progress-template';
export const MET_WORDS = ['Đạt', 'Không đạt'];
/** First data row of a data sheet (rows 1–3 title, row 4 header). */
export const HEADER_ROW = 4;
