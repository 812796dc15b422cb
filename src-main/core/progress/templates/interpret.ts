/**
 * Rows of a returned template → what each row reports (pure, no database): match each row
 * to its task or target by the hidden key, falling back to TT + name when the key is
 * damaged; read status words (folded; nearest suggestion for typos), dates, numbers;
 * refuse duplicates. Messages are Vietnamese and name the sheet and row.
 */
import { fold } from '../../vn/text';
import { formatVnNumber } from '../../vn/format';
import { CLAIM_LABELS, type Claim } from '../status-names';
import { matchMetWord, matchStatusWord, wordKey } from '../status-words';
import { parseRowKey, type ItemTable } from './keys';
import { META_SHEET, TARGET_COLUMNS, TASK_COLUMNS, type Column, type FieldName } from './layout';
import type { TemplateMeta } from './meta';
import type { Cell, ReadBook, ReadSheet } from './read';
import { cellDate, cellNumber, cellText } from './values';

export interface ItemRef {
  table: ItemTable;
  id: number;
  code: string;
  title: string;
}

export interface InterpretContext {
  planId: number;
  items: ItemRef[];
  /** "orgId:table:itemId" of what each body is expected to report */
  expected: Set<string>;
  /** rows already taken in this batch ("orgId:table:itemId" → where), shared across files */
  seen: Map<string, string>;
  fileName: string;
}

export interface RowInput {
  claim: Claim | null;
  resultText: string | null;
  completedDate: string | null;
  actualValue: number | null;
  met: boolean | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  note: string | null;
}

export interface RowMessage {
  level: 'error' | 'warning' | 'info';
  text: string;
}

export interface InterpretedRow {
  sheet: string;
  rowNumber: number;
  orgId: number;
  orgName: string;
  table: ItemTable;
  itemId: number | null;
  code: string;
  title: string;
  matchedBy: 'key' | 'code-title' | 'title' | null;
  empty: boolean;
  input: RowInput;
  /** a status word not in the list and the nearest one: used only once the officer confirms */
  suggestion: { claim: Claim; label: string; written: string } | null;
  messages: RowMessage[];
}

const headerKey = (t: string) => wordKey(t.replace(/\([^)]*\)/g, ' '));

function headerMap(cols: Column[]): Map<string, FieldName> {
  const m = new Map<string, FieldName>();
  for (const c of cols) for (const h of [c.header, ...(c.aliases ?? [])]) if (!m.has(headerKey(h))) m.set(headerKey(h), c.field);
  return m;
}
const HEADERS: Record<ItemTable, Map<string, FieldName>> = { task: headerMap(TASK_COLUMNS), target: headerMap(TARGET_COLUMNS) };

/** Find the header row (within the first 20 rows) and where each field's column is now. */
export function locateColumns(sheet: ReadSheet, table: ItemTable): { headerRow: number; cols: Map<FieldName, number> } | null {
  const dict = HEADERS[table];
  for (const r of sheet.rows.slice(0, 20)) {
    const cols = new Map<FieldName, number>();
    r.cells.forEach((c, i) => {
      const t = cellText(c);
      const f = t ? dict.get(headerKey(t)) : undefined;
      if (f && !cols.has(f)) cols.set(f, i);
    });
    if (cols.size >= 3 && (cols.has('code') || cols.has('title'))) return { headerRow: r.n, cols };
  }
  return null;
}

function firstLine(t: string): string {
  return fold(t.split('\n')[0] ?? '');
}

function sameTitle(a: string, b: string): boolean {
  const x = firstLine(a);
  const y = firstLine(b);
  return x === y || (x.length >= 20 && y.length >= 20 && (x.startsWith(y.slice(0, 40)) || y.startsWith(x.slice(0, 40))));
}

