/**
 * The import plan: which package records are new here, which exist (same uid, or the same
 * natural key on a machine that never exchanged them — that record then takes the
 * package's uid), and for those, a three-way verdict against the base (the version last
 * received from that machine, or the one it last received from us): unchanged, changed
 * only here, changed only there, or changed on both sides (a conflict, shown field by field).
 */
import { createHash } from 'node:crypto';
import type { Sql } from '../../db/exec';
import { AppError } from '../../errors';
import { RecordContext } from './context';
import { basesFileSchema, STUBS_PATH, BASES_PATH, stubsFileSchema, tableFileSchema, tablePath, type PackageManifest } from './format';
import { getBase, selectAllRows, selectRows, tableShape, toRecords, UidIndex } from './records';
import { canonical } from './records';
import { ENTITY_TABLES, LINK_TABLES, type EntityTable, type Fields, type Json, type Rec, type Stub } from './spec';
import type { ReadPackage } from './zip';

export type Verdict = 'new' | 'same' | 'ours-newer' | 'theirs-newer' | 'conflict';

export interface PlanItem {
  table: EntityTable;
  theirs: Rec;
  verdict: Verdict;
  localId: number | null;
  /** the local uid this record had before taking the package's */
  adoptFrom: string | null;
  /** the local record in the package's uid space */
  ours: Rec | null;
  /** fields whose values differ */
  changed: string[];
  theirsHash: string;
}

export interface ImportPlan {
  manifest: PackageManifest;
  fileSha256: string;
  items: PlanItem[];
  stubAdoptions: Array<{ table: EntityTable; localId: number; from: string; to: string }>;
  unresolved: Stub[];
  warnings: string[];
  theirsCtx: RecordContext;
  oursCtx: RecordContext;
  uids: UidIndex;
}

export function hashFields(f: Fields): string {
  return createHash('sha256').update(canonical(f)).digest('hex').slice(0, 40);
}

function parseTables(pkg: ReadPackage): { recs: Map<EntityTable, Rec[]>; stubs: Stub[]; bases: Record<string, Record<string, string>> } {
  const recs = new Map<EntityTable, Rec[]>();
  const bad = (path: string) => new AppError('INVALID_INPUT', `Gói kế hoạch có dữ liệu không hợp lệ trong ${path}. Hãy xin lại tệp gốc từ nơi gửi.`);
  for (const t of ENTITY_TABLES) {
    const raw = pkg.files.get(tablePath(t));
    if (raw === undefined) {
      recs.set(t, []);
      continue;
    }
    const parsed = tableFileSchema.safeParse(raw);
    if (!parsed.success) throw bad(tablePath(t));
    recs.set(t, parsed.data.records as Rec[]);
  }
  const stubs = stubsFileSchema.safeParse(pkg.files.get(STUBS_PATH) ?? { stubs: [] });
  const bases = basesFileSchema.safeParse(pkg.files.get(BASES_PATH) ?? { bases: {} });
  if (!stubs.success) throw bad(STUBS_PATH);
  if (!bases.success) throw bad(BASES_PATH);
  return { recs, stubs: stubs.data.stubs, bases: bases.data.bases };
}

/** Keys a record of this table can hold here: plain columns, references, link sets. */
function knownKeys(sql: Sql, table: EntityTable): Set<string> {
  const shape = tableShape(sql, table);
  return new Set([...shape.plain, ...Object.keys(shape.refs), ...LINK_TABLES.filter((l) => l.of === table).map((l) => `@${l.table}`)]);
}

function renameRefs(sql: Sql, table: EntityTable, f: Fields, rename: Map<string, string>): Fields {
  const out: Fields = { ...f };
  const swap = (v: Json | undefined): Json => (typeof v === 'string' ? (rename.get(v) ?? v) : (v ?? null));
  for (const c of Object.keys(tableShape(sql, table).refs)) if (c in out) out[c] = swap(out[c]);
  for (const link of LINK_TABLES.filter((l) => l.of === table)) {
    const rows = out[`@${link.table}`];
    if (!Array.isArray(rows)) continue;
    const lrefs = Object.keys(tableShape(sql, link.table, link.parent).refs);
    out[`@${link.table}`] = rows
      .map((r) => {
        const row = { ...(r as Fields) };
        for (const c of lrefs) if (c in row) row[c] = swap(row[c]);
        return row;
      })
      .sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  }
  return out;
}

