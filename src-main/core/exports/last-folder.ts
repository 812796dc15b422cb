/** The folder the officer last saved an export into (Electron's Save dialog opens there). A preference, not data: not audited. */
import { z } from 'zod';
import type { Sql } from '../db/exec';
import { getSetting, setSetting } from '../settings/service';

const KEY = 'exports.lastFolder';

export function getLastExportFolder(sql: Sql): string | null {
  const v = getSetting(sql, KEY, z.string(), '');
  return v.trim() === '' ? null : v;
}

export function setLastExportFolder(sql: Sql, folder: string): void {
  setSetting(sql, KEY, folder);
}
