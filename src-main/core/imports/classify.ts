/**
 * Row classification: after the header, every row is a group (I, II …; A, B …; a theme
 * "1" whose items are "1.1" …), an item, a continuation (no TT: a cell that carried over
 * a page, or the next rows of a vertically merged item), a repeated header, a column
 * numbering row, a page number, a total, a footnote or blank. Items become records with
 * their full code, group chain, cell texts per field and the fields printed merged.
 */
import { fold } from '../vn/text';
import { assignCodes, isRoman, type Entry, type GroupLevel } from './codes';
import { Coverage } from './coverage';
import type { Detection } from './detect';
import { headerKey } from './header-words';
import type { Field, ImportRecord, Issue, RawTable, RowKind, SkippedRow } from './types';

export interface Classified {
  records: ImportRecord[];
  skipped: SkippedRow[];
  issues: Issue[];
}

const PAGE = /^(?:-\s*\d+\s*-|(?:trang|page)\s*\d+(?:\s*(?:\/|of|trên)\s*\d+)?|\d+\s*\/\s*\d+)$/i;
const BARE_NUMBER = /^\d{1,4}$/;
const ITEM_CODE = /^(\d+(?:\.\d+)*)\.?$/;
const LETTER_ITEM = /^([a-zđ])[.)]$/;
const FOOTNOTE = /^(ghi chu|chu thich|chu y|luu y|nguon|\(\*+\)|\*)/;
const TOTAL = /^(tong cong|tong so|cong)\b/;
const NUMBER_LEAD = /^(\d+(?:\.\d+)*)\s*[.)]\s+(\D.*)$/s;
const GROUP_LEAD = /^([IVX]+|[A-H])\s*[.)\-–:]\s*(.+)$/s;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Does a row repeat the header (a page break in a converted table)? At least 60% of its
 * filled cells must be words of their column's header. A cell far longer than its header
 * cannot be one, and the check stops once too many cells missed: folding every long data
 * cell dominated the classification of large tables.
 */
/** A TT cell holding an item number ("3", "4.7.1", "2.") is never a repeated header. */
const ITEM_CODE_ONLY = /^\d+(\.\d+)*[.)]?$/;

function repeatsHeader(row: string[], filled: number[], headerKeys: Map<number, string>): boolean {
  const allowedMisses = filled.length * 0.4;
  let misses = 0;
  for (const c of filled) {
    const key = headerKeys.get(c);
    const cell = row[c]!;
    let hit = false;
    if (key && cell.length <= 2 * key.length + 16) {
      const k = headerKey(cell);
      hit = k !== '' && key.includes(k);
    }
    if (!hit && ++misses > allowedMisses) return false;
  }
  return true;
}

