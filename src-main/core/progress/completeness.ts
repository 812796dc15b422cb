/**
 * Completeness of a period, like DHIS2's reporting-rate summary: for each expected body,
 * expected items, received, on time (received on or before the due date) and late;
 * the missing list names who has not reported and on how many items.
 */
import { sql as q } from 'kysely';
import type { Sql } from '../db/exec';
import { requirePeriod } from '../periods/service';
import { compareVi } from '../vn/text';
import { entryJoin, expectedCte } from './expected';
import { rawQuery } from './raw';

export interface CompletenessRow {
  orgId: number;
  name: string;
  shortName: string | null;
  kind: string;
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface Completeness {
  periodId: number;
  dueDate: string | null;
  expected: number;
  received: number;
  onTime: number;
  late: number;
  bodies: CompletenessRow[];
  missing: Array<{ orgId: number; organization: string; items: number }>;
}

export function completeness(sql: Sql, periodId: number): Completeness {
  const p = requirePeriod(sql, periodId);
  const due = p.due_date;
  const rows = sql.all(
    rawQuery(
      sql,
      q<{ orgId: number; name: string; shortName: string | null; kind: string; expected: number; received: number; onTime: number }>`
        WITH x AS (${expectedCte(p.plan_id, p.end_date)})
        SELECT x.org_id AS orgId, o.name, o.short_name AS shortName, o.kind,
               count(*) AS expected, count(e.id) AS received,
               coalesce(sum(e.id IS NOT NULL AND (${due} IS NULL OR e.reported_at IS NULL OR substr(e.reported_at, 1, 10) <= ${due})), 0) AS onTime
          FROM x JOIN organizations o ON o.id = x.org_id
          LEFT JOIN ${entryJoin(p.id)}
         GROUP BY x.org_id`,
    ),
  );
  const bodies = rows
    .map((r) => ({ ...r, late: r.received - r.onTime, missing: r.expected - r.received }))
    .sort((a, b) => compareVi(a.name, b.name));
  const sum = (k: 'expected' | 'received' | 'onTime' | 'late') => bodies.reduce((n, b) => n + b[k], 0);
  return {
    periodId: p.id,
    dueDate: due,
    expected: sum('expected'),
    received: sum('received'),
    onTime: sum('onTime'),
    late: sum('late'),
    bodies,
    missing: bodies.filter((b) => b.missing > 0).map((b) => ({ orgId: b.orgId, organization: b.name, items: b.missing })),
  };
}
