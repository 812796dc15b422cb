/** Handlers for methods/progress.ts of the contract: thin calls into core/periods and core/progress. */
import { createPeriod, deletePeriod, generatePeriods, listPeriods, lockPeriod, unlockPeriod, updatePeriod } from '../../core/periods/service';
import { todayIso } from '../../core/progress/clock';
import { completeness } from '../../core/progress/completeness';
import { dashboard } from '../../core/progress/dashboard';
import { drillRows } from '../../core/progress/drilldown';
import { deleteEntry, describeDerived, saveEntry } from '../../core/progress/entries';
import { progressSheet } from '../../core/progress/sheet';
import { statusReport } from '../../core/progress/status-report';
import { exportTemplates } from '../../core/progress/templates/export';
import { commitTemplateImport, previewTemplateImport, type ImportOptions } from '../../core/progress/templates/import';
import type { HandlerMap } from './types';

function importArgs(input: { periodId: number; files: Array<{ name: string; base64: string }>; receivedDate?: string; acceptSuggestions?: boolean }) {
  const today = todayIso();
  const files = input.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));
  const options: ImportOptions = { periodId: input.periodId, receivedDate: input.receivedDate ?? today, acceptSuggestions: !!input.acceptSuggestions, today };
  return { files, options };
}

export const progressHandlers = {
  'periods.list': (ctx, i) => listPeriods(ctx.core.sql, i.planId),
  'periods.generate': (ctx, i) => generatePeriods(ctx.core.sql, i.planId, { kinds: i.kinds, fromYear: i.fromYear, toYear: i.toYear }, todayIso()),
  'periods.create': (ctx, { planId, kind, ...rest }) => createPeriod(ctx.core.sql, planId, kind, rest),
  'periods.update': (ctx, { id, ...rest }) => updatePeriod(ctx.core.sql, id, rest),
  'periods.delete': (ctx, i) => {
    deletePeriod(ctx.core.sql, i.id);
    return { ok: true as const };
  },
  'periods.lock': (ctx, i) => lockPeriod(ctx.core.sql, i.id, i.note ?? null, todayIso()),
  'periods.unlock': (ctx, i) => unlockPeriod(ctx.core.sql, i.id, i.reason),
  'progress.sheet': (ctx, i) => progressSheet(ctx.core.sql, i.periodId),
  'progress.save': (ctx, i) => {
    const r = saveEntry(ctx.core.sql, i, todayIso());
    return { id: r.id, status: r.status, created: r.created, explanation: i.override ? null : describeDerived(r.derived, i.completedDate ?? null) };
  },
  'progress.delete': (ctx, i) => {
    deleteEntry(ctx.core.sql, i.id, i.reason ?? null);
    return { ok: true as const };
  },
  'progress.completeness': (ctx, i) => completeness(ctx.core.sql, i.periodId),
  'progress.dashboard': (ctx, i) => dashboard(ctx.core.sql, i.planId, i.periodId, i.today ?? todayIso()),
  'progress.rows': (ctx, i) => drillRows(ctx.core.sql, i.periodId, i.filter, i.today ?? todayIso()),
  'progress.status': (ctx, i) => statusReport(ctx.core.sql, i.planId, i.periodId),
  'progress.templates.export': async (ctx, i) => {
    const f = await exportTemplates(ctx.core.sql, i.planId, i.periodId, i.orgId, i.mode ?? 'zip', new Date().toISOString());
    return { fileName: f.fileName, mime: f.mime, base64: Buffer.from(f.bytes).toString('base64'), bodies: f.bodies };
  },
  'progress.import.preview': (ctx, i) => {
    const { files, options } = importArgs(i);
    return previewTemplateImport(ctx.core.sql, files, options);
  },
  'progress.import.commit': (ctx, i) => {
    const { files, options } = importArgs(i);
    return commitTemplateImport(ctx.core, files, options);
  },
} satisfies Partial<HandlerMap>;
