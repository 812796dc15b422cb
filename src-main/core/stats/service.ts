/** Counts of what the database holds. */
import type { Sql } from '../db/exec';
import { listPlanSummaries } from '../plans/repository';

export interface Stats {
  documents: number;
  organizations: number;
  plans: Array<{ id: number; number: string | null; title: string; tasks: number; targets: number }>;
}

export function getStats(sql: Sql): Stats {
  const count = (table: 'documents' | 'organizations') =>
    sql.first(sql.qb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  return {
    documents: count('documents'),
    organizations: count('organizations'),
    plans: listPlanSummaries(sql).map((p) => ({
      id: p.id,
      number: p.numberSymbol,
      title: p.summary,
      tasks: p.tasks,
      targets: p.targets,
    })),
  };
}
