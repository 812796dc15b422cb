/** What a commit did, row by row, kept until the end of the transaction for the import rows. */
import { randomBytes } from 'node:crypto';
import type { Entity, Image } from './entity-images';

export interface Touched {
  entity: Entity;
  id: number;
  action: 'insert' | 'update' | 'same';
  sourceRow: number | null;
  code: string | null;
  before: Image | null;
}

export function now(): string {
  return new Date().toISOString();
}

const UIDS_PER_DRAW = 256;

/**
 * New rows' uids (32 hex digits, as the identity trigger makes them), drawn from the
 * system's random source 256 at a time: one call per row cost a 10,000-row commit ~60 ms.
 */
export function uidSource(): () => string {
  let hex = '';
  let at = 0;
  return () => {
    if (at >= hex.length) {
      hex = randomBytes(16 * UIDS_PER_DRAW).toString('hex');
      at = 0;
    }
    at += 32;
    return hex.slice(at - 32, at);
  };
}

/** Organisation ids of resolved entries, once each, in order. */
export function orgIds(entries: Array<{ orgId: number | null }> | undefined): number[] {
  const out: number[] = [];
  for (const e of entries ?? []) if (e.orgId !== null && !out.includes(e.orgId)) out.push(e.orgId);
  return out;
}

/**
 * New rows go right after the file's previous row when it is in the same group, else
 * after the last row of their group, else at the end; then every row is numbered again.
 */
export function placeNew<T extends { id: number; groupId: number | null }>(
  existing: T[],
  added: Array<{ row: T; after: number | null }>,
): number[] {
  const order = existing.map((e) => e.id);
  const group = new Map<number, number | null>(existing.map((e) => [e.id, e.groupId]));
  for (const { row, after } of added) {
    group.set(row.id, row.groupId);
    if (after !== null && order[order.length - 1] === after && group.get(after) === row.groupId) {
      order.push(row.id); // the usual case, a file appended in its own order: no scan
      continue;
    }
    let at = after !== null && group.get(after) === row.groupId ? order.indexOf(after) : -1;
    if (at < 0) {
      for (let i = order.length - 1; i >= 0; i--) {
        if (group.get(order[i]!) === row.groupId) {
          at = i;
          break;
        }
      }
    }
    if (at < 0) order.push(row.id);
    else order.splice(at + 1, 0, row.id);
  }
  return order;
}

/**
 * What an import's audit entry for one row says: the row's code and title (the history
 * panel's label once the row is gone) and where its exact images are kept — the batch's
 * import_rows row (never deleted, undo included). The images are not copied a second
 * time into the audit log: that doubled the bytes a 10,000-row commit wrote.
 */
export function importAuditRef(image: Image | null, batchId: number, importRowId: number): { summary: string; importBatch: number; importRow: number } {
  const row = (image?.row ?? {}) as { code?: string; title?: string; name?: string };
  return { summary: [row.code, row.title ?? row.name].filter((x) => typeof x === 'string' && x).join(' '), importBatch: batchId, importRow: importRowId };
}
