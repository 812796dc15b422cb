/** The hidden metadata sheet of a returned template → which plan, period and bodies it is for (pure). */
import type { ItemTable } from './keys';
import { META_FORMAT, META_SHEET } from './layout';
import type { ReadBook } from './read';
import { cellText } from './values';

export interface TemplateMeta {
  planId: number;
  planTitle: string;
  periodId: number;
  periodLabel: string;
  sheets: Array<{ sheet: string; table: ItemTable; orgId: number; orgName: string }>;
}

export function readMeta(book: ReadBook): TemplateMeta | null {
  const ws = book.sheets.find((s) => s.name === META_SHEET);
  if (!ws) return null;
  const kv = new Map<string, string>();
  const sheets: TemplateMeta['sheets'] = [];
  let inTable = false;
  for (const r of ws.rows) {
    const a = cellText(r.cells[0]);
    if (!a) continue;
    if (a === 'sheet') {
      inTable = true;
      continue;
    }
    if (inTable) {
      const table = cellText(r.cells[1]);
      const orgId = Number(cellText(r.cells[2]));
      if ((table === 'task' || table === 'target') && Number.isInteger(orgId) && orgId > 0) {
        sheets.push({ sheet: a, table, orgId, orgName: cellText(r.cells[3]) ?? '' });
      }
    } else kv.set(a, cellText(r.cells[1]) ?? '');
  }
  const planId = Number(kv.get('planId'));
  const periodId = Number(kv.get('periodId'));
  if (kv.get('format') !== META_FORMAT || !Number.isInteger(planId) || !Number.isInteger(periodId)) return null;
  return { planId, planTitle: kv.get('planTitle') ?? '', periodId, periodLabel: kv.get('periodLabel') ?? '', sheets };
}