export function classifyRows(t: RawTable, d: Detection): Classified {
  const cov = new Coverage(t);
  const col = new Map<Field, number>();
  for (const c of d.columns) if (c.field) col.set(c.field, c.index);
  const codeCol = col.get('code');
  const titleField: Field = d.kind === 'targets' ? 'name' : 'title';
  const titleCol = col.get(titleField);
  const valueFields = [...col.keys()].filter((f) => f !== 'code' && f !== titleField);
  const headerKeys = new Map<number, string>();
  for (const r of d.headerRows) {
    t.rows[r]!.forEach((cell, c) => {
      if (cell) headerKeys.set(c, `${headerKeys.get(c) ?? ''} ${headerKey(cell)}`.trim());
    });
  }

  const skipped: SkippedRow[] = [];
  const issues: Issue[] = [];
  const entries: Entry[] = [];
  const items = new Map<number, ImportRecord>();
  const groupTitles = new Map<number, string>();
  const kinds: RowKind[] = [];
  let lastItem: ImportRecord | null = null;
  let lastItemCode = 0;
  const skip = (r: number, kind: RowKind) => {
    kinds[r] = kind;
    skipped.push({ row: t.rowNumbers[r]!, kind, text: oneLine(t.rows[r]!.filter(Boolean).join(' | ')).slice(0, 200) });
  };

  for (let r = d.dataStart; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    const filled = row.map((c, i) => (c !== '' ? i : -1)).filter((i) => i >= 0);
    const codeText = codeCol !== undefined ? oneLine(row[codeCol] ?? '') : '';
    const codeCovered = codeCol !== undefined ? cov.coveredFromAbove(r, codeCol) : undefined;
    const ownerIsItem = codeCovered ? kinds[codeCovered.top] === 'item' || kinds[codeCovered.top] === 'continuation' : false;

    if (filled.length === 0) {
      skip(r, ownerIsItem ? 'continuation' : 'blank');
      continue;
    }
    const firstText = oneLine(row[filled[0]!]!);
    if (filled.length === 1 && (PAGE.test(firstText) || (BARE_NUMBER.test(firstText) && (filled[0] !== codeCol || Number(firstText) !== lastItemCode + 1)))) {
      skip(r, 'page');
      continue;
    }
    if (filled.length >= 2 && !ITEM_CODE_ONLY.test(codeText) && repeatsHeader(row, filled, headerKeys)) {
      skip(r, 'header');
      continue;
    }
    if (filled.length >= 3 && filled.every((c) => /^\(?\s*(\d{1,2}|[a-z])\s*\)?$/i.test(row[c]!.trim())) && filled.length >= row.length * 0.5) {
      skip(r, 'numbering');
      continue;
    }
    const folded = fold(firstText);
    if (filled.length <= 2 && FOOTNOTE.test(folded)) {
      skip(r, 'footnote');
      continue;
    }
    if (TOTAL.test(fold(codeText)) || (codeText === '' && titleCol !== undefined && TOTAL.test(fold(row[titleCol] ?? '')))) {
      skip(r, 'total');
      continue;
    }

    // a group: Roman numeral or capital letter in the TT cell, or leading the first cell
    let group: { level: GroupLevel; tt: string; title: string } | null = null;
    const codeUpper = codeText.replace(/[.)]$/, '');
    const titleText = titleCol !== undefined ? row[titleCol] ?? '' : '';
    const otherText = filled.filter((c) => c !== codeCol).map((c) => row[c]!);
    if (isRoman(codeUpper) || /^[A-H]$/.test(codeUpper)) {
      group = { level: isRoman(codeUpper) ? 'roman' : 'letter', tt: codeUpper, title: oneLine(titleText || otherText[0] || '') };
    } else {
      const lead = GROUP_LEAD.exec(codeText !== '' ? codeText : firstText);
      if (lead && (isRoman(lead[1]!) || /^[A-H]$/.test(lead[1]!)) && (codeText !== '' || filled.length === 1 || filled[0] === titleCol)) {
        const restCells = filled.filter((c) => c !== filled[0]).map((c) => row[c]!);
        group = { level: isRoman(lead[1]!) ? 'roman' : 'letter', tt: lead[1]!, title: oneLine(lead[2]! + (restCells.length && !titleText ? ` ${restCells[0]}` : '')) };
      }
    }
    if (group) {
      kinds[r] = 'group';
      entries.push({ type: 'group', index: r, ...group });
      groupTitles.set(r, group.title);
      lastItem = null;
      continue;
    }

    const fields: Partial<Record<Field, string | null>> = {};
    const merged: Field[] = [];
    for (const [f, c] of col) {
      if (f === 'code') continue;
      const above = cov.coveredFromAbove(r, c);
      if (above && d.headerRows.every((h) => h !== above.top) && above.top >= d.dataStart) {
        fields[f] = null;
        if (f !== titleField) merged.push(f);
      } else if (cov.coveredFromLeft(r, c)) fields[f] = null;
      else fields[f] = row[c] !== '' ? row[c]! : null;
    }

    // "1. Về mạng lưới trường, lớp học" alone in the TT cell, merged across the row: the
    // number and the title share one cell (PlanDesk's own exports print themes this way)
    const numberLead = filled.length === 1 && filled[0] === codeCol && titleCol !== undefined ? NUMBER_LEAD.exec(codeText) : null;
    if (numberLead) fields[titleField] = numberLead[2]!;
    const itemCode = ITEM_CODE.exec(codeText)?.[1] ?? LETTER_ITEM.exec(codeText)?.[1] ?? numberLead?.[1];
    if (itemCode) {
      kinds[r] = 'item';
      const rec: ImportRecord = { sourceRow: t.rowNumbers[r]!, tt: itemCode, code: itemCode, groups: [], fields, merged, continuedRows: [] };
      items.set(r, rec);
      entries.push({ type: 'item', index: r, tt: itemCode });
      lastItem = rec;
      if (/^\d+$/.test(itemCode)) lastItemCode = Number(itemCode);
      continue;
    }
    if (lastItem && (codeText === '' || ownerIsItem)) {
      // glue onto the item above: a cell carried over a page, or the lower part of a merged item
      kinds[r] = 'continuation';
      for (const [f, text] of Object.entries(fields) as Array<[Field, string | null]>) {
        if (!text) continue;
        const prev = lastItem.fields[f];
        lastItem.fields[f] = prev ? `${prev}\n${text}` : text;
      }
      lastItem.continuedRows.push(t.rowNumbers[r]!);
      if (!ownerIsItem) {
        issues.push({
          row: t.rowNumbers[r]!,
          field: titleField,
          severity: 'warning',
          message: `Dòng không có số TT nên được ghép vào dòng ${lastItem.sourceRow} ở trên — thường do bảng bị ngắt trang. Hãy kiểm tra nội dung đã ghép.`,
        });
      }
      skipped.push({ row: t.rowNumbers[r]!, kind: 'continuation', text: oneLine(otherText.join(' | ')).slice(0, 200) });
      continue;
    }
    // content without a TT (or with one that is no code) and no item above it: parse-rows reports it
    kinds[r] = 'item';
    const rec: ImportRecord = { sourceRow: t.rowNumbers[r]!, tt: codeText, code: '', groups: [], fields, merged, continuedRows: [] };
    items.set(r, rec);
    entries.push({ type: 'item', index: r, tt: '' });
    lastItem = rec;
  }

  // a numbered row with no values whose next item is its child ("1" then "1.1") is a theme
  const itemEntries = entries.filter((e) => e.type === 'item');
  itemEntries.forEach((e, i) => {
    const next = itemEntries[i + 1];
    const rec = items.get(e.index)!;
    const empty = valueFields.every((f) => !rec.fields[f]) && rec.merged.length === 0;
    if (empty && next && next.tt.startsWith(`${e.tt}.`) && e.tt !== '') {
      const at = entries.indexOf(e);
      entries[at] = { type: 'group', index: e.index, level: 'arabic', tt: e.tt, title: oneLine(rec.fields[titleField] ?? '') };
      items.delete(e.index);
      kinds[e.index] = 'group';
    }
  });

  const coded = assignCodes(entries);
  const records: ImportRecord[] = [];
  for (const e of entries) {
    if (e.type !== 'item') {
      skipped.push({ row: t.rowNumbers[e.index]!, kind: 'group', text: `${e.tt}. ${e.title}`.slice(0, 200) });
      continue;
    }
    const rec = items.get(e.index)!;
    const c = coded.get(e.index)!;
    rec.code = e.tt ? c.code : '';
    rec.groups = c.groups;
    records.push(rec);
  }
  skipped.sort((a, b) => a.row - b.row);

  return { records, skipped, issues };
}