export function planImport(sql: Sql, pkg: ReadPackage, localMachineId: string | null): ImportPlan {
  const { recs, stubs, bases } = parseTables(pkg);
  const source = pkg.manifest.source.machineId;
  const uids = new UidIndex(sql);
  const theirsCtx = new RecordContext(null, null);
  for (const [t, list] of recs) theirsCtx.add(t, list);
  for (const s of stubs) theirsCtx.setNatural(s.table, s.uid, s.natural);
  const oursCtx = new RecordContext(sql, uids);
  const warnings: string[] = [];

  // local candidates: every organisation, document and plan; children of the plans concerned
  const loaded = new Map<EntityTable, Rec[]>();
  const load = (t: EntityTable, rows: Array<Record<string, unknown>>) => {
    const list = toRecords(sql, t, rows, uids);
    oursCtx.add(t, list);
    const have = new Set((loaded.get(t) ?? []).map((r) => r.uid));
    loaded.set(t, [...(loaded.get(t) ?? []), ...list.filter((r) => !have.has(r.uid))]);
    return list as Array<Rec & { id: number }>;
  };
  for (const t of ['organizations', 'documents', 'plans'] as const) load(t, selectAllRows(sql, t));
  const wantedPlanNaturals = new Set((recs.get('plans') ?? []).map((p) => theirsCtx.natural('plans', p.uid)));
  const stubNaturals = stubs.map((s) => s.natural ?? '');
  const localPlans = (loaded.get('plans') ?? []) as Array<Rec & { id: number }>;
  const planIds = localPlans
    .filter((p) => {
      const n = oursCtx.natural('plans', p.uid);
      return (n && (wantedPlanNaturals.has(n) || stubNaturals.some((s) => s.startsWith(`${n}|`)))) || (recs.get('plans') ?? []).some((x) => x.uid === p.uid);
    })
    .map((p) => (p as Rec & { id: number }).id);
  for (const t of ['plan_blocks', 'plan_appendices', 'task_groups', 'tasks', 'target_groups', 'targets', 'reporting_periods'] as const) {
    load(t, selectRows(sql, t, 'plan_id', planIds));
  }
  const periodIds = ((loaded.get('reporting_periods') ?? []) as Array<Rec & { id: number }>).map((r) => r.id);
  load('progress_entries', selectRows(sql, 'progress_entries', 'period_id', periodIds));
  for (const t of ENTITY_TABLES) {
    const list = recs.get(t) ?? [];
    const ids = [...list.map((r) => r.uid), ...stubs.filter((s) => s.table === t).map((s) => s.uid)];
    load(t, selectRows(sql, t, 'uid', ids));
  }

  const idOfLocal = (t: EntityTable, uid: string) => uids.idOf(t, uid)!;
  const rename = new Map<string, string>(); // local uid → package uid
  const renamedIn = new Map<string, EntityTable>();
  const matched = new Map<string, Rec>(); // package uid → local record
  const stubAdoptions: ImportPlan['stubAdoptions'] = [];
  const unresolved: Stub[] = [];
  for (const t of ENTITY_TABLES) {
    const local = loaded.get(t) ?? [];
    const localByUid = new Map(local.map((r) => [r.uid, r]));
    const incoming = [...(recs.get(t) ?? []).map((r) => ({ uid: r.uid, stub: null as Stub | null })), ...stubs.filter((s) => s.table === t).map((s) => ({ uid: s.uid, stub: s }))];
    const packageUids = new Set(incoming.map((i) => i.uid));
    const taken = new Set<string>();
    for (const i of incoming) {
      const hit = localByUid.get(i.uid);
      if (hit) {
        matched.set(i.uid, hit);
        taken.add(hit.uid);
      }
    }
    const byNatural = new Map<string, Rec>();
    for (const r of local) {
      if (taken.has(r.uid) || packageUids.has(r.uid)) continue;
      const n = oursCtx.natural(t, r.uid);
      if (n && !byNatural.has(n)) byNatural.set(n, r);
    }
    for (const i of incoming) {
      if (matched.has(i.uid)) continue;
      const n = i.stub ? i.stub.natural : theirsCtx.natural(t, i.uid);
      const hit = n ? byNatural.get(n) : undefined;
      if (hit && !taken.has(hit.uid)) {
        taken.add(hit.uid);
        matched.set(i.uid, hit);
        rename.set(hit.uid, i.uid);
        renamedIn.set(hit.uid, t);
        if (i.stub) stubAdoptions.push({ table: t, localId: idOfLocal(t, hit.uid), from: hit.uid, to: i.uid });
      } else if (i.stub) {
        unresolved.push(i.stub);
      }
    }
  }
  if (unresolved.length) {
    warnings.push(`${unresolved.length} liên kết tới bản ghi của kế hoạch khác không có trên máy này (ví dụ: ${unresolved[0]!.label}); các liên kết đó sẽ để trống.`);
  }

  const items: PlanItem[] = [];
  const unknown = new Set<string>();
  for (const t of ENTITY_TABLES) {
    const keys = knownKeys(sql, t);
    for (const theirs of recs.get(t) ?? []) {
      for (const k of Object.keys(theirs.fields)) if (!keys.has(k)) unknown.add(k);
      const pick = (f: Fields) => Object.fromEntries(Object.keys(theirs.fields).filter((k) => keys.has(k)).map((k) => [k, f[k] ?? null]));
      const theirsFields = renameRefs(sql, t, pick(theirs.fields), new Map());
      const theirsHash = hashFields(theirsFields);
      const local = matched.get(theirs.uid);
      if (!local) {
        items.push({ table: t, theirs, verdict: 'new', localId: null, adoptFrom: null, ours: null, changed: [], theirsHash });
        continue;
      }
      const oursFields = pick(renameRefs(sql, t, local.fields, rename));
      const ours: Rec = { uid: theirs.uid, updatedAt: local.updatedAt, fields: oursFields };
      const changed = Object.keys(theirsFields).filter((k) => canonical(theirsFields[k]!) !== canonical(oursFields[k] ?? null));
      const oursHash = hashFields(oursFields);
      const base = getBase(sql, source, theirs.uid) ?? (localMachineId ? (bases[theirs.uid]?.[localMachineId] ?? null) : null);
      let verdict: Verdict;
      if (!changed.length) verdict = 'same';
      else if (base && base === theirsHash) verdict = 'ours-newer';
      else if (base && base === oursHash) verdict = 'theirs-newer';
      else verdict = 'conflict';
      items.push({
        table: t,
        theirs: { ...theirs, fields: theirsFields },
        verdict,
        localId: idOfLocal(t, local.uid),
        adoptFrom: local.uid === theirs.uid ? null : local.uid,
        ours,
        changed,
        theirsHash,
      });
    }
  }
  if (unknown.size) warnings.push(`Gói có ${unknown.size} trường mà phiên bản PlanDesk này không có (${[...unknown].slice(0, 5).join(', ')}); các trường đó được bỏ qua.`);
  if (localMachineId && source === localMachineId) warnings.push('Gói này được xuất từ chính máy này.');
  if (pkg.manifest.source.schemaVersion > 0 && pkg.manifest.source.schemaVersion !== sql.db.pragma('user_version', { simple: true })) {
    warnings.push(`Gói được tạo bởi PlanDesk ${pkg.manifest.source.appVersion} (phiên bản dữ liệu ${pkg.manifest.source.schemaVersion}), khác phiên bản trên máy này.`);
  }
  // references resolve in the package's uid space: local records that took a package uid answer to it
  for (const [from, to] of rename) {
    const t = renamedIn.get(from)!;
    const r = oursCtx.get(t, from);
    if (r && !oursCtx.has(t, to)) oursCtx.add(t, [{ ...r, uid: to, fields: renameRefs(sql, t, r.fields, rename) }]);
  }
  return { manifest: pkg.manifest, fileSha256: pkg.fileSha256, items, stubAdoptions, unresolved, warnings, theirsCtx, oursCtx, uids };
}
