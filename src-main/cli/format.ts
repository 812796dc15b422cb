/** Human-readable CLI output. */
import type { MethodOutput } from '../api/contract/methods';

export function formatStats(s: MethodOutput<'stats.get'>): string {
  const lines = [`Văn bản: ${s.documents}`, `Đơn vị: ${s.organizations}`, `Kế hoạch: ${s.plans.length}`];
  for (const p of s.plans) {
    lines.push(`  - [${p.id}] ${p.number ?? '(chưa có số)'} — ${p.title}: ${p.tasks} nhiệm vụ, ${p.targets} chỉ tiêu`);
  }
  return `${lines.join('\n')}\n`;
}
