/**
 * The status report of a plan's period in the shape the CLI prints (`status --json`) and
 * scripts rely on: counts by status, by department, and who is missing how many items.
 */
import type { Sql } from '../db/exec';
import { completeness } from './completeness';
import { countsByBody, statusCounts, type StatusCounts } from './dashboard';

export interface StatusReport {
  byStatus: StatusCounts;
  byDepartment: Array<{ department: string; byStatus: StatusCounts }>;
  missing: Array<{ organization: string; items: number }>;
}

export function statusReport(sql: Sql, planId: number, periodId: number): StatusReport {
  const byStatus = statusCounts(sql, planId, periodId);
  return {
    byStatus,
    byDepartment: countsByBody(sql, periodId).map((b) => ({ department: b.name, byStatus: b.byStatus })),
    missing: completeness(sql, periodId).missing.map((m) => ({ organization: m.organization, items: m.items })),
  };
}
