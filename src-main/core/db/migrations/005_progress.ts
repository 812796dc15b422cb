/**
 * Migration 5: progress and reporting. Frozen in time: plain SQL only.
 * - progress_entries: what the reporter claimed (reported_status) is kept apart from the
 *   derived status, so a changed period window or deadline can re-derive it; `met` holds
 *   the met / not met verdict of a qualitative target; one report per (period, item, body).
 * - indexes for the dashboard aggregations (counts by status, by body) over a period.
 */
import type { MigrationDb } from './types';

export const migration005 = {
  version: 5,
  name: 'progress reporting',
  up(db: MigrationDb): void {
    db.exec(`
ALTER TABLE progress_entries ADD COLUMN reported_status TEXT;
ALTER TABLE progress_entries ADD COLUMN met INTEGER CHECK (met IS NULL OR met IN (0,1));
CREATE UNIQUE INDEX progress_entries_one_report
  ON progress_entries(period_id, ifnull(task_id, 0), ifnull(target_id, 0), ifnull(reporter_org_id, 0));
CREATE INDEX progress_entries_period_status ON progress_entries(period_id, status);
CREATE INDEX progress_entries_period_reporter_status ON progress_entries(period_id, reporter_org_id, status);
ALTER TABLE reporting_periods ADD COLUMN updated_at TEXT;
`);
  },
};
