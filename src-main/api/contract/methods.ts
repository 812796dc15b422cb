/**
 * THE contract: every method's name, zod input and zod output. The renderer, the
 * Electron IPC door, the web door and the CLI all speak exactly this.
 */
import { z } from 'zod';
import { organization, planDetail, planSummary, stats } from './schemas';

const id = z.number().int().positive();

export const METHODS = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      door: z.enum(['electron', 'web', 'cli']),
    }),
  },
  'stats.get': {
    input: z.object({}).strict(),
    output: stats,
  },
  'plans.list': {
    input: z.object({}).strict(),
    output: z.array(planSummary),
  },
  'plans.get': {
    input: z.object({ id }).strict(),
    output: planDetail,
  },
  'organizations.list': {
    input: z.object({ query: z.string().max(200).optional() }).strict(),
    output: z.array(organization),
  },
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}
