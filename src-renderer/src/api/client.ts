/**
 * The renderer's only way to the core: one typed `invoke`. In Electron it goes through
 * the preload bridge (IPC); in a browser it goes to the loopback web door with the
 * per-launch token. The renderer never sees SQL or Node.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract/methods';
import { fromWire, type ApiResult, type WireResult } from '../../../src-main/api/contract/result';

interface Bridge {
  /** a raw-JSON answer comes as its bytes (contract/result.ts: WireResult) */
  invoke(method: string, input: unknown): Promise<WireResult<unknown>>;
}

declare global {
  interface Window {
    plandesk?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'plandesk.token';

/** Take the token from "#token=..." once, keep it for this tab, and clean the address bar. */
export function captureToken(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
}

async function webInvoke(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'OFFLINE', message: 'Mất kết nối tới PlanDesk. Hãy kiểm tra PlanDesk còn đang chạy rồi tải lại trang.' },
    };
  }
  try {
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `PlanDesk trả lời không hợp lệ (mã ${res.status}).` } };
  }
}

export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = window.plandesk ? fromWire(await window.plandesk.invoke(method, input)) : await webInvoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}
