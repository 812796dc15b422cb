/**
 * The seed format: what `seeds/*.json` files hold. Validated with zod when the
 * embedded default database is built, so a broken seed names its file and field.
 *
 * Codes, org keys and document keys are the glue between files:
 * - an organisation is referred to by its `key` (lower-case slug);
 * - a document by its `key`; links between documents and task/target parents use keys;
 * - tasks and targets are ordered as listed; groups are listed flat, in order.
 * Values (deadlines, targets, money) are kept as printed; the loader parses them.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'không được để trống');
const optText = z.string().trim().min(1).nullable().default(null);
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'khóa chỉ gồm chữ thường không dấu, số và dấu gạch ngang');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải theo dạng yyyy-mm-dd');

export const ORGANIZATION_KINDS = [
  'party', // cơ quan Đảng (Thành ủy, Ban Thường vụ, Bộ Chính trị)
  'central', // cơ quan trung ương (Quốc hội, Chính phủ, Thủ tướng)
  'ministry', // Bộ
  'city', // UBND / HĐND thành phố
  'city_agency', // Sở, ban, ngành thành phố, Công an thành phố
  'so', // Sở Giáo dục và Đào tạo
  'department', // phòng chuyên môn thuộc Sở
  'commune', // xã, phường, đặc khu (và quận, huyện trước 2025)
  'school', // trường mầm non, phổ thông
  'university', // cơ sở giáo dục đại học
  'centre', // trung tâm GDNN-GDTX, trung tâm khác
  'enterprise', // doanh nghiệp
  'collective', // a group written as one body: "Các Sở, ban, ngành liên quan"
  'other',
] as const;

export const DOCUMENT_KINDS = [
  'nghi_quyet',
  'quyet_dinh',
  'chi_thi',
  'chuong_trinh',
  'de_an',
  'ke_hoach',
  'huong_dan',
  'cong_van',
  'ket_luan',
  'bao_cao',
  'thong_bao',
  'luat',
  'nghi_dinh',
  'thong_tu',
  'other',
] as const;

export const BLOCK_KINDS = ['basis', 'heading', 'paragraph', 'bullet', 'footnote'] as const;
export const MERGEABLE_TASK_FIELDS = [
  'lead',
  'coordinating',
  'output',
  'deadline',
  'departments',
  'budget',
  'funding',
] as const;
export const PERIOD_KINDS = ['quarter', 'half', 'year', 'review', 'final', 'adhoc', 'submission'] as const;

export const organizationSeed = z.strictObject({
  key,
  name: text,
  shortName: optText,
  kind: z.enum(ORGANIZATION_KINDS),
  parent: key.nullable().default(null),
  aliases: z.array(text).default([]),
});

export const documentLinkSeed = z.strictObject({
  kind: z.enum(['basis', 'implements']),
  target: key,
  note: optText,
});

export const blockSeed = z.strictObject({
  kind: z.enum(BLOCK_KINDS),
  /** heading level: 1 = "I.", 2 = "1.", 3 = "1.1." or "a)", 4 = deeper */
  level: z.number().int().min(1).max(4).nullable().default(null),
  /** numbering as printed, without the text: "I.", "1.", "1.1.", "a)", "2.1." */
  numbering: optText,
  /** bullet marker as printed: "-" or "+"; footnote marker: "1" */
  marker: optText,
  text,
});

const departmentRef = z.strictObject({
  org: key,
  /** the part of the task this department answers for, as printed */
  part: optText,
});

export const taskGroupSeed = z.strictObject({
  code: text,
  title: text,
});

export const taskSeed = z.strictObject({
  group: text,
  /** TT as printed in the table ("1", "15") */
  tt: text,
  /** qualified code unique in the task table; defaults to `${group}.${tt}` */
  code: text.optional(),
  title: text,
  leadText: optText,
  lead: z.array(key).default([]),
  coordinatingText: optText,
  coordinating: z.array(key).default([]),
  output: optText,
  deadlineText: optText,
  departmentsText: optText,
  departments: z.array(departmentRef).default([]),
  budgetText: optText,
  fundingSource: optText,
  /** cells printed as one cell merged with the row above (vertical merge) */
  mergedWithPrevious: z.array(z.enum(MERGEABLE_TASK_FIELDS)).default([]),
  /** the task of a higher plan this one copies */
  parent: z.strictObject({ document: key, table: z.literal('tasks'), code: text }).nullable().default(null),
  note: optText,
});

