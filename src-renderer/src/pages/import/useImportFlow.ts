/** The wizard's state and the calls behind each step (analyse, re-read with choices, check, compare, commit). */
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../src-main/api/contract/methods';
import type { ImportAnalysis, ImportField, ImportIssueView, ImportRecordView, ParsedRowView, DiffView } from '../../../../src-main/api/contract/imports-schemas';
import { unpackAnalysis } from '../../../../src-main/api/contract/imports-lean';
import { invoke } from '../../api/client';
import type { Busy } from './FileStep';
import type { MappingChoice } from './MappingStep';
import { readWithProgress } from './readFile';

type Override = NonNullable<MethodInput<'imports.analyze'>['overrides']>[number];

export interface Flow {
  step: number;
  file: { name: string; size: number; base64: string } | null;
  analysis: ImportAnalysis | null;
  tableIndex: number | null;
  records: ImportRecordView[];
  rows: ParsedRowView[];
  issues: ImportIssueView[];
  dirty: boolean;
  choices: Record<string, number>;
  planId: number | null;
  diff: DiffView | null;
  busy: Busy | null;
  error: string | null;
  result: MethodOutput<'imports.commit'> | null;
  remember: boolean;
  /** cells the officer edited ("row:field"): what the file said there no longer applies */
  edited: string[];
}

