/** Handlers for methods/search.ts of the contract. */
import type { HandlerMap } from './types';

export const searchHandlers = {} satisfies Partial<HandlerMap>;
