/**
 * PlanDesk packages for the doors: export plans to one file; read a file into a preview
 * (new, changed there, changed here, conflicts field by field); import it in one
 * transaction after a verified backup; undo the last import.
 */
import type { Core } from '../../core';
import { recordAudit } from '../../audit/service';
import { AppError } from '../../errors';
import { fold } from '../../vn/text';
import { peekMachineId } from '../settings';
import { exportPackageBytes } from './collect';
import { commitPlan, translateConstraint, type CommitSummary, type Decisions } from './commit';
import { planImport, type ImportPlan, type PlanItem } from './diff';
import { PACKAGE_EXTENSION } from './format';
import { getUndoLog, insertImportLog, listImportLogs, markUndone, type ImportLogRow } from './imports-log';
import { displayValue, fieldLabel, recordLabel, TABLE_LABELS } from './labels';
import { LINK_TABLES, ENTITY_TABLES, type EntityTable } from './spec';
import { tableShape } from './records';
import { readPackage } from './zip';
import { applyUndo } from './undo';

const LIST_LIMIT = 300;

export function exportPackage(core: Core, planIds: readonly number[]): { fileName: string; bytes: Uint8Array; plans: number; tasks: number; progressEntries: number } {
  const { bytes, manifest } = exportPackageBytes(core, planIds);
  const first = manifest.plans[0];
  const words = first ? fold(first.numberSymbol ?? first.title).split(/[^a-z0-9]+/i).filter(Boolean) : [];
  const stem = (first?.numberSymbol ? words : words.slice(0, 6)).join('-').toLowerCase() || 'ke-hoach';
  const date = manifest.createdAt.slice(0, 10);
  return {
    fileName: `goi-${stem}${manifest.plans.length > 1 ? `-va-${manifest.plans.length - 1}-ke-hoach-khac` : ''}-${date}${PACKAGE_EXTENSION}`,
    bytes,
    plans: manifest.plans.length,
    tasks: manifest.counts.tasks ?? 0,
    progressEntries: manifest.counts.progress_entries ?? 0,
  };
}

export interface PreviewCount {
  table: EntityTable;
  label: string;
  new: number;
  theirsNewer: number;
  conflicts: number;
  same: number;
  oursNewer: number;
}

export interface PackagePreview {
  fileName: string;
  fileSha256: string;
  source: { machineName: string; office: string | null; appVersion: string; createdAt: string; thisMachine: boolean };
  plans: Array<{ uid: string; numberSymbol: string | null; title: string; exists: boolean }>;
  counts: PreviewCount[];
  totals: Omit<PreviewCount, 'table' | 'label'>;
  updates: Array<{ uid: string; table: EntityTable; tableLabel: string; label: string; fields: string[] }>;
  conflicts: Array<{
    uid: string;
    table: EntityTable;
    tableLabel: string;
    label: string;
    oursUpdatedAt: string | null;
    theirsUpdatedAt: string | null;
    fields: Array<{ field: string; label: string; ours: string; theirs: string }>;
  }>;
  truncated: boolean;
  unresolvedLinks: number;
  warnings: string[];
}

function linkRefs(core: Core, table: EntityTable) {
  return Object.fromEntries(LINK_TABLES.filter((l) => l.of === table).map((l) => [`@${l.table}`, tableShape(core.sql, l.table, l.parent).refs]));
}

function describePlan(core: Core, plan: ImportPlan, fileName: string): PackagePreview {
  const counts: PreviewCount[] = ENTITY_TABLES.map((t) => {
    const of = (v: PlanItem['verdict']) => plan.items.filter((i) => i.table === t && i.verdict === v).length;
    return { table: t, label: TABLE_LABELS[t], new: of('new'), theirsNewer: of('theirs-newer'), conflicts: of('conflict'), same: of('same'), oursNewer: of('ours-newer') };
  });
  const sum = (k: keyof Omit<PreviewCount, 'table' | 'label'>) => counts.reduce((a, c) => a + c[k], 0);
  const updates = plan.items.filter((i) => i.verdict === 'theirs-newer');
  const conflicts = plan.items.filter((i) => i.verdict === 'conflict');
  const m = plan.manifest;
  const planExists = new Set(plan.items.filter((i) => i.table === 'plans' && i.verdict !== 'new').map((i) => i.theirs.uid));
  return {
    fileName,
    fileSha256: plan.fileSha256,
    source: { machineName: m.source.machineName, office: m.source.office, appVersion: m.source.appVersion, createdAt: m.createdAt, thisMachine: m.source.machineId === peekMachineId(core.sql) },
    plans: m.plans.map((p) => ({ ...p, exists: planExists.has(p.uid) })),
    counts: counts.filter((c) => c.new + c.theirsNewer + c.conflicts + c.same + c.oursNewer > 0),
    totals: { new: sum('new'), theirsNewer: sum('theirsNewer'), conflicts: sum('conflicts'), same: sum('same'), oursNewer: sum('oursNewer') },
    updates: updates.slice(0, LIST_LIMIT).map((i) => ({
      uid: i.theirs.uid,
      table: i.table,
      tableLabel: TABLE_LABELS[i.table],
      label: recordLabel(i.table, i.theirs.fields, plan.theirsCtx),
      fields: i.changed.map((f) => fieldLabel(i.table, f)),
    })),
    conflicts: conflicts.slice(0, LIST_LIMIT).map((i) => {
      const refs = tableShape(core.sql, i.table).refs;
      const lrefs = linkRefs(core, i.table);
      return {
        uid: i.theirs.uid,
        table: i.table,
        tableLabel: TABLE_LABELS[i.table],
        label: recordLabel(i.table, i.theirs.fields, plan.theirsCtx),
        oursUpdatedAt: i.ours?.updatedAt ?? null,
        theirsUpdatedAt: i.theirs.updatedAt,
        fields: i.changed.map((f) => ({
          field: f,
          label: fieldLabel(i.table, f),
          ours: displayValue(refs, lrefs, f, i.ours?.fields[f], plan.oursCtx),
          theirs: displayValue(refs, lrefs, f, i.theirs.fields[f], plan.theirsCtx),
        })),
      };
    }),
    truncated: updates.length > LIST_LIMIT || conflicts.length > LIST_LIMIT,
    unresolvedLinks: plan.unresolved.length,
    warnings: plan.warnings,
  };
}

