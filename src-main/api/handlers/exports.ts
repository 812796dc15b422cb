/** Handlers for methods/exports.ts of the contract. */
import { getFormatSettings, setFormatSettings } from '../../core/exports/format-settings';
import { exportJobState, startExportJob } from '../../core/exports/run/jobs';
import { exportPlan, exportReport, type ExportFile } from '../../core/exports/service';
import type { HandlerMap } from './types';

function wire(files: ExportFile[]) {
  return { files: files.map((f) => ({ fileName: f.fileName, mime: f.mime, base64: f.bytes.toString('base64') })) };
}

export const exportsHandlers = {
  'exports.start': (ctx, { job }) => ({
    jobId: startExportJob((onProgress) =>
      job.kind === 'plan'
        ? exportPlan(ctx.core.sql, job.planId, job.format, { onProgress })
        : exportReport(ctx.core.sql, job.planId, job.periodId, job.formats ?? ['docx', 'xlsx'], { onProgress }),
    ),
  }),
  'exports.job': (_ctx, { jobId }) => {
    const s = exportJobState(jobId);
    if (s.state === 'failed') throw s.error;
    if (s.state === 'done') return { state: 'done' as const, ...wire(s.files) };
    return { state: 'running' as const, stage: s.progress.stage, percent: s.progress.percent };
  },
  'exports.plan': async (ctx, input) => wire(await exportPlan(ctx.core.sql, input.planId, input.format)),
  'exports.report': async (ctx, input) => wire(await exportReport(ctx.core.sql, input.planId, input.periodId, input.formats ?? ['docx', 'xlsx'])),
  'exports.formatSettings.get': (ctx) => getFormatSettings(ctx.core.sql),
  'exports.formatSettings.set': (ctx, input) => setFormatSettings(ctx.core.sql, input),
} satisfies Partial<HandlerMap>;
