/**
 * Which backups to keep: the last 14 daily copies, the first copy of each of the last 12
 * months, the last 20 copies taken before an operation, the last 20 made by hand, the last
 * 5 copies of a damaged database and the last 5 brought in from elsewhere. Everything else PlanDesk made may go.
 */
import type { BackupReason } from './backup-files';

export const KEEP = { daily: 14, monthly: 12, preOperation: 20, manual: 20, damaged: 5, external: 5 } as const;

const PRE_OPERATION: readonly BackupReason[] = ['import', 'restore', 'package-import', 'reset', 'migration'];

export interface RotatableBackup {
  name: string;
  createdAt: string;
  reason: BackupReason;
}

function monthOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Names to delete (never the newest of any kind). */
export function backupsToDelete(backups: readonly RotatableBackup[]): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const keep = new Set<string>();
  const keepNewest = (list: RotatableBackup[], n: number) => list.slice(0, n).forEach((b) => keep.add(b.name));

  const daily = newestFirst.filter((b) => b.reason === 'daily');
  keepNewest(daily, KEEP.daily);
  // monthly: the first (oldest) daily copy of each of the most recent months
  const firstOfMonth = new Map<string, RotatableBackup>();
  for (const b of daily) firstOfMonth.set(monthOf(b.createdAt), b); // newest first → the last set wins = oldest
  [...firstOfMonth.entries()]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .slice(0, KEEP.monthly)
    .forEach(([, b]) => keep.add(b.name));

  keepNewest(newestFirst.filter((b) => PRE_OPERATION.includes(b.reason)), KEEP.preOperation);
  keepNewest(newestFirst.filter((b) => b.reason === 'manual'), KEEP.manual);
  keepNewest(newestFirst.filter((b) => b.reason === 'damaged'), KEEP.damaged);
  keepNewest(newestFirst.filter((b) => b.reason === 'external'), KEEP.external);
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
