/**
 * THE contract: every method's name, zod input and zod output. The renderer, the
 * Electron IPC door, the web door and the CLI all speak exactly this. Each domain
 * declares its methods in methods/<domain>.ts; a name declared twice fails at start.
 */
import type { z } from 'zod';
import { coreMethods } from './methods/core';
import { exportsMethods } from './methods/exports';
import { importsMethods } from './methods/imports';
import { listsMethods } from './methods/lists';
import { progressMethods } from './methods/progress';
import { registryMethods } from './methods/registry';
import { safetyMethods } from './methods/safety';
import { searchMethods } from './methods/search';
import { workspaceMethods } from './methods/workspace';

const PARTS = [coreMethods, workspaceMethods, searchMethods, importsMethods, progressMethods, exportsMethods, safetyMethods, listsMethods, registryMethods];

function assertNoDuplicates(parts: ReadonlyArray<Record<string, unknown>>): void {
  const seen = new Set<string>();
  for (const part of parts) {
    for (const name of Object.keys(part)) {
      if (seen.has(name)) throw new Error(`Method declared twice in the contract: ${name}`);
      seen.add(name);
    }
  }
}
assertNoDuplicates(PARTS);

export const METHODS = {
  ...coreMethods,
  ...workspaceMethods,
  ...searchMethods,
  ...importsMethods,
  ...progressMethods,
  ...exportsMethods,
  ...safetyMethods,
  ...listsMethods,
  ...registryMethods,
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}
