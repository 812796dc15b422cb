/**
 * The filters, status and group conditions of the lists, as SQL over tasks (alias t) or
 * targets (alias g). Every filter runs in SQL on indexed columns, so 100,000 rows page fast.
 */
import { sql as raw } from 'kysely';
import { planQuery } from '../search/query';

/**
 * A row's status: the latest progress entry's (by its period's end, then entry order);
 * a row nobody has reported on is not_started ("chưa triển khai").
 */
export function statusExpr(kind: 'task' | 'target') {
  const col = kind === 'task' ? raw.raw('pe.task_id = t.id') : raw.raw('pe.target_id = g.id');
  return raw<string>`coalesce((SELECT pe.status FROM progress_entries pe LEFT JOIN reporting_periods rp ON rp.id = pe.period_id
    WHERE ${col} ORDER BY rp.end_date DESC, pe.id DESC LIMIT 1), 'not_started')`;
}

/** The MATCH expression for the list's text filter, or null when it holds no word. */
export function textMatch(text: string): string | null {
  return planQuery(text).match;
}

/** Dates as ISO strings compare in order; a year range from dates. */
export function yearOf(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}
