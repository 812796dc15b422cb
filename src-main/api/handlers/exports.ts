/** Handlers for methods/exports.ts of the contract. */
import { getFormatSettings, setFormatSettings } from '../../core/exports/format-settings';
import { exportPlan, exportReport, type ExportFile } from '../../core/exports/service';
import type { HandlerMap } from './types';

function wire(files: ExportFile[]) {
  return { files: files.map((f) => ({ fileName: f.fileName, mime: f.mime, base64: f.bytes.toString('base64') })) };
}

export const exportsHandlers = {
  'exports.plan': async (ctx, input) => wire(await exportPlan(ctx.core.sql, input.planId, input.format)),
  'exports.report': async (ctx, input) => wire(await exportReport(ctx.core.sql, input.planId, input.periodId, input.formats ?? ['docx', 'xlsx'])),
  'exports.formatSettings.get': (ctx) => getFormatSettings(ctx.core.sql),
  'exports.formatSettings.set': (ctx, input) => setFormatSettings(ctx.core.sql, input),
} satisfies Partial<HandlerMap>;
