/**
 * The worker thread that reads and parses files, so a large table never blocks the
 * process that serves the window. It receives the bytes and the registry snapshot and
 * answers each request with the packed analysis — already checked against the API
 * contract and serialised to UTF-8 JSON here, so the main thread only passes the bytes
 * on (api/raw-json.ts) — or with an error a person can act on.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { analyzeFile, type AnalyzeOptions } from './analyze';
import { analysisJson, ContractError } from './answer-json';
import { readRegistrySnapshot } from './registry-snapshot';
import { takeUpload, type Base64Upload } from './upload';

interface Request {
  id: number;
  /** null once taken (takeUpload) */
  bytes: Uint8Array | Base64Upload | null;
  name: string;
  /** registryDb: the worker reads the registry and profiles itself (registry-snapshot.ts) */
  options: AnalyzeOptions & { registryDb?: string };
}

/** run-worker.ts turns this code into a clear error: the answer broke the contract */
const CONTRACT_FAILURE = 'CONTRACT';

type Reply = { id: number; ok: true; json: Uint8Array[] } | { id: number; ok: false; code: string; message: string };

/**
 * Analyse, pack, validate and serialise: only the JSON bytes outlive this call. The
 * upload leaves the request as it is decoded (takeUpload), so its base64 text (a third
 * larger than the file) is not kept through the analysis.
 */
async function answer(req: Request): Promise<Reply> {
  const { registryDb, ...options } = req.options;
  const registry = registryDb ? readRegistrySnapshot(registryDb) : {};
  const analysis = await analyzeFile(takeUpload(req), req.name, { ...registry, ...options });
  try {
    return { id: req.id, ok: true, json: analysisJson(analysis) }; // packs row by row
  } catch (e) {
    if (e instanceof ContractError) return { id: req.id, ok: false, code: CONTRACT_FAILURE, message: e.message };
    throw e;
  }
}

/**
 * Parsing yields the CPU to the thread that serves the window: on Linux a thread has its
 * own nice value (setpriority on its id). Elsewhere the thread keeps the process's.
 */
function yieldToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (tid > 0) setPriority(tid, 10);
  } catch {
    // no /proc (Windows, macOS) or not allowed: parse at normal priority
  }
}
yieldToMainThread();

parentPort?.on('message', (req: Request) => {
  answer(req).then(
    (reply) => parentPort!.postMessage(reply, reply.ok ? reply.json.map((c) => c.buffer as ArrayBuffer) : []),
    (e: unknown) =>
      parentPort!.postMessage(
        isAppError(e)
          ? { id: req.id, ok: false, code: e.code, message: e.message }
          : { id: req.id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) },
      ),
  );
});
