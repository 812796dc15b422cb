/**
 * One entry for every door: validate the input with zod, run the handler, check the
 * output, and turn any failure into an envelope with a Vietnamese message. A method
 * listed in RAW_JSON_METHODS may answer with a RawJson (validated and serialised in its
 * worker): it is passed through untouched, and each door hands its bytes on (see
 * raw-json.ts and `wireParts`, `plainResult` below).
 */
import { z } from 'zod';
import { isAppError } from '../core/errors';
import { storageError } from '../core/safety/storage-errors';
import { isMethodName, METHODS, type MethodName } from './contract/methods';
import type { ApiResult } from './contract/result';
import { HANDLERS, type HandlerContext, type HandlerMap } from './handlers';
import { isRawJson, RAW_JSON_METHODS, RawJson } from './raw-json';
import { waitForWorkerWrites } from './write-wait';

z.config(z.locales.vi());

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export async function dispatch(
  ctx: HandlerContext,
  method: string,
  rawInput: unknown,
  handlers: HandlerMap = HANDLERS,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng "${method}" trong PlanDesk.` } };
  }
  const spec = METHODS[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Dữ liệu gửi lên không hợp lệ (${describeIssues(parsed.error)}).` },
    };
  }
  try {
    // an import commit or undo writing on a worker's connection: a method that writes waits (write-wait.ts)
    await waitForWorkerWrites(ctx.core, method);
    const handler = handlers[method] as (c: HandlerContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (isRawJson(value)) {
      if (RAW_JSON_METHODS.has(method)) return { ok: true, value };
      console.error(`[plandesk] ${method} answered with raw JSON but is not a raw-JSON method`);
      return internalError();
    }
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      console.error(`[plandesk] output of ${method} does not match the contract: ${describeIssues(checked.error)}`);
      return internalError();
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    // disk full, read-only folder or database, damaged file: SQLite rolled back; say what to do
    const storage = storageError(e, ctx.core.readOnlyReason);
    if (storage) return { ok: false, error: { code: storage.code, message: storage.message } };
    console.error(`[plandesk] ${method} failed:`, e);
    return internalError();
  }
}

function internalError(): ApiResult<never> {
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: 'Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy báo cho bộ phận hỗ trợ.',
    },
  };
}

/**
 * The envelope as JSON, in parts a door writes one after another: a RawJson value is
 * spliced in as its bytes, never parsed or serialised again on this thread.
 */
export function wireParts(result: ApiResult<unknown>): Array<string | Uint8Array> {
  if (result.ok && isRawJson(result.value)) return ['{"ok":true,"value":', ...result.value.chunks, '}'];
  return [JSON.stringify(result)];
}

/** The envelope with a RawJson value parsed back into the value (CLI, tests). */
export function plainResult(result: ApiResult<unknown>): ApiResult<unknown> {
  return result.ok && result.value instanceof RawJson ? { ok: true, value: result.value.parse() } : result;
}

export type { MethodName };
