/** Handlers for methods/exports.ts of the contract. */
import type { HandlerMap } from './types';

export const exportsHandlers = {} satisfies Partial<HandlerMap>;
