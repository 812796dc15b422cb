import type { z } from 'zod';
import type { Core } from '../../core/core';
import type { MethodName, MethodOutput, Methods } from '../contract/methods';
import type { RawJson, RawJsonMethod } from '../raw-json';

export type Door = 'electron' | 'web' | 'cli';

export interface HandlerContext {
  core: Core;
  door: Door;
  version: string;
}

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: z.output<Methods[M]['input']>,
) => HandlerOutput<M> | Promise<HandlerOutput<M>>;

/** a method fed by a validating worker may also answer with its ready JSON (api/raw-json.ts) */
type HandlerOutput<M extends MethodName> = M extends RawJsonMethod ? MethodOutput<M> | RawJson : MethodOutput<M>;

export type HandlerMap = { [M in MethodName]: Handler<M> };
