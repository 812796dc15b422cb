/**
 * Integrity: quick_check on every open (a damaged file opens read-only), and the full
 * `check`: integrity_check, foreign keys, orphan rows, full-text indexes in step.
 */
import type { SqliteDb } from '../db/open';

/** [] when the file is sound; otherwise SQLite's findings (a corrupt file may throw: that is a finding too). */
export function integrityProblems(db: SqliteDb, depth: 'quick' | 'full'): string[] {
  try {
    const rows = db.pragma(depth === 'quick' ? 'quick_check(20)' : 'integrity_check(50)') as Array<Record<string, string>>;
    const messages = rows.map((r) => Object.values(r)[0] ?? '').filter((m) => m !== 'ok');
    return messages;
  } catch (e) {
    return [(e as Error).message || String(e)];
  }
}
