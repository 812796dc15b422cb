/**
 * Backup files on disk: `plandesk-YYYYMMDD-HHMMSS-mmm-<reason>.sqlite` (UTC, so names sort
 * by time) with a JSON sidecar of the same name holding what the listing shows. Both are
 * written under a temporary name and renamed, sidecar first: a `.sqlite` that exists is
 * complete and described.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentSummary } from './summary';

export const BACKUP_REASONS = ['daily', 'manual', 'import', 'restore', 'package-import', 'reset', 'migration', 'damaged', 'external'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_DIR_NAME = 'backups';
export const PART_SUFFIX = '.part';

const NAME_RE = /^plandesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+)\.sqlite$/;

const sidecarSchema = z.object({
  format: z.literal('plandesk-backup'),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number(),
  sha256: z.string().nullable(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  verified: z.boolean(),
  summary: z
    .object({
      plans: z.number(),
      tasks: z.number(),
      targets: z.number(),
      progressEntries: z.number(),
      documents: z.number(),
      organizations: z.number(),
    })
    .nullable(),
  note: z.string().nullable().optional(),
});
export type BackupSidecar = z.infer<typeof sidecarSchema>;

export interface BackupEntry {
  name: string;
  file: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
  verified: boolean;
  summary: ContentSummary | null;
  schemaVersion: number | null;
  note: string | null;
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

export function backupFileName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString(); // 2026-03-05T08:30:12.345Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
  return `plandesk-${stamp}-${reason}.sqlite`;
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`, reason };
}

export function sidecarPath(file: string): string {
  return file.replace(/\.sqlite$/, '.json');
}

export function readSidecar(file: string): BackupSidecar | null {
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(sidecarPath(file), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Flush a file's bytes to the disk (a backup that sits in the OS cache is no backup). */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make a rename durable where the platform allows it (Linux/macOS: fsync the folder). */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort: some file systems refuse fsync on a folder
  }
}

/** Write text under a temporary name, flush, rename into place. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}${PART_SUFFIX}-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    fsyncFile(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Every PlanDesk backup in a folder, newest first (other files are left alone). */
export function listBackupFiles(dir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = join(dir, name);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      continue;
    }
    const side = readSidecar(file);
    out.push({
      name,
      file,
      createdAt: side?.createdAt ?? parsed.createdAt,
      reason: side?.reason ?? parsed.reason,
      size,
      verified: !!side?.verified && side.size === size,
      summary: side?.summary ?? null,
      schemaVersion: side?.schemaVersion ?? null,
      note: side?.note ?? null,
    });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Remove what an interrupted backup left behind: temporary files and sidecars without a backup. */
export function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const set = new Set(names);
  for (const name of names) {
    const orphanSidecar = name.endsWith('.json') && parseBackupName(name.replace(/\.json$/, '.sqlite')) && !set.has(name.replace(/\.json$/, '.sqlite'));
    if (name.includes(`.sqlite${PART_SUFFIX}`) || name.includes(`.json${PART_SUFFIX}`) || orphanSidecar) {
      rmSync(join(dir, name), { force: true });
    }
  }
}