export function previewPackage(core: Core, bytes: Uint8Array, fileName: string): PackagePreview {
  const pkg = readPackage(bytes);
  return describePlan(core, planImport(core.sql, pkg, peekMachineId(core.sql)), fileName);
}

export interface PackageImportResult extends CommitSummary {
  importId: number;
}

export async function importPackage(
  core: Core,
  bytes: Uint8Array,
  fileName: string,
  options: { decisions?: Array<{ uid: string; field: string }>; expectedSha256?: string } = {},
): Promise<PackageImportResult> {
  const pkg = readPackage(bytes);
  if (options.expectedSha256 && options.expectedSha256 !== pkg.fileSha256) {
    throw new AppError('CONFLICT', 'Tệp gói khác với tệp đã xem trước. Hãy chọn lại tệp và xem trước một lần nữa.');
  }
  const decisions: Decisions = new Map();
  for (const d of options.decisions ?? []) {
    if (!decisions.has(d.uid)) decisions.set(d.uid, new Set());
    decisions.get(d.uid)!.add(d.field);
  }
  await core.backupBefore('package-import');
  try {
    return core.sql.tx(() => {
      const plan = planImport(core.sql, pkg, peekMachineId(core.sql));
      const { log, summary } = commitPlan(core.sql, plan, decisions);
      const source = pkg.manifest.source;
      const importId = insertImportLog(core.sql, {
        fileName,
        fileSha256: pkg.fileSha256,
        sourceMachineId: source.machineId,
        sourceLabel: [source.office, source.machineName].filter(Boolean).join(' — '),
        summary,
        undo: log,
      });
      recordAudit(core.sql, { action: 'package.import', entity: 'package', entityId: importId, after: { fileName, plans: pkg.manifest.plans.map((p) => p.numberSymbol ?? p.title), ...summary } });
      return { importId, ...summary };
    });
  } catch (e) {
    throw translateConstraint(e, 'nhập gói');
  }
}

export function listPackageImports(core: Core): Array<ImportLogRow & { canUndo: boolean }> {
  const rows = listImportLogs(core.sql);
  const latestCommitted = rows.find((r) => r.status === 'committed')?.id;
  return rows.map((r) => ({ ...r, canUndo: r.id === latestCommitted }));
}

function undoableImport(core: Core, id: number) {
  const entry = getUndoLog(core.sql, id);
  if (!entry) throw new AppError('NOT_FOUND', `Không có lần nhập gói số ${id}.`);
  if (entry.status === 'undone') throw new AppError('CONFLICT', 'Lần nhập gói này đã được hoàn tác rồi.');
  if (!entry.latest) throw new AppError('CONFLICT', 'Chỉ hoàn tác được lần nhập gói gần nhất. Hãy hoàn tác các lần nhập sau nó trước.');
  return entry;
}

export async function undoPackageImport(core: Core, id: number): Promise<{ removed: number; restored: number }> {
  undoableImport(core, id);
  await core.backupBefore('package-import');
  try {
    return core.sql.tx(() => {
      const entry = undoableImport(core, id); // read again: the app kept answering during the backup
      const r = applyUndo(core.sql, entry.undo);
      markUndone(core.sql, id);
      recordAudit(core.sql, { action: 'package.undo', entity: 'package', entityId: id, after: r });
      return r;
    });
  } catch (e) {
    throw translateConstraint(e, 'hoàn tác');
  }
}