const EMPTY: Flow = { step: 0, file: null, analysis: null, tableIndex: null, records: [], rows: [], issues: [], dirty: false, choices: {}, planId: null, diff: null, busy: null, error: null, result: null, remember: false, edited: [] };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useImportFlow() {
  const [f, setF] = useState<Flow>(EMPTY);
  const overrides = useRef<Override[]>([]);
  // what the officer edited, kept outside React's batching: a click right after an edit must see it
  const edits = useRef<{ records: ImportRecordView[]; choices: Record<string, number>; edited: string[]; version: number }>({ records: [], choices: {}, edited: [], version: 0 });
  const patch = useCallback((p: Partial<Flow>) => setF((s) => ({ ...s, ...p })), []);

  /** A progress bar that creeps towards the end while the server works, never claiming to be done. */
  const withProgress = async <T>(label: string, from: number, run: () => Promise<T>): Promise<T> => {
    let percent = from;
    patch({ busy: { label, percent }, error: null });
    const timer = setInterval(() => {
      percent = Math.min(95, percent + Math.max(1, (95 - percent) / 12));
      patch({ busy: { label, percent: Math.round(percent) } });
    }, 250);
    try {
      return await run();
    } finally {
      clearInterval(timer);
      patch({ busy: null });
    }
  };

  const analyze = async (file: NonNullable<Flow['file']>, keepTable: number | null) => {
    const analysis = unpackAnalysis(
      await withProgress('Đang đọc và phân tích bảng…', 40, () =>
        invoke('imports.analyze', { fileName: file.name, dataBase64: file.base64, overrides: overrides.current.length ? overrides.current : undefined }),
      ),
    );
    const tableIndex = keepTable ?? analysis.tables.find((t) => t.kind)?.index ?? analysis.tables[0]?.index ?? null;
    patch({ analysis, tableIndex, file });
    return analysis;
  };

  const loadFile = async (picked: File) => {
    overrides.current = [];
    setF({ ...EMPTY, file: { name: picked.name, size: picked.size, base64: '' }, busy: { label: `Đang đọc tệp ${picked.name}…`, percent: 0 } });
    try {
      const base64 = await readWithProgress(picked, (p) => patch({ busy: { label: `Đang đọc tệp ${picked.name}…`, percent: Math.round(p * 0.4) } }));
      await analyze({ name: picked.name, size: picked.size, base64 }, null);
      patch({ step: 1 });
    } catch (e) {
      patch({ busy: null, error: message(e), step: 0 });
    }
  };

  const applyMapping = async (choice: MappingChoice) => {
    if (!f.file || f.tableIndex === null) return;
    const table = f.tableIndex;
    overrides.current = [...overrides.current.filter((o) => o.table !== table), { table, kind: choice.kind, headerRows: choice.headerRows, mapping: choice.mapping }];
    try {
      await analyze(f.file, table);
    } catch (e) {
      patch({ error: message(e) });
    }
  };

  const table = f.analysis?.tables.find((t) => t.index === f.tableIndex) ?? null;

  const toReview = () => {
    if (!table) return;
    edits.current = { records: structuredClone(table.rows.map((r) => r.record)), choices: {}, edited: [], version: 0 };
    patch({ step: 3, records: edits.current.records, rows: table.rows, issues: table.issues, dirty: false, diff: null, choices: {}, edited: [] });
  };

  const edit = (index: number, field: ImportField, value: string | null) => {
    const records = [...edits.current.records];
    const r = structuredClone(records[index]!);
    if (field === 'code') {
      r.code = value?.trim() ?? '';
      r.tt = r.code.slice(r.code.lastIndexOf('.') + 1);
    } else r.fields = { ...r.fields, [field]: value };
    records[index] = r;
    const cell = `${r.sourceRow}:${field}`;
    const edited = edits.current.edited.includes(cell) ? edits.current.edited : [...edits.current.edited, cell];
    edits.current = { ...edits.current, records, edited, version: edits.current.version + 1 };
    setF((s) => ({ ...s, records, edited, issues: s.issues.filter((i) => i.stage === 'values' || `${i.row}:${i.field}` !== cell), dirty: true, diff: null }));
  };

  const choose = (text: string, orgId: number | null) => {
    const choices = { ...edits.current.choices };
    if (orgId === null) delete choices[text];
    else choices[text] = orgId;
    edits.current = { ...edits.current, choices, version: edits.current.version + 1 };
    setF((s) => ({ ...s, choices, dirty: true, diff: null }));
  };

  const check = async (planId = f.planId): Promise<boolean> => {
    if (!table?.kind || table.kind === 'progress') return false;
    const version = edits.current.version;
    try {
      const r = await withProgress(planId !== null ? 'Đang kiểm tra và so sánh với kế hoạch…' : 'Đang kiểm tra…', 10, () =>
        invoke('imports.preview', {
          ...(planId !== null ? { planId } : {}),
          kind: table.kind as 'tasks' | 'targets',
          records: edits.current.records,
          orgChoices: edits.current.choices,
        }),
      );
      const structural = table.issues.filter((i) => i.stage !== 'values' && !edits.current.edited.includes(`${i.row}:${i.field}`));
      // an edit made while the check ran still needs its own check
      const stale = edits.current.version !== version;
      patch({ rows: r.rows, issues: [...structural, ...r.issues].sort((a, b) => a.row - b.row), diff: stale ? null : r.diff, dirty: stale, planId });
      return true;
    } catch (e) {
      patch({ error: message(e) });
      return false;
    }
  };

  const toDiff = async () => {
    if (f.planId !== null && (await check())) patch({ step: 4 });
  };

  const commit = async () => {
    if (!table?.kind || table.kind === 'progress' || f.planId === null || !f.analysis) return;
    const mapping: Record<string, string> = {};
    for (const c of table.columns) if (c.field) mapping[c.field] = c.header;
    try {
      const result = await withProgress('Đang ghi vào kế hoạch…', 20, () =>
        invoke('imports.commit', {
          planId: f.planId!,
          kind: table.kind as 'tasks' | 'targets',
          records: edits.current.records,
          orgChoices: edits.current.choices,
          file: f.analysis!.file,
          source: table.source,
          mapping,
          profile:
            f.remember && table.signature
              ? { signature: table.signature, headers: table.columns.map((c) => c.header), columns: Object.fromEntries(table.columns.map((c) => [String(c.index), c.field])) }
              : undefined,
        }),
      );
      patch({ result, step: 5 });
    } catch (e) {
      patch({ error: message(e) });
    }
  };

  return { f, table, patch, loadFile, applyMapping, toReview, edit, choose, check, toDiff, commit, reset: () => setF(EMPTY) };
}
