/** How CLI commands reach the core: through the same handler table as the app. */
import { dispatch, plainResult } from '../api/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../api/contract/methods';
import type { Core } from '../core/core';
import { APP_VERSION } from '../core/version';

/** A problem with what the officer gave us (file, folder, data): exit code 3. */
export class InputError extends Error {}

export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = plainResult(await dispatch({ core, door: 'cli', version: APP_VERSION }, method, input));
  if (!r.ok) throw new InputError(r.error.message);
  return r.value as MethodOutput<M>;
}

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
