/** Handlers for methods/progress.ts of the contract. */
import type { HandlerMap } from './types';

export const progressHandlers = {} satisfies Partial<HandlerMap>;
