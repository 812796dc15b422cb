/**
 * Save the files an export method returns: each goes through downloadFile (a download
 * in a browser, a Save dialog in Electron). Pure helpers for the export buttons.
 */
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import { downloadFile } from '../../api/files';

export type ExportedFiles = MethodOutput<'exports.plan'>['files'];

export function saveFiles(files: ExportedFiles): string[] {
  for (const f of files) downloadFile(f.fileName, f.mime, f.base64);
  return files.map((f) => f.fileName);
}

type Period = { id: number; kind: string; label: string; endDate: string | null };

/** Periods a report can be drafted for (not "nộp kế hoạch"). */
export function reportablePeriods<P extends Period>(periods: P[]): P[] {
  return periods.filter((p) => p.kind !== 'submission');
}

/** The period most likely wanted: the last one ended by today, else the first one. */
export function defaultPeriodId(periods: Period[], today = new Date().toISOString().slice(0, 10)): number | undefined {
  const usable = reportablePeriods(periods);
  const ended = usable.filter((p) => p.endDate && p.endDate <= today).sort((a, b) => (a.endDate! < b.endDate! ? 1 : -1));
  return (ended[0] ?? usable[0])?.id;
}
