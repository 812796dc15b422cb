/** Data-safety settings: the mirror folder, and this machine's identity for packages. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { Sql } from '../db/exec';
import { getSetting, setSetting } from '../settings/service';

const MIRROR_KEY = 'backup.mirrorDir';
const MACHINE_KEY = 'machine.id';
const LAST_DAILY_KEY = 'backup.lastDailyAt';

/** When this database's last daily backup was made (ISO), so a start need not scan the folder. */
export function getLastDailyBackup(sql: Sql): string | null {
  return getSetting(sql, LAST_DAILY_KEY, z.string().nullable(), null);
}

export function setLastDailyBackup(sql: Sql, at: string): void {
  setSetting(sql, LAST_DAILY_KEY, at);
}

export function getMirrorDir(sql: Sql): string | null {
  const dir = getSetting(sql, MIRROR_KEY, z.string().nullable(), null);
  return dir && dir.trim() !== '' ? dir : null;
}

export function setMirrorDir(sql: Sql, dir: string | null): void {
  setSetting(sql, MIRROR_KEY, dir);
}

/** Read the machine id without creating it (read-only databases, listings). */
export function peekMachineId(sql: Sql): string | null {
  return getSetting(sql, MACHINE_KEY, z.string().min(8).nullable(), null);
}

/** This PlanDesk's identity in packages: generated once, kept in settings. */
export function ensureMachineId(sql: Sql): string {
  const existing = peekMachineId(sql);
  if (existing) return existing;
  const id = randomUUID();
  setSetting(sql, MACHINE_KEY, id);
  return id;
}

export function machineName(): string {
  try {
    return hostname();
  } catch {
    return 'máy không tên';
  }
}
