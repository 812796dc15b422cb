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
  /** whether the range is the decree's (else PlanDesk's sensible bounds around the decree's value) */
  decree: boolean;
  unit: 'mm' | 'cm' | 'pt' | '×';
}

export const FORMAT_RANGES = {
  marginTopMm: { min: 20, max: 25, step: 1, default: 25, label: 'Lề trên', decree: true, unit: 'mm' },
  marginBottomMm: { min: 20, max: 25, step: 1, default: 20, label: 'Lề dưới', decree: true, unit: 'mm' },
  marginLeftMm: { min: 30, max: 35, step: 1, default: 35, label: 'Lề trái', decree: true, unit: 'mm' },
  marginRightMm: { min: 15, max: 20, step: 1, default: 20, label: 'Lề phải', decree: true, unit: 'mm' },
  headerDistanceMm: { min: 5, max: 15, step: 1, default: 10, label: 'Số trang cách mép trên', decree: false, unit: 'mm' },
  bodySizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Cỡ chữ nội dung', decree: true, unit: 'pt' },
  firstLineIndentCm: { min: 1, max: 1.27, step: 0.27, default: 1.27, label: 'Lùi đầu dòng', decree: true, unit: 'cm' },
  spacingBeforePt: { min: 6, max: 12, step: 1, default: 6, label: 'Cách đoạn trên', decree: true, unit: 'pt' },
  spacingAfterPt: { min: 0, max: 12, step: 1, default: 0, label: 'Cách đoạn dưới', decree: false, unit: 'pt' },
  lineSpacing: { min: 1, max: 1.5, step: 0.1, default: 1, label: 'Giãn dòng', decree: true, unit: '×' },
  agencySizePt: { min: 12, max: 13, step: 1, default: 12, label: 'Tên cơ quan (chủ quản, ban hành)', decree: true, unit: 'pt' },
  nationalTitleSizePt: { min: 12, max: 13, step: 1, default: 12, label: 'Quốc hiệu (Tiêu ngữ lớn hơn 1 cỡ)', decree: true, unit: 'pt' },
  placeDateSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Địa danh, ngày tháng', decree: true, unit: 'pt' },
  titleSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Tên loại, trích yếu, tên phụ lục', decree: true, unit: 'pt' },
  signatureSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Chức vụ, họ tên người ký', decree: true, unit: 'pt' },
  pageNumberSizePt: { min: 13, max: 14, step: 1, default: 14, label: 'Số trang', decree: true, unit: 'pt' },
  appendixMarginTopMm: { min: 15, max: 25, step: 1, default: 20, label: 'Phụ lục (khổ ngang): lề trên', decree: false, unit: 'mm' },
  appendixMarginBottomMm: { min: 10, max: 25, step: 1, default: 15, label: 'Phụ lục: lề dưới', decree: false, unit: 'mm' },
  appendixMarginLeftMm: { min: 20, max: 35, step: 1, default: 30, label: 'Phụ lục: lề trái', decree: false, unit: 'mm' },
  appendixMarginRightMm: { min: 10, max: 20, step: 1, default: 15, label: 'Phụ lục: lề phải', decree: false, unit: 'mm' },
  tableSizePt: { min: 10, max: 14, step: 1, default: 12, label: 'Cỡ chữ trong bảng', decree: false, unit: 'pt' },
} as const satisfies Record<string, Range>;

export type FormatKey = keyof typeof FORMAT_RANGES;
export type FormatSettings = { [K in FormatKey]: number };

function field(r: Range) {
  return z
    .number()
    .min(r.min, `${r.label}: nhỏ nhất ${String(r.min).replace('.', ',')} ${r.unit}${r.decree ? ' theo Nghị định 30' : ''}.`)
    .max(r.max, `${r.label}: lớn nhất ${String(r.max).replace('.', ',')} ${r.unit}${r.decree ? ' theo Nghị định 30' : ''}.`);
}

export const formatSettingsSchema = z
  .object(
    Object.fromEntries(Object.entries(FORMAT_RANGES).map(([k, r]) => [k, field(r)])) as { [K in FormatKey]: z.ZodNumber },
  )
  .strict();

export const DEFAULT_FORMAT: FormatSettings = Object.fromEntries(
  Object.entries(FORMAT_RANGES).map(([k, r]) => [k, r.default]),
) as FormatSettings;
