/** Handlers for methods/imports.ts of the contract. */
import type { HandlerMap } from './types';

export const importsHandlers = {} satisfies Partial<HandlerMap>;
