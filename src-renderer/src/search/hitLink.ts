/** Where a search hit opens: the plan page with the row pointed at, or the registry. */
import type { MethodOutput } from '../../../src-main/api/contract/methods';
import { href } from '../router';

export type SearchHit = MethodOutput<'search.query'>['hits'][number];

export const HIT_TYPE_LABEL: Record<SearchHit['type'], string> = {
  plan: 'Kế hoạch',
  document: 'Văn bản',
  section: 'Nội dung',
  task: 'Nhiệm vụ',
  target: 'Chỉ tiêu',
  organization: 'Đơn vị',
};

export function hitHref(h: SearchHit): string | null {
  switch (h.type) {
    case 'plan':
      return href({ page: 'plans', id: h.id });
    case 'task':
      return h.planId ? href({ page: 'plans', id: h.planId, query: { task: String(h.id) } }) : null;
    case 'target':
      return h.planId ? href({ page: 'plans', id: h.planId, query: { target: String(h.id) } }) : null;
    case 'section':
      return h.planId ? href({ page: 'plans', id: h.planId, query: { block: String(h.blockIndex ?? 0) } }) : null;
    case 'document':
      return h.planId ? href({ page: 'plans', id: h.planId, query: { doc: String(h.id) } }) : null;
    case 'organization':
      return href({ page: 'organizations', query: { org: String(h.id) } });
  }
}

/** "Mã IV.1 · 02-CTr/TU" — which row and which plan, in one line (the type shows as a tag). */
export function hitContext(h: SearchHit): string {
  const code = h.code ? `Mã ${h.code}` : null;
  if (h.type === 'plan' || h.type === 'organization') return code ?? '';
  if (h.type === 'document') return h.planId ? 'mở kế hoạch căn cứ vào văn bản này' : 'văn bản chưa gắn với kế hoạch nào';
  const plan = h.planNumber ?? (h.planSummary ? `KH dự thảo: ${h.planSummary}` : null);
  return [code, plan].filter(Boolean).join(' · ');
}
