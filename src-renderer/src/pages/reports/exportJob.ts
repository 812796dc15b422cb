/**
 * Run an export as a job the core does in its worker thread: exports.start, then poll
 * exports.job for the stage and percent until the files are ready. The same two calls
 * over IPC (Electron) and over the web door, so the window stays responsive and the
 * officer sees real progress on a large plan.
 */
import type { MethodInput, MethodOutput } from '../../../../src-main/api/contract/methods';
import { invoke } from '../../api/client';
import type { ExportedFiles } from './exportFiles';

export type ExportJob = MethodInput<'exports.start'>['job'];
type Running = Extract<MethodOutput<'exports.job'>, { state: 'running' }>;
export type ExportStage = Running['stage'];
export interface ExportProgressState {
  stage: ExportStage;
  percent: number | null;
}

export const STAGE_LABELS: Record<ExportStage, string> = {
  read: 'Đọc dữ liệu',
  docx: 'Dựng văn bản Word',
  xlsx: 'Dựng phụ lục Excel',
  write: 'Ghi tệp',
};

/** The stages a job goes through, in order, for the files it makes. */
export function stagesOf(job: ExportJob): ExportStage[] {
  const formats = job.kind === 'plan' ? [job.format] : (job.formats ?? ['docx', 'xlsx']);
  return ['read', ...(['docx', 'xlsx'] as const).filter((f) => formats.includes(f)), 'write'];
}

/** One bar for the whole job: each stage a share, read and write small ones. */
export function overallPercent(stages: ExportStage[], p: ExportProgressState): number {
  const weight = (s: ExportStage) => (s === 'read' || s === 'write' ? 1 : 9);
  const total = stages.reduce((n, s) => n + weight(s), 0);
  const i = stages.indexOf(p.stage);
  const before = stages.slice(0, Math.max(i, 0)).reduce((n, s) => n + weight(s), 0);
  const within = p.percent === null ? 0 : p.percent / 100;
  return Math.min(100, Math.round((100 * (before + within * weight(p.stage))) / total));
}

const POLL_MS = 150;

export async function runExportJob(job: ExportJob, onProgress: (p: ExportProgressState) => void): Promise<ExportedFiles> {
  onProgress({ stage: 'read', percent: null });
  const { jobId } = await invoke('exports.start', { job });
  for (;;) {
    const s = await invoke('exports.job', { jobId });
    if (s.state === 'done') return s.files;
    onProgress({ stage: s.stage, percent: s.percent });
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
