/** The "Hướng dẫn" sheet of a collection template: what to fill in and how, in Vietnamese. */
import type ExcelJS from 'exceljs';
import { formatVnDate } from '../../vn/format';
import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../status-names';
import type { TemplateContent } from './content';

const MEANING: Record<StatusCode, string> = {
  done_on_time: 'đã xong, trước hoặc đúng thời hạn (ghi ngày hoàn thành)',
  done_late: 'đã xong nhưng sau thời hạn (ghi ngày hoàn thành)',
  in_progress: 'đang làm, chưa đến thời hạn',
  overdue: 'chưa xong mà đã quá thời hạn',
  not_started: 'chưa bắt đầu',
  dropped: 'không thực hiện hoặc đã điều chỉnh theo quyết định (ghi số, ngày văn bản quyết định)',
};

export function writeInstructions(ws: ExcelJS.Worksheet, c: TemplateContent, sheets: string[]): void {
  ws.columns = [{ width: 4 }, { width: 120 }];
  const bodies = c.bodies.map((b) => b.name).join('; ');
  const lines: Array<[string, 'title' | 'head' | 'text']> = [
    ['HƯỚNG DẪN ĐIỀN BIỂU MẪU CẬP NHẬT TIẾN ĐỘ', 'title'],
    [`Kế hoạch: ${c.plan.numberSymbol ? `${c.plan.numberSymbol} — ` : ''}${c.plan.title}`, 'text'],
    [`Kỳ báo cáo: ${c.period.label}${c.period.startDate && c.period.endDate ? `; số liệu tính từ ngày ${formatVnDate(c.period.startDate)} đến ngày ${formatVnDate(c.period.endDate)}` : ''}`, 'text'],
    [`Hạn gửi về Sở: ${c.period.dueDate ? formatVnDate(c.period.dueDate) : 'theo văn bản yêu cầu'}${c.period.dueText ? ` (${c.period.dueText})` : ''}`, 'text'],
    [`Đơn vị báo cáo: ${bodies}`, 'text'],
    [`Các trang cần điền: ${sheets.join(', ')}`, 'text'],
    ['Cách điền', 'head'],
    ['1. Chỉ điền vào các ô nền vàng. Các cột tên nhiệm vụ, chỉ tiêu, thời hạn đã khóa để giữ đúng nội dung kế hoạch.', 'text'],
    ['2. Cột "Trạng thái": chọn một trong các trạng thái sau trong danh sách thả xuống:', 'text'],
    ...STATUS_CODES.map((s): [string, 'text'] => [`     • ${STATUS_LABELS[s]}: ${MEANING[s]};`, 'text']),
    ['   PlanDesk tự đối chiếu ngày hoàn thành với thời hạn để xác định đúng hạn hay quá hạn.', 'text'],
    ['3. Ngày ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 10/04/2026.', 'text'],
    ['4. Chỉ tiêu: ghi giá trị thực hiện bằng số (dùng dấu phẩy cho phần thập phân, ví dụ 86,5); chỉ tiêu định tính chọn "Đạt" hoặc "Không đạt".', 'text'],
    ['5. Minh chứng: ghi số, ký hiệu và ngày của văn bản chứng minh kết quả (ví dụ 125/KH-SGDĐT, 10/04/2026).', 'text'],
    ['6. Không xóa cột "Mã dòng" ẩn và không đổi tên các trang. Có thể sắp xếp lại các dòng hoặc thêm cột ghi chú riêng; PlanDesk vẫn nhận đúng.', 'text'],
    ['7. Mỗi nhiệm vụ, chỉ tiêu chỉ báo cáo một dòng. Lưu tệp dạng Excel (.xlsx) và gửi lại theo đúng hạn.', 'text'],
  ];
  lines.forEach(([text, style], i) => {
    const cell = ws.getCell(i + 1, 2);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = { name: 'Times New Roman', size: style === 'title' ? 14 : 12, bold: style !== 'text' };
  });
  ws.getRow(1).height = 24;
}
