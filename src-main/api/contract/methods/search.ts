/** Methods: Search across everything (FTS5 over folded text). Add entries here: name → { input, output } zod schemas. */
import { z } from 'zod';

export const SEARCH_HIT_TYPES = ['plan', 'document', 'section', 'task', 'target', 'organization'] as const;

export const searchHit = z.object({
  type: z.enum(SEARCH_HIT_TYPES),
  id: z.number().int(),
  title: z.string(),
  /** the matched passage, matches between [ and ] */
  snippet: z.string(),
  snippetParts: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  /** the plan to open for this hit (its own, its row's, or one resting on a document) */
  planId: z.number().int().nullable(),
  planNumber: z.string().nullable(),
  planSummary: z.string().nullable(),
  code: z.string().nullable(),
  blockIndex: z.number().int().nullable(),
});

export const searchMethods = {
  'search.query': {
    input: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).optional(),
        types: z.array(z.enum(SEARCH_HIT_TYPES)).max(6).optional(),
      })
      .strict(),
    output: z.object({ hits: z.array(searchHit) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
