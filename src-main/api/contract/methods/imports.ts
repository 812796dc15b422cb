/** Methods: Import bridge (xlsx/docx appendix tables: analyse, map, preview, commit, undo). */
import { z } from 'zod';
import { leanAnalysis } from '../imports-lean';
import {
  diff,
  diffCounts,
  importBatch,
  importField,
  importFile,
  importIssue,
  importProfile,
  parsedRow,
  previewInput,
  tableKind,
  tableOverride,
} from '../imports-schemas';

const id = z.number().int().positive();

const progressUploadInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().min(1),
    planId: id.optional(),
    periodId: id,
    orgId: id.nullable(),
    receivedDate: z.iso.date().optional(),
    table: z.number().int().nonnegative().optional(),
  })
  .strict();

const progressUploadResult = z.object({
  template: z.boolean(),
  source: z.string().nullable(),
  mapping: z.record(z.string(), z.string()),
  rows: z.array(
    z.object({
      sourceRow: z.number().int(),
      code: z.string(),
      title: z.string().nullable(),
      item: z.object({ table: z.enum(['task', 'target']), id: z.number().int(), code: z.string(), title: z.string(), by: z.enum(['code', 'title']) }).nullable(),
      action: z.enum(['new', 'update', 'unchanged', 'error']),
      status: z.string().nullable(),
      messages: z.array(z.object({ level: z.enum(['error', 'warning']), text: z.string() })),
    }),
  ),
  batchId: z.number().int().nullable(),
  imported: z.number().int(),
});

export const importsMethods = {
  /** Read a file (base64) and find its tables, header, kind, mapping and rows with issues (each text sent once: `unpackAnalysis` gives the full rows). */
  'imports.analyze': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        dataBase64: z.string().min(1),
        kind: tableKind.optional(),
        overrides: z.array(tableOverride).max(60).optional(),
      })
      .strict(),
    output: leanAnalysis,
  },
  /** Parse the (edited) rows again and, when a target plan is given, compare them with it. */
  'imports.preview': {
    input: z.object({ ...previewInput, planId: id.optional() }).strict(),
    output: z.object({ rows: z.array(parsedRow), issues: z.array(importIssue), diff: diff.nullable() }),
  },
  /** Write the rows into the plan in one transaction, as one undoable batch. */
  'imports.commit': {
    input: z
      .object({
        ...previewInput,
        planId: id,
        file: importFile.strict(),
        source: z.string().max(500),
        mapping: z.partialRecord(importField, z.string().max(1000)),
        profile: z
          .object({
            signature: z.string().min(8).max(100),
            headers: z.array(z.string().max(1000)).max(200),
            columns: z.record(z.string().regex(/^\d+$/), importField.nullable()),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({ batchId: z.number().int(), counts: diffCounts }),
  },
  /** The plan a table most likely belongs to (most rows with the same code and text). */
  'imports.suggestPlan': {
    input: z
      .object({
        kind: z.enum(['tasks', 'targets']),
        rows: z.array(z.object({ code: z.string().max(100), text: z.string().max(40_000).nullable() }).strict()).max(100_000),
      })
      .strict(),
    output: z.object({ planId: z.number().int().nullable(), matches: z.number().int() }),
  },
  /** A progress table in any shape (not PlanDesk's template, then `template: true`): rows matched to the plan's items, previewed. */
  'imports.progress.preview': { input: progressUploadInput, output: progressUploadResult },
  /** The same, written as progress entries of one body for one period: one transaction, one undoable batch. */
  'imports.progress.commit': { input: progressUploadInput, output: progressUploadResult },
  'imports.undo': {
    input: z.object({ batchId: id }).strict(),
    output: z.object({ batchId: z.number().int(), restored: z.number().int(), removed: z.number().int() }),
  },
  'imports.batches': {
    input: z.object({ planId: id.optional() }).strict(),
    output: z.array(importBatch),
  },
  'imports.profiles': {
    input: z.object({}).strict(),
    output: z.array(importProfile),
  },
  'imports.profiles.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
