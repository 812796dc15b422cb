/**
 * A handler's answer that is already JSON, checked against the method's output schema
 * elsewhere (a worker thread), so the main process neither validates nor serialises it
 * again: a 50,000-row analysis is ~50 MB of JSON, and checking and re-serialising it on
 * the main thread froze the window for seconds. The bytes are UTF-8, in chunks; each door passes them
 * on untouched (web: the response body; Electron: the IPC answer, decoded by the
 * renderer's client; CLI: parsed). Only methods listed in RAW_JSON_METHODS may answer
 * with it (dispatch refuses it elsewhere), and only `fromValidatedWorker` builds one.
 */
import type { MethodName } from './contract/methods';

export class RawJson {
  private constructor(
    /** the value's JSON text, UTF-8, in chunks (never joined: joining would copy ~70 MB) */
    readonly chunks: readonly Uint8Array[],
  ) {}

  /** JSON produced by a worker from a value that passed the method's output schema there. */
  static fromValidatedWorker(chunks: readonly Uint8Array[]): RawJson {
    return new RawJson(chunks);
  }

  /** The value itself (CLI, tests): parsing here is fine where no window waits. */
  parse(): unknown {
    return JSON.parse(Buffer.concat(this.chunks).toString('utf8'));
  }
}

export function isRawJson(v: unknown): v is RawJson {
  return v instanceof RawJson;
}

/** The methods whose handlers may answer with RawJson (their worker validates). */
export type RawJsonMethod = Extract<MethodName, 'imports.analyze'>;
export const RAW_JSON_METHODS: ReadonlySet<string> = new Set<RawJsonMethod>(['imports.analyze']);
