/**
 * The PlanDesk package file (.plandesk): a zip holding `manifest.json` and one JSON file
 * per table under `data/`. The manifest names every entry with its size and SHA-256, the
 * format version and the machine that made it. Checksums catch a damaged or altered file;
 * the version stops a file this PlanDesk cannot read.
 */
import { z } from 'zod';
import { ENTITY_TABLES } from './spec';

export const PACKAGE_FORMAT = 'plandesk-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.plandesk';

const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));

export const recSchema = z.object({
  uid: z.string().min(1).max(64),
  updatedAt: z.string().nullable(),
  fields: z.record(z.string(), json),
});

export const tableFileSchema = z.object({ records: z.array(recSchema) });

export const stubsFileSchema = z.object({
  stubs: z.array(
    z.object({ table: z.enum(ENTITY_TABLES), uid: z.string().min(1).max(64), natural: z.string().nullable(), label: z.string() }),
  ),
});

/** For each uid, the hash of the version the exporter last received from each peer machine. */
export const basesFileSchema = z.object({ bases: z.record(z.string(), z.record(z.string(), z.string())) });

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  source: z.object({
    machineId: z.string().min(1),
    machineName: z.string(),
    office: z.string().nullable(),
    appVersion: z.string(),
    schemaVersion: z.number().int(),
  }),
  plans: z.array(z.object({ uid: z.string(), numberSymbol: z.string().nullable(), title: z.string() })),
  counts: z.record(z.string(), z.number().int()),
  entries: z.array(z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type PackageManifest = z.infer<typeof manifestSchema>;

export const tablePath = (table: string) => `data/${table}.json`;
export const STUBS_PATH = 'data/stubs.json';
export const BASES_PATH = 'data/bases.json';
export const MANIFEST_PATH = 'manifest.json';
