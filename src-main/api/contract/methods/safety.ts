/** Methods: Data safety (backups, restore, integrity check, data location, PlanDesk packages). */
import { z } from 'zod';

const summary = z.object({
  plans: z.number().int(),
  tasks: z.number().int(),
  targets: z.number().int(),
  progressEntries: z.number().int(),
  documents: z.number().int(),
  organizations: z.number().int(),
});

const reason = z.enum(['daily', 'manual', 'import', 'restore', 'package-import', 'reset', 'migration', 'damaged', 'external']);

const backupEntry = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason,
  size: z.number().int(),
  verified: z.boolean(),
  summary: summary.nullable(),
  schemaVersion: z.number().int().nullable(),
  note: z.string().nullable(),
});

const backupName = z.string().min(1).max(200);
const base64 = z.string().min(4).max(280_000_000);
const fileName = z.string().min(1).max(300);
const uid = z.string().min(1).max(64);

const tableName = z.enum(['organizations', 'documents', 'plans', 'plan_blocks', 'plan_appendices', 'task_groups', 'tasks', 'target_groups', 'targets', 'reporting_periods', 'progress_entries']);

const previewCount = z.object({
  table: tableName,
  label: z.string(),
  new: z.number().int(),
  theirsNewer: z.number().int(),
  conflicts: z.number().int(),
  same: z.number().int(),
  oursNewer: z.number().int(),
});

export const packagePreview = z.object({
  fileName: z.string(),
  fileSha256: z.string(),
  source: z.object({ machineName: z.string(), office: z.string().nullable(), appVersion: z.string(), createdAt: z.string(), thisMachine: z.boolean() }),
  plans: z.array(z.object({ uid: z.string(), numberSymbol: z.string().nullable(), title: z.string(), exists: z.boolean() })),
  counts: z.array(previewCount),
  totals: previewCount.omit({ table: true, label: true }),
  updates: z.array(z.object({ uid: z.string(), table: tableName, tableLabel: z.string(), label: z.string(), fields: z.array(z.string()) })),
  conflicts: z.array(
    z.object({
      uid: z.string(),
      table: tableName,
      tableLabel: z.string(),
      label: z.string(),
      oursUpdatedAt: z.string().nullable(),
      theirsUpdatedAt: z.string().nullable(),
      fields: z.array(z.object({ field: z.string(), label: z.string(), ours: z.string(), theirs: z.string() })),
    }),
  ),
  truncated: z.boolean(),
  unresolvedLinks: z.number().int(),
  warnings: z.array(z.string()),
});

const commitSummary = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  conflictsResolved: z.number().int(),
  conflictsKept: z.number().int(),
  unchanged: z.number().int(),
});

export const safetyMethods = {
  'safety.status': {
    input: z.object({}).strict(),
    output: z.object({
      readOnly: z.boolean(),
      reason: z.string().nullable(),
      lastBackupError: z.string().nullable(),
      newestGoodBackup: z.object({ name: z.string(), createdAt: z.string() }).nullable(),
    }),
  },
  'safety.check': {
    input: z.object({}).strict(),
    output: z.object({
      ok: z.boolean(),
      integrity: z.array(z.string()),
      foreignKeys: z.array(z.object({ table: z.string(), parent: z.string(), rows: z.number().int() })),
      orphans: z.array(z.object({ kind: z.string(), label: z.string(), rows: z.number().int() })),
      fts: z.array(z.object({ table: z.string(), ok: z.boolean().nullable(), message: z.string().nullable() })),
    }),
  },
  'safety.location': {
    input: z.object({}).strict(),
    output: z.object({
      dataDir: z.string(),
      network: z.boolean(),
      kind: z.string().nullable(),
      remote: z.string().nullable(),
      /** a folder on this machine's own disk to keep the data in instead */
      localSuggestion: z.string(),
    }),
  },
  'backups.list': {
    input: z.object({}).strict(),
    output: z.object({ dir: z.string(), mirrorDir: z.string().nullable(), backups: z.array(backupEntry.extend({ mirrored: z.boolean() })) }),
  },
  'backups.create': {
    input: z.object({}).strict(),
    output: backupEntry.extend({ mirror: z.object({ dir: z.string(), ok: z.boolean(), error: z.string().nullable() }).nullable() }),
  },
  'backups.restorePreview': {
    input: z.object({ name: backupName }).strict(),
    output: z.object({
      name: z.string(),
      createdAt: z.string().nullable(),
      reason: reason.nullable(),
      size: z.number().int(),
      schemaVersion: z.number().int(),
      backup: summary,
      current: summary.nullable(),
    }),
  },
  /** a backup file from elsewhere (USB drive, the mirror folder of a machine that died) joins the list, checked */
  'backups.addFile': {
    input: z.object({ fileName, base64 }).strict(),
    output: backupEntry,
  },
  'backups.restore': {
    input: z.object({ name: backupName }).strict(),
    output: z.object({ restoredFrom: z.string(), safetyBackup: z.string().nullable(), summary }),
  },
  'backups.setMirror': {
    input: z.object({ dir: z.string().max(1000).nullable(), /** create the folder when its parent exists */ create: z.boolean().optional() }).strict(),
    output: z.object({ mirrorDir: z.string().nullable() }),
  },
  'packages.export': {
    input: z.object({ planIds: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), size: z.number().int(), plans: z.number().int(), tasks: z.number().int(), progressEntries: z.number().int() }),
  },
  'packages.preview': {
    input: z.object({ fileName, base64 }).strict(),
    output: packagePreview,
  },
  'packages.import': {
    input: z
      .object({
        fileName,
        base64,
        /** the file the officer previewed: a different file is refused */
        expectedSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
        /** conflicting fields to take from the package; every other conflicting field keeps this machine's value */
        takeTheirs: z.array(z.object({ uid, field: z.string().min(1).max(100) }).strict()).max(100_000).default([]),
      })
      .strict(),
    output: commitSummary.extend({ importId: z.number().int() }),
  },
  'packages.imports': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: z.number().int(),
        fileName: z.string(),
        sourceLabel: z.string().nullable(),
        status: z.enum(['committed', 'undone']),
        summary: commitSummary,
        createdAt: z.string(),
        undoneAt: z.string().nullable(),
        canUndo: z.boolean(),
      }),
    ),
  },
  'packages.undo': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ removed: z.number().int(), restored: z.number().int() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
