/** The envelope every door returns: never an exception across a door. */
export interface ApiError {
  code: string;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The Electron IPC answer of a method whose value is ready JSON (validated and
 * serialised in a worker, see api/raw-json.ts): its UTF-8 bytes, parsed by the
 * renderer's client (chunks: a character may span two), so the main process never parses or serialises them.
 */
export interface RawJsonOk {
  ok: true;
  json: Uint8Array[];
}

export type WireResult<T> = ApiResult<T> | RawJsonOk;

/** The typed envelope back from a wire answer (the renderer's client). */
export function fromWire<T>(result: WireResult<T>): ApiResult<T> {
  if (!('json' in result)) return result;
  const decoder = new TextDecoder();
  const text = result.json.map((c, i) => decoder.decode(c, { stream: i < result.json.length - 1 })).join('');
  return { ok: true, value: JSON.parse(text) as T };
}
