/** Methods: plans and documents — create, edit metadata, duplicate, archive, căn cứ links, body. */
import { z } from 'zod';
import { planSummary } from '../../schemas';
import { changeResult, id, text } from './shared';

const documentPatch = z
  .object({
    kind: z.string().max(40),
    numberSymbol: text,
    issuerParent: text,
    issuerAgency: z.string().max(500),
    place: text,
    /** dd/mm/yyyy (or ISO) */
    issuedDate: text,
    summary: z.string().max(5_000),
    signerAuthority: text,
    signerPosition: text,
    signerName: text,
    recipients: z.array(z.string().max(1_000)).max(200),
    status: z.enum(['draft', 'issued']),
  })
  .partial()
  .strict();

const blockFields = {
  kind: z.enum(['basis', 'heading', 'paragraph', 'bullet', 'footnote']),
  level: z.number().int().min(1).max(6).nullable(),
  numbering: text,
  marker: text,
  text: z.string().max(20_000),
};

export const documentHit = z.object({
  id: z.number().int(),
  kind: z.string(),
  numberSymbol: z.string().nullable(),
  summary: z.string(),
  issuedDate: z.string().nullable(),
  issuerAgency: z.string(),
  planId: z.number().int().nullable(),
});

export const planEditMethods = {
  'plans.create': {
    input: z
      .object({ summary: z.string().min(1).max(5_000), kind: z.string().max(40).optional(), numberSymbol: text.optional(), issuedDate: text.optional(), periodText: text.optional() })
      .strict(),
    output: changeResult,
  },
  'plans.update': { input: z.object({ id, patch: documentPatch.extend({ periodText: text }).partial().strict() }).strict(), output: changeResult },
  'plans.duplicate': { input: z.object({ id }).strict(), output: changeResult },
  'plans.archive': { input: z.object({ id }).strict(), output: changeResult },
  'plans.unarchive': { input: z.object({ id }).strict(), output: changeResult },
  'plans.listArchived': { input: z.object({}).strict(), output: z.array(planSummary) },
  'documents.search': { input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }).strict(), output: z.array(documentHit) },
  'documents.create': {
    input: z
      .object({
        kind: z.string().max(40),
        summary: z.string().min(1).max(5_000),
        numberSymbol: text.optional(),
        issuerAgency: z.string().max(500).optional(),
        issuedDate: text.optional(),
        status: z.enum(['draft', 'issued']).optional(),
      })
      .strict(),
    output: changeResult,
  },
  'documents.update': { input: z.object({ id, patch: documentPatch }).strict(), output: changeResult },
  'links.add': {
    input: z.object({ fromDocumentId: id, toDocumentId: id, kind: z.enum(['basis', 'implements']), note: text.optional() }).strict(),
    output: changeResult,
  },
  'links.remove': { input: z.object({ fromDocumentId: id, toDocumentId: id }).strict(), output: changeResult },
  'blocks.insert': {
    input: z
      .object({ planId: id, afterId: id.nullable(), blocks: z.array(z.object(blockFields).partial({ level: true, numbering: true, marker: true }).strict()).min(1).max(500) })
      .strict(),
    output: changeResult,
  },
  'blocks.update': { input: z.object({ id, patch: z.object(blockFields).partial().strict() }).strict(), output: changeResult },
  'blocks.move': { input: z.object({ id, afterId: id.nullable() }).strict(), output: changeResult },
  'blocks.delete': { input: z.object({ id }).strict(), output: changeResult },
} as const;