export const targetGroupSeed = z.strictObject({
  code: text,
  /** TT as printed; defaults to the code */
  tt: text.optional(),
  title: text,
  parent: text.nullable().default(null),
  horizonYear: z.number().int().min(1990).max(2100).nullable().default(null),
});

export const targetSeed = z.strictObject({
  group: text,
  /** qualified code unique in the target table: "1.1", "4.7.1", "6", "II.2" */
  code: text,
  /** TT as printed; defaults to the code */
  tt: text.optional(),
  name: text,
  unit: optText,
  targetText: optText,
  /** defaults to the group's horizon year */
  horizonYear: z.number().int().min(1990).max(2100).nullable().optional(),
  departmentsText: optText,
  departments: z.array(departmentRef).default([]),
  /** code of the target this one details ("4.7" for "4.7.1") */
  parentTarget: text.nullable().default(null),
  parent: z.strictObject({ document: key, table: z.literal('targets'), code: text }).nullable().default(null),
  note: optText,
});

export const reportingPeriodSeed = z.strictObject({
  kind: z.enum(PERIOD_KINDS),
  label: text,
  year: z.number().int().min(1990).max(2100).nullable().default(null),
  /** data cut-off window */
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
  dueDate: isoDate.nullable().default(null),
  /** as printed: "trước ngày 10/12 hằng năm" */
  dueText: optText,
  /** who reports, as printed */
  reporters: optText,
});

export const appendixSeed = z.strictObject({
  table: z.enum(['tasks', 'targets', 'other']),
  /** "DANH MỤC CÁC MỤC TIÊU, CHỈ TIÊU" */
  title: text,
  /** "(Kèm theo Đề án ...)" as printed */
  subtitle: optText,
});

export const planSeed = z.strictObject({
  periodText: optText,
  periodStartYear: z.number().int().min(1990).max(2100).nullable().default(null),
  periodEndYear: z.number().int().min(1990).max(2100).nullable().default(null),
  body: z.array(blockSeed).default([]),
  appendices: z.array(appendixSeed).default([]),
  taskGroups: z.array(taskGroupSeed).default([]),
  tasks: z.array(taskSeed).default([]),
  targetGroups: z.array(targetGroupSeed).default([]),
  targets: z.array(targetSeed).default([]),
  reportingPeriods: z.array(reportingPeriodSeed).default([]),
});

export const documentSeed = z.strictObject({
  key,
  kind: z.enum(DOCUMENT_KINDS),
  /** "1042/QĐ-UBND", "02-CTr/TU"; null for an unnumbered draft */
  numberSymbol: optText,
  issuer: z.strictObject({
    /** parent agency as printed in the header: "UBND THÀNH PHỐ HẢI PHÒNG" */
    parent: optText,
    /** issuing agency as printed: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" */
    agency: text,
    org: key.nullable().default(null),
  }),
  place: optText,
  date: isoDate.nullable().default(null),
  summary: text,
  signer: z
    .strictObject({
      /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; null when signing in own name */
      authority: optText,
      position: text,
      name: optText,
    })
    .nullable()
    .default(null),
  recipients: z.array(text).default([]),
  status: z.enum(['draft', 'issued']),
  links: z.array(documentLinkSeed).default([]),
  plan: planSeed.nullable().default(null),
  /** notes on the transcription: what was restored, what was unreadable */
  sourceNote: optText,
});

export const seedFileSchema = z.strictObject({
  format: z.literal('plandesk-seed'),
  version: z.literal(1),
  description: optText,
  organizations: z.array(organizationSeed).default([]),
  documents: z.array(documentSeed).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedOrganization = z.infer<typeof organizationSeed>;
export type SeedDocument = z.infer<typeof documentSeed>;
export type SeedPlan = z.infer<typeof planSeed>;
export type SeedTask = z.infer<typeof taskSeed>;
export type SeedTarget = z.infer<typeof targetSeed>;
