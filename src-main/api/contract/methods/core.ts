/** Methods of the foundation: app info, stats, plans read, organisations list. */
import { z } from 'zod';
import { organization, planDetail, planSummary, stats } from '../schemas';

const id = z.number().int().positive();

export const coreMethods = {
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
