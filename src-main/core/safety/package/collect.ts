/**
 * Export: the chosen plans with everything they need on another machine — their document
 * and the documents it rests on (transitively), body, appendices, groups, tasks, targets,
 * reporting periods, progress entries, and every organisation any of them names (with the
 * organisations above them). A reference to a record outside the package (a task of a
 * higher plan not exported) travels as a stub with its natural key.
 */
import type { Core } from '../../core';
import { AppError } from '../../errors';
import { getOfficeIdentity } from '../../settings/office';
import { APP_VERSION } from '../../version';
import { machineName, peekMachineId } from '../settings';
import { referencesOf, RecordContext } from './context';
import { BASES_PATH, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, STUBS_PATH, tablePath, type PackageManifest } from './format';
import { recordLabel } from './labels';
import { allBases, selectRows, toRecords, UidIndex } from './records';
import { ENTITY_TABLES, type EntityTable, type Rec, type Stub } from './spec';
import { writePackage } from './zip';

const PLAN_CHILDREN: EntityTable[] = ['plan_blocks', 'plan_appendices', 'task_groups', 'tasks', 'target_groups', 'targets', 'reporting_periods'];

export interface CollectedPackage {
  manifest: Omit<PackageManifest, 'entries'>;
  files: Record<string, unknown>;
}

export function collectPackage(core: Core, planIds: readonly number[]): CollectedPackage {
  const sql = core.sql;
  const uids = new UidIndex(sql);
  const out = new Map<EntityTable, Array<Rec & { id: number }>>();
  const seen = new Set<string>();
  const put = (t: EntityTable, rows: Array<Record<string, unknown>>) => {
    const recs = toRecords(sql, t, rows, uids).filter((r) => !seen.has(`${t}:${r.uid}`));
    recs.forEach((r) => seen.add(`${t}:${r.uid}`));
    out.set(t, [...(out.get(t) ?? []), ...recs]);
    return recs;
  };

  const planRows = selectRows(sql, 'plans', 'id', planIds);
  const missing = planIds.filter((id) => !planRows.some((r) => Number(r.id) === id));
  if (missing.length) throw new AppError('NOT_FOUND', `Không có kế hoạch số ${missing.join(', ')}. Hãy xem danh sách bằng lệnh stats.`);
  put('plans', planRows);

  // the plan documents and what they rest on, all the way up
  const docIds = new Set(planRows.map((r) => Number(r.document_id)));
  let frontier = [...docIds];
  while (frontier.length) {
    const next = selectRows(sql, 'document_links', 'from_document_id', frontier).map((l) => Number(l.to_document_id)).filter((id) => !docIds.has(id));
    next.forEach((id) => docIds.add(id));
    frontier = next;
  }
  put('documents', selectRows(sql, 'documents', 'id', [...docIds]));

  for (const t of PLAN_CHILDREN) put(t, selectRows(sql, t, 'plan_id', planIds));
  const periodIds = (out.get('reporting_periods') ?? []).map((r) => r.id);
  put('progress_entries', selectRows(sql, 'progress_entries', 'period_id', periodIds));

  // organisations named anywhere, and those above them
  const orgUids = new Set<string>();
  for (const [t, recs] of out) for (const r of recs) for (const [rt, u] of referencesOf(sql, t, r)) if (rt === 'organizations') orgUids.add(u);
  let orgFrontier = [...orgUids];
  while (orgFrontier.length) {
    const recs = put('organizations', selectRows(sql, 'organizations', 'uid', orgFrontier));
    orgFrontier = recs.map((r) => r.fields.parent_id).filter((u): u is string => typeof u === 'string' && !orgUids.has(u));
    orgFrontier.forEach((u) => orgUids.add(u));
  }

  const ctx = new RecordContext(sql, uids);
  for (const [t, recs] of out) ctx.add(t, recs);
  const inPackage = (t: EntityTable, u: string) => seen.has(`${t}:${u}`);
  const stubs = new Map<string, Stub>();
  for (const [t, recs] of out) {
    for (const r of recs) {
      for (const [rt, u] of referencesOf(sql, t, r)) {
        if (inPackage(rt, u) || stubs.has(`${rt}:${u}`)) continue;
        const target = ctx.get(rt, u);
        stubs.set(`${rt}:${u}`, { table: rt, uid: u, natural: ctx.natural(rt, u), label: target ? recordLabel(rt, target.fields, ctx) : '?' });
      }
    }
  }

  const files: Record<string, unknown> = {};
  const counts: Record<string, number> = {};
  const allUids: string[] = [];
  for (const t of ENTITY_TABLES) {
    const recs = (out.get(t) ?? []).map(({ uid, updatedAt, fields }) => ({ uid, updatedAt, fields }));
    files[tablePath(t)] = { records: recs };
    counts[t] = recs.length;
    allUids.push(...recs.map((r) => r.uid));
  }
  files[STUBS_PATH] = { stubs: [...stubs.values()] };
  files[BASES_PATH] = { bases: Object.fromEntries(allBases(sql, allUids)) };

  const docs = new Map((out.get('documents') ?? []).map((d) => [d.uid, d]));
  const manifest: Omit<PackageManifest, 'entries'> = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source: {
      machineId: peekMachineId(sql) ?? 'unknown',
      machineName: machineName(),
      office: getOfficeIdentity(sql).agency,
      appVersion: APP_VERSION,
      schemaVersion: core.schemaVersion,
    },
    plans: (out.get('plans') ?? []).map((p) => {
      const d = docs.get(String(p.fields.document_id));
      return { uid: p.uid, numberSymbol: (d?.fields.number_symbol as string | null) ?? null, title: String(d?.fields.summary ?? '') };
    }),
    counts,
  };
  return { manifest, files };
}

export function exportPackageBytes(core: Core, planIds: readonly number[]): { bytes: Uint8Array; manifest: Omit<PackageManifest, 'entries'> } {
  const { manifest, files } = collectPackage(core, planIds);
  return { bytes: writePackage(manifest, files), manifest };
}
