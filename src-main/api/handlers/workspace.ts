/** Handlers for methods/workspace.ts of the contract. */
import type { HandlerMap } from './types';

export const workspaceHandlers = {} satisfies Partial<HandlerMap>;
