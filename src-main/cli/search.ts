/**
 * `search QUERY [--json]`: the ranked hits of the same search the app uses (search.query).
 * JSON: {"hits": [{"type", "id", "title", "snippet"}]}, matches in the snippet between [ ].
 */
import type { MethodOutput } from '../api/contract/methods';

const TYPE_LABEL: Record<string, string> = {
  plan: 'Kế hoạch',
  document: 'Văn bản',
  section: 'Mục',
  task: 'Nhiệm vụ',
  target: 'Chỉ tiêu',
  organization: 'Đơn vị',
};

function shorten(s: string): string {
  return s.length > 70 ? `${s.slice(0, 69)}…` : s;
}

export function runSearch(result: MethodOutput<'search.query'>, json: boolean): string {
  if (json) {
    const hits = result.hits.map((h) => ({ type: h.type, id: h.id, title: h.title, snippet: h.snippet }));
    return `${JSON.stringify({ hits })}\n`;
  }
  if (result.hits.length === 0) return 'Không tìm thấy kết quả nào.\n';
  const lines = result.hits.map((h) => {
    const code = h.code ? ` ${h.code}` : '';
    const where = h.type !== 'plan' && h.planId !== null ? `\n    trong kế hoạch [${h.planId}] ${h.planNumber ?? shorten(h.planSummary ?? '')}` : '';
    return `${TYPE_LABEL[h.type] ?? h.type}${code} [${h.id}] ${h.title}\n    ${h.snippet}${where}`;
  });
  return `${lines.join('\n')}\n`;
}
