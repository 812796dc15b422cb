/** Handlers for methods/safety.ts of the contract. */
import type { HandlerMap } from './types';

export const safetyHandlers = {} satisfies Partial<HandlerMap>;
