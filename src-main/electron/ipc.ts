/**
 * The IPC door: one channel, `plandesk:invoke`. The sender must be the app's own
 * main frame; the method name and input are validated by dispatch (zod). A raw-JSON
 * answer (api/raw-json.ts) goes over as its bytes; the renderer's client parses them.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../api/dispatch';
import type { HandlerContext } from '../api/handlers';
import type { WireResult } from '../api/contract/result';
import { isRawJson } from '../api/raw-json';
import { isAppUrl } from './security';

export const INVOKE_CHANNEL = 'plandesk:invoke';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export async function handleInvoke(
  ctx: HandlerContext,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  method: unknown,
  input: unknown,
): Promise<WireResult<unknown>> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ PlanDesk; đã bị từ chối.' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Tên chức năng không hợp lệ.' } };
  }
  const result = await dispatch(ctx, method, input);
  return result.ok && isRawJson(result.value) ? { ok: true, json: [...result.value.chunks] } : result;
}

export function registerIpc(ctx: HandlerContext): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(ctx, event, method, input));
}
