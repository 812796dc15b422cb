/** The CLI's periods, progress, template, import and status commands (through the API contract). */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { MethodName, MethodOutput } from '../api/contract/methods';
import type { Core } from '../core/core';
import { AppError } from '../core/errors';
import { resolveItemRef, resolveOrgRef } from '../core/progress/refs';
import { STATUS_LABELS, isStatusCode, type StatusCode } from '../core/progress/status-names';
import { matchStatusWord } from '../core/progress/status-words';
import type { ProgressCommand } from './progress-args';
import { formatImport, formatPeriods, formatProgressTable, formatStatus } from './progress-format';
import { UsageError } from './usage-error';

export type Call = <M extends MethodName>(core: Core, method: M, input: unknown) => Promise<MethodOutput<M>>;

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function statusArg(raw: string, override: boolean): { claim?: StatusCode | 'done'; override?: StatusCode } {
  if (isStatusCode(raw)) return override ? { override: raw } : { claim: raw };
  const m = matchStatusWord(raw);
  if (m.kind === 'exact') {
    if (override && m.claim === 'done') throw new UsageError('Đổi trạng thái thủ công (--reason) cần trạng thái cụ thể: done_on_time hoặc done_late.');
    return override ? { override: m.claim as StatusCode } : { claim: m.claim };
  }
  const hint = m.kind === 'suggestion' ? ` Có phải "${m.label}"?` : '';
  throw new UsageError(`Trạng thái "${raw}" không có trong danh sách.${hint} Dùng một trong: ${Object.keys(STATUS_LABELS).join(', ')}, done.`);
}

/** Files named on the command line; a folder stands for every .xlsx in it. */
function collectFiles(paths: string[]): Array<{ name: string; base64: string }> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    if (!existsSync(abs)) throw new AppError('IO_ERROR', `Không thấy tệp hoặc thư mục ${p}.`);
    if (statSync(abs).isDirectory()) {
      const found = readdirSync(abs).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort();
      if (found.length === 0) throw new AppError('IO_ERROR', `Thư mục ${p} không có tệp .xlsx nào.`);
      files.push(...found.map((f) => join(abs, f)));
    } else files.push(abs);
  }
  return files.map((f) => ({ name: basename(f), base64: readFileSync(f).toString('base64') }));
}

export async function runProgressCommand(core: Core, c: ProgressCommand, call: Call): Promise<number> {
  switch (c.name) {
    case 'periods': {
      if (c.action === 'list') {
        const periods = await call(core, 'periods.list', { planId: c.planId });
        out(c.json ? JSON.stringify(periods) : formatPeriods(periods, []));
      } else if (c.action === 'generate') {
        const r = await call(core, 'periods.generate', { planId: c.planId, kinds: c.kinds, fromYear: c.fromYear, toYear: c.toYear });
        const created = new Set(r.created.map((p) => p.id));
        out(
          c.json
            ? JSON.stringify(r.periods.map((p) => ({ ...p, new: created.has(p.id) })))
            : `Đã tạo ${r.created.length} kỳ báo cáo mới${r.completed ? `, bổ sung ngày cho ${r.completed} kỳ` : ''}.\n${formatPeriods(r.periods, [...created])}`,
        );
      } else if (c.action === 'lock') {
        const p = await call(core, 'periods.lock', { id: c.periodId, note: c.note });
        out(`Đã khóa kỳ "${p.label}".`);
      } else {
        const p = await call(core, 'periods.unlock', { id: c.periodId, reason: c.reason });
        out(`Đã mở khóa kỳ "${p.label}".`);
      }
      return 0;
    }
    case 'progress-set': {
      const s = c.status !== undefined ? statusArg(c.status, c.reason !== undefined) : {};
      if (c.reason !== undefined && !s.override) throw new UsageError('--reason dùng để đổi trạng thái thủ công: hãy ghi kèm --status.');
      const r = await call(core, 'progress.save', {
        periodId: c.periodId,
        taskId: c.task !== undefined ? resolveItemRef(core.sql, c.periodId, 'task', c.task) : null,
        targetId: c.target !== undefined ? resolveItemRef(core.sql, c.periodId, 'target', c.target) : null,
        orgId: c.org !== undefined ? resolveOrgRef(core.sql, c.org) : null,
        claim: s.claim,
        override: s.override ? { status: s.override, reason: c.reason! } : undefined,
        resultText: c.result,
        actualValue: c.actual,
        met: c.met,
        completedDate: c.completed,
        evidenceNumber: c.evidence,
        evidenceDate: c.evidenceDate,
        note: c.note,
        reportedAt: c.reported,
      });
      out(c.json ? JSON.stringify(r) : `${r.created ? 'Đã ghi' : 'Đã cập nhật'} báo cáo tiến độ #${r.id}: ${STATUS_LABELS[r.status]}.${r.explanation ? `\n${r.explanation}` : ''}`);
      return 0;
    }
    case 'export-template': {
      const target = resolve(c.out);
      if (!existsSync(dirname(target))) throw new AppError('IO_ERROR', `Thư mục ${dirname(target)} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.`);
      const mode = c.orgId === undefined && /\.zip$/i.test(target) ? 'zip' : 'combined';
      const f = await call(core, 'progress.templates.export', { planId: c.planId, periodId: c.periodId, orgId: c.orgId, mode });
      writeFileSync(target, Buffer.from(f.base64, 'base64'));
      out(`Đã ghi biểu mẫu (${f.bodies} đơn vị) vào ${target}.`);
      return 0;
    }
    case 'import-progress': {
      const files = collectFiles(c.files);
      if (files.length === 1) {
        // a table in the body's own shape goes through the generic pipeline; PlanDesk's template below
        const f = files[0]!;
        const req = { fileName: f.name, dataBase64: f.base64, planId: c.planId, periodId: c.periodId, orgId: c.org !== undefined ? resolveOrgRef(core.sql, c.org) : null, receivedDate: c.received };
        const r = await call(core, c.dryRun ? 'imports.progress.preview' : 'imports.progress.commit', req);
        if (!r.template) {
          out(c.json ? JSON.stringify({ file: f.name, ...r }) : formatProgressTable(f.name, r, c.dryRun));
          return 0;
        }
      }
      const input = { periodId: c.periodId, files, receivedDate: c.received, acceptSuggestions: c.accept };
      if (c.dryRun) {
        const previews = await call(core, 'progress.import.preview', input);
        out(c.json ? JSON.stringify(previews) : formatImport(previews, true));
        return previews.every((p) => p.fileError) ? 3 : 0;
      }
      const r = await call(core, 'progress.import.commit', input);
      out(c.json ? JSON.stringify(r) : formatImport(r.files, false));
      return r.files.every((p) => p.fileError) ? 3 : 0;
    }
    case 'status': {
      const r = await call(core, 'progress.status', { planId: c.planId, periodId: c.periodId });
      out(c.json ? JSON.stringify(r) : formatStatus(r));
      return 0;
    }
  }
}
