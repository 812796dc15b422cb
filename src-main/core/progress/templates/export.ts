/**
 * Export collection templates for a plan and period: one body's workbook, one workbook with
 * a sheet each, or a .zip holding one workbook per body (fflate) to mail out separately.
 */
import { zipSync } from 'fflate';
import type { Sql } from '../../db/exec';
import { AppError } from '../../errors';
import { fold } from '../../vn/text';
import { templateContent, type TemplateContent } from './content';
import { writeTemplate } from './write';

export type TemplateMode = 'combined' | 'zip';

export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  bodies: number;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function baseName(c: TemplateContent): string {
  return `bieu-mau-tien-do_${slug(c.period.label)}`;
}

export async function exportTemplates(sql: Sql, planId: number, periodId: number, orgId: number | undefined, mode: TemplateMode, now: string): Promise<ExportedFile> {
  const content = templateContent(sql, planId, periodId, orgId);
  if (content.bodies.length === 0) {
    throw new AppError('NOT_FOUND', `Kế hoạch chưa giao nhiệm vụ, chỉ tiêu nào cho phòng hay đơn vị nào trong kỳ "${content.period.label}", nên chưa có biểu mẫu để gửi.`);
  }
  if (orgId !== undefined || mode === 'combined') {
    const one = content.bodies.length === 1 ? content.bodies[0]! : null;
    return {
      fileName: `${baseName(content)}_${one ? slug(one.shortName ?? one.name) : 'tat-ca-don-vi'}.xlsx`,
      mime: XLSX,
      bytes: await writeTemplate(content, now),
      bodies: content.bodies.length,
    };
  }
  const entries: Record<string, Uint8Array> = {};
  for (const body of content.bodies) {
    const name = `${baseName(content)}_${slug(body.shortName ?? body.name)}.xlsx`;
    entries[name] = await writeTemplate({ ...content, bodies: [body] }, now);
  }
  return { fileName: `${baseName(content)}.zip`, mime: 'application/zip', bytes: zipSync(entries, { level: 6 }), bodies: content.bodies.length };
}
