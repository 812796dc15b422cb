/**
 * Apply an import plan in one transaction: local records take the package's uids, new
 * records are inserted, records changed only on the sending machine are updated, and in a
 * conflict only the fields the officer chose from the package are written (the rest stay
 * as they are here). Every step is logged so the import can be undone.
 */
import type { Sql } from '../../db/exec';
import { recordAudit } from '../../audit/service';
import { AppError } from '../../errors';
import type { ImportPlan, PlanItem } from './diff';
import { getBase, insertRecord, readUpdatedAt, setBase, setUid, setUpdatedAt, tableShape, updateRecord } from './records';
import type { EntityTable, Fields } from './spec';

/** For each conflicting record (by uid), the fields to take from the package. */
export type Decisions = Map<string, Set<string>>;

export interface UndoLog {
  peer: string;
  adopted: Array<{ table: EntityTable; to: string; from: string }>;
  inserted: Array<{ table: EntityTable; uid: string }>;
  updated: Array<{ table: EntityTable; uid: string; before: Fields; beforeUpdatedAt: string | null }>;
  bases: Array<{ uid: string; before: string | null }>;
  /** updated_at of every touched record right after the import: a later edit blocks undo */
  after: Array<{ table: EntityTable; uid: string; updatedAt: string | null }>;
}

export interface CommitSummary {
  inserted: number;
  updated: number;
  conflictsResolved: number;
  conflictsKept: number;
  unchanged: number;
}

function selfRefs(sql: Sql, table: EntityTable): Set<string> {
  return new Set(Object.entries(tableShape(sql, table).refs).filter(([, t]) => t === table).map(([c]) => c));
}

function split(fields: Fields, later: Set<string>): [Fields, Fields] {
  const now: Fields = {};
  const after: Fields = {};
  for (const [k, v] of Object.entries(fields)) (later.has(k) || k.startsWith('@') ? after : now)[k] = v;
  return [now, after];
}

/** Fields to write for an existing record, or null when nothing changes here. */
function fieldsToWrite(item: PlanItem, decisions: Decisions): Fields | null {
  if (item.verdict === 'theirs-newer') return Object.fromEntries(item.changed.map((k) => [k, item.theirs.fields[k]!]));
  if (item.verdict !== 'conflict') return null;
  const take = item.changed.filter((k) => decisions.get(item.theirs.uid)?.has(k));
  return take.length ? Object.fromEntries(take.map((k) => [k, item.theirs.fields[k]!])) : null;
}

export function commitPlan(sql: Sql, plan: ImportPlan, decisions: Decisions): { log: UndoLog; summary: CommitSummary } {
  const peer = plan.manifest.source.machineId;
  const uids = plan.uids;
  const log: UndoLog = { peer, adopted: [], inserted: [], updated: [], bases: [], after: [] };
  const summary: CommitSummary = { inserted: 0, updated: 0, conflictsResolved: 0, conflictsKept: 0, unchanged: 0 };

  // 1. local records take the package's uid (records and the higher-plan records stubs named)
  const adoptions = [
    ...plan.items.filter((i) => i.adoptFrom && i.localId !== null).map((i) => ({ table: i.table, localId: i.localId!, from: i.adoptFrom!, to: i.theirs.uid })),
    ...plan.stubAdoptions,
  ];
  for (const a of adoptions) {
    setUid(sql, a.table, a.localId, a.to);
    uids.forget(a.table, a.from);
    uids.remember(a.table, a.localId, a.to);
    log.adopted.push({ table: a.table, to: a.to, from: a.from });
  }

  // 2. first pass: rows and their references to earlier tables; 3. second pass: self references, link rows
  const deferred: Array<{ item: PlanItem; id: number; fields: Fields }> = [];
  const written: Array<{ item: PlanItem; id: number; whole: boolean }> = [];
  for (const item of plan.items) {
    const later = selfRefs(sql, item.table);
    if (item.verdict === 'new') {
      const [now, after] = split(item.theirs.fields, later);
      const id = insertRecord(sql, item.table, { ...item.theirs, fields: now }, uids, later);
      deferred.push({ item, id, fields: after });
      written.push({ item, id, whole: true });
      log.inserted.push({ table: item.table, uid: item.theirs.uid });
      summary.inserted++;
      continue;
    }
    const fields = fieldsToWrite(item, decisions);
    if (item.verdict === 'conflict') summary[fields ? 'conflictsResolved' : 'conflictsKept']++;
    if (!fields) {
      if (item.verdict !== 'conflict') summary.unchanged++;
      continue;
    }
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, item.ours!.fields[k] ?? null]));
    log.updated.push({ table: item.table, uid: item.theirs.uid, before, beforeUpdatedAt: item.ours!.updatedAt });
    const [now, after] = split(fields, later);
    updateRecord(sql, item.table, item.localId!, now, uids);
    deferred.push({ item, id: item.localId!, fields: after });
    written.push({ item, id: item.localId!, whole: item.verdict === 'theirs-newer' });
    summary.updated++;
    for (const [field, value] of Object.entries(fields)) {
      recordAudit(sql, { action: 'package.import', entity: item.table, entityId: item.localId, field, before: before[field], after: value });
    }
  }
  for (const d of deferred) if (Object.keys(d.fields).length) updateRecord(sql, d.item.table, d.id, d.fields, uids);

  // 4. modification times: a record taken whole keeps the sender's; a merged one is modified now
  for (const w of written) {
    if (w.whole && w.item.theirs.updatedAt) setUpdatedAt(sql, w.item.table, w.id, w.item.theirs.updatedAt);
    log.after.push({ table: w.item.table, uid: w.item.theirs.uid, updatedAt: readUpdatedAt(sql, w.item.table, w.id) });
  }

  // 5. what we have now seen from that machine is the base of the next comparison
  for (const item of plan.items) {
    log.bases.push({ uid: item.theirs.uid, before: getBase(sql, peer, item.theirs.uid) });
    setBase(sql, peer, item.theirs.uid, item.theirsHash);
  }
  return { log, summary };
}

export function translateConstraint(e: unknown, doing: string): unknown {
  const code = (e as { code?: string })?.code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError(
      'CONFLICT',
      `Không ${doing} được vì dữ liệu trên máy này và trong gói vướng nhau (${code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'trùng mã, ví dụ hai nhiệm vụ cùng mã trong một kế hoạch' : 'bản ghi còn đang được dùng ở nơi khác'}). Không có gì bị thay đổi. Hãy sửa chỗ trùng trên một máy rồi thử lại.`,
      { cause: e },
    );
  }
  return e;
}
