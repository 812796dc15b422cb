/**
 * Stable row keys for templates: "NV-123-5f0c1a" (task 123) or "CT-45-9b2e77" (target 45).
 * The suffix is a checksum over the plan, table and id, so a key damaged by a careless copy
 * (or moved to another plan's file) is recognised as damaged rather than matched wrongly.
 */
import { createHash } from 'node:crypto';

export type ItemTable = 'task' | 'target';

function checksum(planId: number, table: ItemTable, id: number): string {
  return createHash('sha256').update(`plandesk|${planId}|${table}|${id}`).digest('hex').slice(0, 6);
}

export function rowKey(planId: number, table: ItemTable, id: number): string {
  return `${table === 'task' ? 'NV' : 'CT'}-${id}-${checksum(planId, table, id)}`;
}

export function parseRowKey(text: string, planId: number): { table: ItemTable; id: number } | null {
  const m = /^(NV|CT)-(\d{1,12})-([0-9a-f]{6})$/.exec(text.trim());
  if (!m) return null;
  const table: ItemTable = m[1] === 'NV' ? 'task' : 'target';
  const id = Number(m[2]);
  return checksum(planId, table, id) === m[3] ? { table, id } : null;
}
