/** Re-derive the status of a period's entries after its window changed (overrides stay). */
import type { Sql } from '../db/exec';
import { getReportingPeriod } from '../periods/repository';
import { todayIso } from './clock';
import { listEntriesForDerive, setEntryStatus } from './repository';
import { deriveStatus, targetDeadline } from './status';
import type { Claim } from './status-names';

export function rederivePeriodEntries(sql: Sql, periodId: number, today = todayIso()): number {
  const p = getReportingPeriod(sql, periodId);
  if (!p) return 0;
  let changed = 0;
  for (const e of listEntriesForDerive(sql, periodId)) {
    if (e.status_overridden) continue;
    const deadline =
      e.deadline_kind !== null
        ? { kind: e.deadline_kind, start: e.deadline_start, end: e.deadline_end, text: e.deadline_text }
        : targetDeadline(e.horizon_year);
    const d = deriveStatus({
      claim: (e.reported_status as Claim | null) ?? null,
      completedDate: e.completed_date,
      deadline,
      period: { start: p.start_date, end: p.end_date },
      today,
    });
    if (d.status !== e.status) {
      setEntryStatus(sql, e.id, d.status);
      changed++;
    }
  }
  return changed;
}
