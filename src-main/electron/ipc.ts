/**
 * The IPC door: one channel, `plandesk:invoke`. The sender must be the app's own
 * main frame; the method name and input are validated by dispatch (zod).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../api/dispatch';
import type { HandlerContext } from '../api/handlers';
import type { ApiResult } from '../api/contract/result';
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
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ PlanDesk; đã bị từ chối.' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Tên chức năng không hợp lệ.' } };
  }
  return dispatch(ctx, method, input);
}

export function registerIpc(ctx: HandlerContext): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(ctx, event, method, input));
}