function matchItem(ctx: InterpretContext, table: ItemTable, keyText: string | null, code: string, title: string, msgs: RowMessage[]) {
  const pool = ctx.items.filter((i) => i.table === table);
  const byKey = keyText ? parseRowKey(keyText, ctx.planId) : null;
  const keyed = byKey && byKey.table === table ? pool.find((i) => i.id === byKey.id) : undefined;
  if (keyed && (keyed.code === code || sameTitle(keyed.title, title) || (!code && !title))) return { item: keyed, by: 'key' as const };
  const byCode = pool.filter((i) => i.code === code && sameTitle(i.title, title));
  const byTitle = pool.filter((i) => sameTitle(i.title, title));
  const found = byCode.length === 1 ? { item: byCode[0]!, by: 'code-title' as const } : byTitle.length === 1 && title ? { item: byTitle[0]!, by: 'title' as const } : null;
  const what = keyed ? 'Mã dòng không khớp với TT và tên trên dòng' : keyText ? 'Mã dòng bị hỏng' : 'Thiếu mã dòng';
  if (found) {
    msgs.push({ level: 'warning', text: `${what}; đã khớp theo ${found.by === 'code-title' ? 'TT và tên' : 'tên'} với ${table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${found.item.code}.` });
    return found;
  }
  msgs.push({
    level: 'error',
    text: `${what} và không tìm thấy ${table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} nào có TT "${code}" và tên "${title.slice(0, 60)}" trong kế hoạch. Hãy dùng đúng biểu mẫu đã gửi, không sửa cột TT và tên.`,
  });
  return null;
}

function readRow(cells: Cell[], cols: Map<FieldName, number>) {
  const at = (f: FieldName): Cell | undefined => {
    const i = cols.get(f);
    return i === undefined ? undefined : cells[i];
  };
  return { at, text: (f: FieldName) => cellText(at(f)) };
}

