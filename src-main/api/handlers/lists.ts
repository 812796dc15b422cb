/** Handlers for methods/lists.ts: the Nhiệm vụ and Chỉ tiêu lists. */
import { exportListXlsx } from '../../core/lists/export-xlsx';
import { listGroups, listOptions, listTargetWindow, listTaskWindow } from '../../core/lists/service';
import type { HandlerMap } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const listsHandlers = {
  'lists.groups': (ctx, input) => listGroups(ctx.core.sql, input.page, input.state),
  'lists.taskRows': (ctx, input) => listTaskWindow(ctx.core.sql, input.state, input.group, input.offset, input.limit),
  'lists.targetRows': (ctx, input) => listTargetWindow(ctx.core.sql, input.state, input.group, input.offset, input.limit),
  'lists.options': (ctx) => listOptions(ctx.core.sql),
  'lists.export': async (ctx, input) => {
    const r = await exportListXlsx(ctx.core.sql, input.page, input.state);
    return { fileName: r.fileName, mime: XLSX, base64: r.bytes.toString('base64'), rows: r.rows };
  },
} satisfies Partial<HandlerMap>;
