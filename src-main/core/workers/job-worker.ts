/**
 * One worker thread kept warm between jobs, one job at a time, each with a time limit: the
 * shape the import analysis and the export writer share. A job that times out, or a worker
 * that fails or exits, ends the worker (a new one starts for the next job) and rejects the
 * job with the error the caller chose; replies of other jobs are ignored by id.
 * The built app ships each worker as out/main/<name>.js; from sources (web door, CLI,
 * tests) the TypeScript worker beside the caller is loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface JobWorkerSpec {
  /** file name of the built worker in out/main, e.g. 'import-worker.js' */
  bundled: string;
  /** folder of the caller's run-worker.ts and worker.ts (its __dirname) */
  dir: string;
  resourceLimits: ResourceLimits;
  timeoutMs: number;
  timeoutError(): Error;
  /** the worker failed ('error' event), e.g. ERR_WORKER_OUT_OF_MEMORY */
  workerError(e: Error & { code?: string }): Error;
  /** the worker exited while a job was under way */
  exitError(code: number): Error;
}

/** What a job does with one reply of its own: settle the job, or leave it waiting (progress). */
export type ReplyHandler<R, T> = (reply: R, settle: { resolve(v: T): void; reject(e: Error): void }) => void;

export interface JobWorker {
  run<R extends { id: number }, T>(post: (w: Worker, id: number) => void, onReply: ReplyHandler<R, T>): Promise<T>;
  stop(): void;
  /** whether a worker thread is started (it holds its heap until stopped) */
  readonly started: boolean;
}

function startWorker(spec: JobWorkerSpec): Worker {
  const bundled = join(spec.dir, spec.bundled);
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits: spec.resourceLimits });
  const source = join(spec.dir, 'worker.ts');
  const tsx = createRequire(join(spec.dir, 'run-worker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits: spec.resourceLimits });
}

export function jobWorker(spec: JobWorkerSpec): JobWorker {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  const stop = (): void => {
    const w = worker;
    worker = null;
    if (w) void w.terminate();
  };

  function runOne<R extends { id: number }, T>(post: (w: Worker, id: number) => void, onReply: ReplyHandler<R, T>): Promise<T> {
    if (!worker) {
      worker = startWorker(spec);
      worker.unref();
    }
    const w = worker;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const fail = (e: Error) => {
        cleanup();
        stop();
        reject(e);
      };
      const timer = setTimeout(() => fail(spec.timeoutError()), spec.timeoutMs);
      const settle = {
        resolve: (v: T) => (cleanup(), resolve(v)),
        reject: (e: Error) => (cleanup(), reject(e)),
      };
      const onMessage = (reply: R) => {
        if (reply.id === id) onReply(reply, settle);
      };
      const onError = (e: Error & { code?: string }) => fail(spec.workerError(e));
      const onExit = (code: number) => fail(spec.exitError(code));
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      post(w, id);
    });
  }

  return {
    run(post, onReply) {
      const run = queue.then(() => runOne(post, onReply));
      queue = run.catch(() => undefined);
      return run;
    },
    stop,
    get started() {
      return worker !== null;
    },
  };
}
