/**
 * Export jobs a door can poll: start one (it runs while the caller keeps serving other
 * requests), then ask for its state until the files are ready. Works the same over IPC,
 * the web door and the CLI because it is two plain request/response methods.
 * Jobs live in memory: a finished job is kept until it is collected or for ten minutes.
 */
import { AppError } from '../../errors';
import type { ExportFile } from '../service';
import type { ExportProgress, ProgressSink } from './job';

export type JobState =
  | { state: 'running'; progress: ExportProgress }
  | { state: 'done'; files: ExportFile[] }
  | { state: 'failed'; error: unknown };

interface Job {
  state: JobState;
  finishedAt: number | null;
}

const KEEP_MS = 10 * 60_000;
const jobs = new Map<string, Job>();
let counter = 0;

function sweep(now: number): void {
  for (const [id, j] of jobs) if (j.finishedAt !== null && now - j.finishedAt > KEEP_MS) jobs.delete(id);
}

/** Start `run` (the read stage runs now, synchronously, before this returns). */
export function startExportJob(run: (sink: ProgressSink) => Promise<ExportFile[]>): string {
  sweep(Date.now());
  const id = `export-${Date.now().toString(36)}-${++counter}`;
  const job: Job = { state: { state: 'running', progress: { stage: 'read', percent: null } }, finishedAt: null };
  jobs.set(id, job);
  const sink: ProgressSink = (progress) => {
    if (job.state.state === 'running') job.state = { state: 'running', progress };
  };
  let started: Promise<ExportFile[]>;
  try {
    started = run(sink);
  } catch (e) {
    started = Promise.reject(e);
  }
  started.then(
    (files) => {
      job.state = { state: 'done', files };
      job.finishedAt = Date.now();
    },
    (error: unknown) => {
      job.state = { state: 'failed', error };
      job.finishedAt = Date.now();
    },
  );
  return id;
}

/** The job's state; a finished job (files or error) is handed out once and forgotten. */
export function exportJobState(id: string): JobState {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy việc xuất tệp này (có thể đã xong từ trước hoặc PlanDesk vừa khởi động lại). Hãy bấm xuất lại.');
  if (job.state.state !== 'running') jobs.delete(id);
  return job.state;
}
