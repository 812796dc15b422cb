/**
 * The handler table: each domain registers its handlers; a name registered twice
 * or a contract method left without a handler fails at start.
 */
import { METHODS, type MethodName } from '../contract/methods';
import { appHandlers } from './app';
import { exportsHandlers } from './exports';
import { importsHandlers } from './imports';
import { listsHandlers } from './lists';
import { organizationHandlers } from './organizations';
import { planHandlers } from './plans';
import { progressHandlers } from './progress';
import { registryHandlers } from './registry';
import { safetyHandlers } from './safety';
import { searchHandlers } from './search';
import type { HandlerMap } from './types';
import { workspaceHandlers } from './workspace';

export function combineHandlers(...parts: Array<Partial<HandlerMap>>): HandlerMap {
  const table: Partial<Record<MethodName, unknown>> = {};
  for (const part of parts) {
    for (const name of Object.keys(part) as MethodName[]) {
      if (table[name]) throw new Error(`Handler registered twice: ${name}`);
      table[name] = part[name];
    }
  }
  const missing = (Object.keys(METHODS) as MethodName[]).filter((m) => !table[m]);
  if (missing.length) throw new Error(`Methods without a handler: ${missing.join(', ')}`);
  return table as HandlerMap;
}

export const HANDLERS: HandlerMap = combineHandlers(
  appHandlers,
  planHandlers,
  organizationHandlers,
  workspaceHandlers,
  searchHandlers,
  importsHandlers,
  progressHandlers,
  exportsHandlers,
  safetyHandlers,
  listsHandlers,
  registryHandlers,
);
export type { HandlerContext, HandlerMap, Door } from './types';
