import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, type BackupReason } from '../../../src-main/core/safety/backup-files';
import { backupsToDelete, KEEP } from '../../../src-main/core/safety/rotation';

function backup(at: Date, reason: BackupReason) {
  const name = backupFileName(at, reason);
  return { name, createdAt: at.toISOString(), reason };
}

/** One backup a day at 08:00 local time, from `start` for `days` days. */
function dailies(start: Date, days: number) {
  return Array.from({ length: days }, (_, i) => backup(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 8), 'daily'));
}

describe('backup names', () => {
  it('encode the UTC time and reason, sort by time, and parse back', () => {
    const at = new Date('2026-03-05T08:30:12.345Z');
    const name = backupFileName(at, 'package-import');
    expect(name).toBe('plandesk-20260305-083012-345-package-import.sqlite');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-03-05T08:30:12.345Z', reason: 'package-import' });
    expect(backupFileName(new Date('2026-03-05T09:00:00Z'), 'daily') > name).toBe(true);
  });

  it('ignore files PlanDesk did not name (never rotated away)', () => {
    expect(parseBackupName('ban-sao-cua-toi.sqlite')).toBeNull();
    expect(parseBackupName('plandesk-20260305-083012-345-bogus.sqlite')).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the last 14 daily copies and the first copy of each of the last 12 months', () => {
    const all = dailies(new Date(2025, 0, 1), 500); // Jan 2025 … mid May 2026
    const doomed = new Set(backupsToDelete(all));
    const kept = all.filter((b) => !doomed.has(b.name));
    const newest14 = all.slice(-KEEP.daily);
    for (const b of newest14) expect(doomed.has(b.name)).toBe(false);
    const monthly = kept.filter((b) => !newest14.includes(b));
    expect(monthly.length).toBeLessThanOrEqual(KEEP.monthly);
    // each kept monthly copy is the first of its month
    for (const b of monthly) expect(new Date(b.createdAt).getDate()).toBe(1);
    // the 12 most recent months are represented
    const months = new Set(kept.map((b) => `${new Date(b.createdAt).getFullYear()}-${new Date(b.createdAt).getMonth()}`));
    expect(months.size).toBeGreaterThanOrEqual(KEEP.monthly);
    expect(kept.length).toBeLessThanOrEqual(KEEP.daily + KEEP.monthly);
  });

  it('keeps the last 20 pre-operation copies whatever operation took them, and manual copies separately', () => {
    const reasons: BackupReason[] = ['import', 'restore', 'package-import', 'reset', 'migration'];
    const pre = Array.from({ length: 30 }, (_, i) => backup(new Date(Date.UTC(2026, 0, 1, 0, i)), reasons[i % reasons.length]!));
    const manual = Array.from({ length: 25 }, (_, i) => backup(new Date(Date.UTC(2026, 1, 1, 0, i)), 'manual'));
    const doomed = backupsToDelete([...pre, ...manual]);
    expect(doomed).toEqual([...manual.slice(0, 5), ...pre.slice(0, 10)].map((b) => b.name).sort().reverse());
  });

  it('deletes nothing while there are few backups', () => {
    expect(backupsToDelete(dailies(new Date(2026, 0, 1), 10))).toEqual([]);
  });
});
