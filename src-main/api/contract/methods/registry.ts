/**
 * Methods: the organisation registry (Đơn vị: tree, add, rename, aliases, merge), the office
 * identity and officer's name (Cài đặt), and saved views of the Nhiệm vụ / Chỉ tiêu lists.
 */
import { z } from 'zod';
import { LIST_PAGES, listViewStateSchema, ORGANIZATION_KINDS } from '../list-view';

const id = z.number().int().positive();
const name = z.string().trim().min(1, 'không được để trống').max(300);
const count = z.number().int();

const officeIdentity = z.object({
  parentAgency: z.string().trim().min(1, 'không được để trống').max(200),
  agency: z.string().trim().min(1, 'không được để trống').max(200),
  symbol: z.string().trim().min(1, 'không được để trống').max(40),
  place: z.string().trim().min(1, 'không được để trống').max(100),
  signerAuthority: z.string().trim().max(100),
  signerPosition: z.string().trim().min(1, 'không được để trống').max(100),
  signerName: z.string().trim().max(100),
});

const savedView = z.object({ id: z.number().int(), page: z.enum(LIST_PAGES), name: z.string(), state: listViewStateSchema, updatedAt: z.string() });

const references = z.object({
  taskLinks: count,
  taskDepartments: count,
  targetDepartments: count,
  documents: count,
  children: count,
  progressEntries: count,
  aliases: count,
});

export const registryMethods = {
  'registry.tree': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        key: z.string().nullable(),
        name: z.string(),
        shortName: z.string().nullable(),
        kind: z.string(),
        parentId: z.number().int().nullable(),
        archivedAt: z.string().nullable(),
        aliases: z.array(z.object({ id: z.number().int(), alias: z.string() })),
        leads: count,
        coordinating: count,
        taskDepartments: count,
        targetDepartments: count,
        documents: count,
        reports: count,
      }),
    ),
  },
  'registry.create': {
    input: z
      .object({ name, shortName: z.string().trim().max(100).nullable().optional(), kind: z.enum(ORGANIZATION_KINDS), parentId: id.nullable().optional() })
      .strict(),
    output: z.object({ id: z.number().int() }),
  },
  'registry.update': {
    input: z
      .object({
        id,
        name: name.optional(),
        shortName: z.string().trim().max(100).nullable().optional(),
        kind: z.enum(ORGANIZATION_KINDS).optional(),
        parentId: id.nullable().optional(),
        keepOldName: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'registry.addAlias': {
    input: z.object({ organizationId: id, alias: name }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'registry.removeAlias': {
    input: z.object({ aliasId: id }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'registry.mergePreview': {
    input: z.object({ sourceId: id, targetId: id }).strict(),
    output: z.object({
      source: z.object({ id: z.number().int(), name: z.string() }),
      target: z.object({ id: z.number().int(), name: z.string() }),
      references,
    }),
  },
  'registry.merge': {
    input: z.object({ sourceId: id, targetId: id }).strict(),
    output: references.omit({ aliases: true }).extend({ aliases: count, other: count, duplicatesDropped: count }),
  },
  'officeSettings.get': {
    input: z.object({}).strict(),
    output: z.object({ office: officeIdentity, officerName: z.string(), dataDir: z.string() }),
  },
  'officeSettings.save': {
    input: z.object({ office: officeIdentity, officerName: z.string().trim().max(100) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'views.list': {
    input: z.object({ page: z.enum(LIST_PAGES) }).strict(),
    output: z.array(savedView),
  },
  'views.save': {
    input: z.object({ id: id.optional(), page: z.enum(LIST_PAGES), name: z.string().trim().min(1, 'hãy đặt tên cho bộ lọc').max(120), state: listViewStateSchema }).strict(),
    output: savedView,
  },
  'views.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