function interpretSheet(sheet: ReadSheet, spec: { table: ItemTable; orgId: number; orgName: string }, ctx: InterpretContext): { rows: InterpretedRow[]; error?: string } {
  const located = locateColumns(sheet, spec.table);
  if (!located) return { rows: [], error: `Trang "${sheet.name}" không còn dòng tiêu đề của biểu mẫu (TT, tên, trạng thái...). Hãy dùng đúng biểu mẫu đã gửi.` };
  const { headerRow, cols } = located;
  const out: InterpretedRow[] = [];
  for (const r of sheet.rows) {
    if (r.n <= headerRow) continue;
    const { at, text } = readRow(r.cells, cols);
    const code = text('code') ?? '';
    const title = text('title') ?? '';
    const keyText = text('key');
    if (!code && !title && !keyText) continue;
    const messages: RowMessage[] = [];
    const input: RowInput = { claim: null, resultText: text('result'), completedDate: null, actualValue: null, met: null, evidenceNumber: text('evidenceNumber'), evidenceDate: null, note: text('note') };
    let suggestion: InterpretedRow['suggestion'] = null;
    const statusText = text('status');
    const w = matchStatusWord(statusText);
    if (w.kind === 'exact') {
      input.claim = w.claim;
      if (!w.asWritten) messages.push({ level: 'info', text: `Trạng thái "${statusText}" được đọc là "${w.label}".` });
    } else if (w.kind === 'suggestion') {
      suggestion = { claim: w.claim, label: w.label, written: statusText ?? '' };
      messages.push({ level: 'warning', text: `Trạng thái "${statusText}" không có trong danh sách; có phải "${w.label}"? Xác nhận dùng gợi ý thì dòng này mới được ghi.` });
    } else if (w.kind === 'unknown') {
      messages.push({ level: 'error', text: `Trạng thái "${statusText}" không có trong danh sách. Hãy chọn một trong: ${Object.values(CLAIM_LABELS).join('; ')}.` });
    }
    for (const [field, label] of [['completed', 'Ngày hoàn thành'], ['evidenceDate', 'Ngày văn bản minh chứng']] as const) {
      const d = cellDate(at(field));
      if (d.invalid) messages.push({ level: 'error', text: `${label} "${cellText(at(field))}" không phải ngày hợp lệ; hãy ghi theo dạng dd/mm/yyyy (ví dụ 10/04/2026).` });
      if (field === 'completed') input.completedDate = d.value;
      else input.evidenceDate = d.value;
    }
    if (spec.table === 'target') {
      const n = cellNumber(at('actual'));
      if (n.invalid) messages.push({ level: 'error', text: `Giá trị thực hiện "${cellText(at('actual'))}" không phải số; hãy ghi số, dùng dấu phẩy cho phần thập phân (ví dụ ${formatVnNumber(86.5)}).` });
      input.actualValue = n.value;
      const met = matchMetWord(text('met'));
      if (met === 'invalid') messages.push({ level: 'error', text: `Đánh giá "${text('met')}" không hợp lệ; hãy chọn "Đạt" hoặc "Không đạt".` });
      else input.met = met;
    }
    const empty =
      !statusText && !input.resultText && !input.completedDate && input.actualValue === null && input.met === null && !input.evidenceNumber && !input.evidenceDate && !input.note && !messages.some((m) => m.level === 'error');
    const m = empty ? null : matchItem(ctx, spec.table, keyText, code, title, messages);
    const row: InterpretedRow = {
      sheet: sheet.name,
      rowNumber: r.n,
      orgId: spec.orgId,
      orgName: spec.orgName,
      table: spec.table,
      itemId: m?.item.id ?? null,
      code: m?.item.code ?? code,
      title: m?.item.title ?? title,
      matchedBy: m?.by ?? null,
      empty,
      input,
      suggestion,
      messages,
    };
    if (m) {
      const k = `${spec.orgId}:${spec.table}:${m.item.id}`;
      const where = `tệp ${ctx.fileName}, trang "${sheet.name}", dòng ${r.n}`;
      const prev = ctx.seen.get(k);
      if (prev) messages.push({ level: 'error', text: `Trùng báo cáo: ${spec.table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${m.item.code} của ${spec.orgName} đã có ở ${prev}. Mỗi đơn vị chỉ báo cáo một dòng cho mỗi nhiệm vụ, chỉ tiêu; hãy giữ một dòng.` });
      else ctx.seen.set(k, where);
      if (!ctx.expected.has(k)) messages.push({ level: 'warning', text: `${spec.orgName} không được giao ${spec.table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${m.item.code} trong kế hoạch; vẫn nhận báo cáo này.` });
    }
    out.push(row);
  }
  return { rows: out };
}

export function interpretBook(book: ReadBook, meta: TemplateMeta, ctx: InterpretContext): { rows: InterpretedRow[]; sheetErrors: string[] } {
  const rows: InterpretedRow[] = [];
  const sheetErrors: string[] = [];
  const single = new Set(meta.sheets.map((s) => s.orgId)).size === 1 ? meta.sheets[0] : undefined;
  for (const sheet of book.sheets) {
    if (sheet.name === META_SHEET || sheet.state === 'veryHidden') continue;
    let spec = meta.sheets.find((s) => s.sheet === sheet.name);
    if (!spec && single) {
      const table: ItemTable | null = locateColumns(sheet, 'task')?.cols.has('deadline') ? 'task' : locateColumns(sheet, 'target')?.cols.has('actual') ? 'target' : null;
      if (table) spec = { ...single, sheet: sheet.name, table };
    }
    if (!spec) continue;
    const r = interpretSheet(sheet, spec, ctx);
    if (r.error) sheetErrors.push(r.error);
    rows.push(...r.rows);
  }
  if (rows.length === 0 && sheetErrors.length === 0) sheetErrors.push(`Tệp ${ctx.fileName} không có dòng nhiệm vụ, chỉ tiêu nào để nhập.`);
  return { rows, sheetErrors };
}

