/** Methods: Report drafts and plans to Word/Excel; the format settings they use. */
import { z } from 'zod';
import { formatSettingsSchema } from '../format-settings';

const id = z.number().int().positive();
const format = z.enum(['docx', 'xlsx']);

/** Files travel as base64: the renderer saves them (download, or a Save dialog in Electron). */
const exportedFiles = z.object({
  files: z.array(z.object({ fileName: z.string().min(1), mime: z.string().min(1), base64: z.string() })),
});

export const exportsMethods = {
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
