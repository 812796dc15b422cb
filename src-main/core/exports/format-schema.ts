/**
 * The administrative format (Nghị định 30/2020/NĐ-CP, Phụ lục I) as settings: each value
 * with the range the decree allows and, as default, the value of the government's own
 * Word template. Pure (zod only): the renderer shares it through the API contract.
 * Sizes the decree fixes (number line 13, "Nơi nhận:" 12, recipients 11, "Phụ lục" 14)
 * are constants in docx/, not settings.
 */
import { z } from 'zod';

interface Range {
  min: number;
  max: number;
  step: number;
  default: number;
  label: string;
  unit: 'mm' | 'cm' | 'pt' | '×';
}

export const FORMAT_RANGES = {
  marginTopMm: { min: 20, max: 25, step: 1, default: 25, label: 'Lề trên', unit: 'mm' },
  marginBottomMm: { min: 20, max: 25, step: 1, default: 20, label: 'Lề dưới', unit: 'mm' },
  marginLeftMm: { min: 30, max: 35, step: 1, default: 35, label: 'Lề trái', unit: 'mm' },
  marginRightMm: { min: 15, max: 20, step: 1, default: 20, label: 'Lề phải', unit: 'mm' },
  headerDistanceMm: { min: 5, max: 15, step: 1, default: 10, label: 'Số trang cách mép trên', unit: 'mm' },
  bodySizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Cỡ chữ nội dung', unit: 'pt' },
  firstLineIndentCm: { min: 1, max: 1.27, step: 0.27, default: 1.27, label: 'Lùi đầu dòng', unit: 'cm' },
  spacingBeforePt: { min: 6, max: 12, step: 1, default: 6, label: 'Cách đoạn trên', unit: 'pt' },
  spacingAfterPt: { min: 0, max: 12, step: 1, default: 0, label: 'Cách đoạn dưới', unit: 'pt' },
  lineSpacing: { min: 1, max: 1.5, step: 0.05, default: 1, label: 'Giãn dòng', unit: '×' },
  agencySizePt: { min: 12, max: 13, step: 1, default: 12, label: 'Tên cơ quan (chủ quản, ban hành)', unit: 'pt' },
  nationalTitleSizePt: { min: 12, max: 13, step: 1, default: 12, label: 'Quốc hiệu (Tiêu ngữ lớn hơn 1 cỡ)', unit: 'pt' },
  placeDateSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Địa danh, ngày tháng', unit: 'pt' },
  titleSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Tên loại, trích yếu, tên phụ lục', unit: 'pt' },
  signatureSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Chức vụ, họ tên người ký', unit: 'pt' },
  pageNumberSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Số trang', unit: 'pt' },
  appendixMarginTopMm: { min: 15, max: 25, step: 1, default: 20, label: 'Phụ lục (khổ ngang): lề trên', unit: 'mm' },
  appendixMarginBottomMm: { min: 10, max: 25, step: 1, default: 15, label: 'Phụ lục: lề dưới', unit: 'mm' },
  appendixMarginLeftMm: { min: 20, max: 35, step: 1, default: 30, label: 'Phụ lục: lề trái', unit: 'mm' },
  appendixMarginRightMm: { min: 10, max: 20, step: 1, default: 15, label: 'Phụ lục: lề phải', unit: 'mm' },
  tableSizePt: { min: 10, max: 14, step: 0.5, default: 12, label: 'Cỡ chữ trong bảng', unit: 'pt' },
} as const satisfies Record<string, Range>;

export type FormatKey = keyof typeof FORMAT_RANGES;
export type FormatSettings = { [K in FormatKey]: number };

function field(r: Range) {
  return z
    .number()
    .min(r.min, `${r.label}: nhỏ nhất ${String(r.min).replace('.', ',')} ${r.unit} theo Nghị định 30.`)
    .max(r.max, `${r.label}: lớn nhất ${String(r.max).replace('.', ',')} ${r.unit} theo Nghị định 30.`);
}

export const formatSettingsSchema = z
  .object(
    Object.fromEntries(Object.entries(FORMAT_RANGES).map(([k, r]) => [k, field(r)])) as { [K in FormatKey]: z.ZodNumber },
  )
  .strict();

export const DEFAULT_FORMAT: FormatSettings = Object.fromEntries(
  Object.entries(FORMAT_RANGES).map(([k, r]) => [k, r.default]),
) as FormatSettings;
