/** Methods: Report drafts and plans to Word/Excel; the format settings they use. */
import { z } from 'zod';
import { formatSettingsSchema } from '../format-settings';

const id = z.number().int().positive();
const format = z.enum(['docx', 'xlsx']);

/** Files travel as base64: the renderer saves them (download, or a Save dialog in Electron). */
const exportedFiles = z.object({
  files: z.array(z.object({ fileName: z.string().min(1), mime: z.string().min(1), base64: z.string() })),
});

const stage = z.enum(['read', 'docx', 'xlsx', 'write']);

/** What exports.start runs: the same inputs as exports.plan and exports.report. */
const exportJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), planId: id, format }).strict(),
  z.object({ kind: z.literal('report'), planId: id, periodId: id, formats: z.array(format).min(1).max(2).optional() }).strict(),
]);

export const exportsMethods = {
  /** Start an export in the background; poll exports.job for its progress and files. */
  'exports.start': {
    input: z.object({ job: exportJob }).strict(),
    output: z.object({ jobId: z.string().min(1) }),
  },
  /**
   * A started export: its stage (đọc dữ liệu → dựng văn bản Word → dựng phụ lục Excel)
   * and percent while it runs, then its files (once). A failed export answers with its error.
   */
  'exports.job': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: z.discriminatedUnion('state', [
      z.object({ state: z.literal('running'), stage, percent: z.number().min(0).max(100).nullable() }),
      exportedFiles.extend({ state: z.literal('done') }),
    ]),
  },
  'exports.plan': {
    input: z.object({ planId: id, format }).strict(),
    output: exportedFiles,
  },
  'exports.report': {
    input: z.object({ planId: id, periodId: id, formats: z.array(format).min(1).max(2).optional() }).strict(),
    output: exportedFiles,
  },
  'exports.formatSettings.get': {
    input: z.object({}).strict(),
    output: formatSettingsSchema,
  },
  'exports.formatSettings.set': {
    input: formatSettingsSchema,
    output: formatSettingsSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
