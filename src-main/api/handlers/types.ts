import type { z } from 'zod';
import type { Core } from '../../core/core';
import type { MethodName, MethodOutput, Methods } from '../contract/methods';

export type Door = 'electron' | 'web' | 'cli';

export interface HandlerContext {
  core: Core;
  door: Door;
  version: string;
}

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: z.output<Methods[M]['input']>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap = { [M in MethodName]: Handler<M> };
