/**
 * Every fixture built from seed 003 (title rows, two-row headers, merged cells, group
 * rows, line breaks, headers without diacritics, columns in another order, extra
 * columns, PDF conversions cut into pages, nested tables, files re-saved by LibreOffice)
 * must read back row by row as the seed's 50 tasks and 53 targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, type Analysis } from '../../../src-main/core/imports/analyze';
import { toDryRun } from '../../../src-main/core/imports/dry-run';
import { fold } from '../../../src-main/core/vn/text';
import { expectedTargets, expectedTasks, fixture, openCore, registryOf, sortKeys, TABLE_SAYS } from '../../helpers/imports';

let env: ReturnType<typeof openCore>;
let reg: ReturnType<typeof registryOf>;
beforeAll(() => {
  env = openCore();
  reg = registryOf(env.core);
});
afterAll(() => env.close());

const cache = new Map<string, Promise<Analysis>>();
function analyze(name: string): Promise<Analysis> {
  if (!cache.has(name)) cache.set(name, analyzeFile(fixture(name), name, { orgs: reg.orgs }));
  return cache.get(name)!;
}

const TASK_FIXTURES: Array<[string, { merges: boolean; headerRows: number[] }]> = [
  ['003-nhiem-vu-tieu-de-hai-dong.xlsx', { merges: true, headerRows: [8, 9] }],
  ['003-nhiem-vu-libreoffice.xlsx', { merges: true, headerRows: [8, 9] }],
  ['003-nhiem-vu-pdf-sang-excel.xlsx', { merges: false, headerRows: [2] }],
  ['003-nhiem-vu-pdf-sang-word.docx', { merges: true, headerRows: [1] }],
  ['003-ke-hoach-hai-bang.docx', { merges: true, headerRows: [1] }],
  ['003-ke-hoach-libreoffice.docx', { merges: true, headerRows: [1] }],
];

const TARGET_FIXTURES: Array<[string, { headerRows: number[] }]> = [
  ['003-chi-tieu-khong-dau-dao-cot.xlsx', { headerRows: [3] }],
  ['003-chi-tieu-bang-long.docx', { headerRows: [1] }],
  ['003-ke-hoach-hai-bang.docx', { headerRows: [1] }],
  ['003-ke-hoach-libreoffice.docx', { headerRows: [1] }],
];

describe.each(TASK_FIXTURES)('tasks of %s', (name, opts) => {
  it('reads the 50 tasks of seed 003 row by row', async () => {
    const a = await analyze(name);
    const tables = a.tables.filter((t) => t.kind === 'tasks');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const dry = toDryRun(name, { ...a, tables }).tables[0]!;
    expect(dry.headerRows).toEqual(opts.headerRows);
    expect(Object.keys(dry.mapping).sort()).toEqual(['budget', 'code', 'coordinating', 'deadline', 'departments', 'funding', 'lead', 'output', 'title']);
    expect(dry.rows).toHaveLength(50);
    expect(dry.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const expected = expectedTasks();
    expected.forEach((e, i) => {
      const row = dry.rows[i]!;
      const parsed = table.rows[i]!;
      const { sourceRow, lead, coordinating, departments, ...rest } = row as Record<string, unknown>;
      expect(rest, `row ${e.row.code}`).toEqual(e.row);
      expect(typeof sourceRow).toBe('number');
      expect([...parsed.record.merged].sort(), `merged cells of ${e.row.code}`).toEqual(opts.merges ? e.merged : []);
      for (const f of ['lead', 'coordinating', 'departments'] as const) {
        const entries = parsed.orgs[f] ?? [];
        const keys = entries.map((x) => reg.keyOf(x.orgId ?? x.suggestion?.orgId));
        const inheritsMerge = e.merged.includes(f as never) && !opts.merges;
        const want = inheritsMerge ? [] : (TABLE_SAYS[e.row.code]?.[f] ?? e.keys[f]);
        expect(sortKeys(keys), `${f} of ${e.row.code}`).toEqual(sortKeys(want));
        // one entry per body as written: each is a piece of the cell's text, in order
        const written = { lead, coordinating, departments }[f] as string[];
        expect(written).toEqual(entries.map((x) => x.text));
        const cell = e.texts[f];
        if (cell && !e.merged.includes(f as never)) {
          let from = 0;
          for (const w of written) {
            const at = fold(cell).indexOf(fold(w).replace(/^[-+] /, ''), from);
            expect(at, `“${w}” in ${f} of ${e.row.code}`).toBeGreaterThanOrEqual(0);
            from = at;
          }
        }
      }
    });
    // source rows increase down the table
    const rows = dry.rows.map((r) => r.sourceRow as number);
    expect([...rows].sort((x, y) => x - y)).toEqual(rows);
  });
});

describe.each(TARGET_FIXTURES)('targets of %s', (name, opts) => {
  it('reads the 53 targets of seed 003 row by row, with horizons', async () => {
    const a = await analyze(name);
    const tables = a.tables.filter((t) => t.kind === 'targets');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    const dry = toDryRun(name, { ...a, tables }).tables[0]!;
    expect(dry.headerRows).toEqual(opts.headerRows);
    expect(Object.keys(dry.mapping).sort()).toEqual(['code', 'departments', 'name', 'target', 'unit']);
    expect(dry.rows).toHaveLength(53);
    expect(dry.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expectedTargets().forEach((e, i) => {
      const { sourceRow: _s, departments, ...rest } = dry.rows[i] as Record<string, unknown>;
      expect(rest, `target ${e.row.code}`).toEqual(e.row);
      const keys = (table.rows[i]!.orgs.departments ?? []).map((x) => reg.keyOf(x.orgId));
      expect(sortKeys(keys), `departments of ${e.row.code}`).toEqual(sortKeys(e.departments));
      expect((departments as string[]).join('; ')).toBe(e.departmentsText);
    });
  });
});

describe('shapes the importer must see through', () => {
  it('skips title rows, the column-numbering row, group rows and the footnote of the two-row-header workbook', async () => {
    const t = (await analyze('003-nhiem-vu-tieu-de-hai-dong.xlsx')).tables[0]!;
    const kinds = new Map(t.skipped.map((s) => [s.row, s.kind]));
    expect(t.headerRows).toEqual([8, 9]);
    expect(t.skipped.filter((s) => s.kind === 'group')).toHaveLength(8);
    expect(t.skipped.some((s) => s.kind === 'footnote' && s.text.startsWith('Ghi chú'))).toBe(true);
    expect(kinds.get(10)).toBeUndefined(); // the (1)…(9) row is part of the header
    expect(t.rows[0]!.sourceRow).toBe(12);
    expect(t.columns.find((c) => c.field === 'lead')!.header).toBe('Cơ quan thực hiện / Chủ trì');
  });

  it('flags the budget merged over IV.1–IV.3 on the rows after the first and keeps the amount once', async () => {
    const a = await analyze('003-nhiem-vu-tieu-de-hai-dong.xlsx');
    const dry = toDryRun('x', a).tables[0]!;
    const iv = dry.rows.filter((r) => String(r.code).startsWith('IV.'));
    expect(iv.map((r) => (r.budget as { dong: number | null }).dong)).toEqual([250_000_000_000, null, null, null, null, null]);
    const flagged = dry.issues.filter((i) => i.field === 'budget' && /gộp chung/.test(i.message));
    expect(flagged.map((i) => i.row)).toEqual([iv[1]!.sourceRow, iv[2]!.sourceRow]);
    expect(flagged[0]!.message).toContain('IV.1');
  });

  it('stitches a PDF-to-Word table cut into pages, drops repeated headers and page numbers, glues the carried-over row', async () => {
    const t = (await analyze('003-nhiem-vu-pdf-sang-word.docx')).tables[0]!;
    expect(t.source).toMatch(/nối \d+ phần/);
    expect(t.skipped.filter((s) => s.kind === 'page').length).toBeGreaterThanOrEqual(4);
    expect(t.skipped.filter((s) => s.kind === 'header').length).toBeGreaterThanOrEqual(4);
    const glued = t.rows.filter((r) => r.record.continuedRows.length > 0);
    expect(glued).toHaveLength(1);
    expect(t.issues.some((i) => i.severity === 'warning' && /ghép vào dòng/.test(i.message))).toBe(true);
  });

  it('reads a PDF-to-Excel sheet with page rows "Trang n/4" and the header repeated', async () => {
    const t = (await analyze('003-nhiem-vu-pdf-sang-excel.xlsx')).tables[0]!;
    expect(t.skipped.filter((s) => s.kind === 'page').map((s) => s.text)).toEqual(expect.arrayContaining(['Trang 1/4', 'Trang 2/4']));
    expect(t.rows.filter((r) => r.record.continuedRows.length)).toHaveLength(1);
  });

  it('maps headers typed without diacritics in another order and ignores the extra columns', async () => {
    const a = await analyze('003-chi-tieu-khong-dau-dao-cot.xlsx');
    expect(a.tables[0]!.kind).toBeNull(); // the instructions sheet is no table
    const t = a.tables[1]!;
    expect(t.columns.map((c) => c.field)).toEqual(['departments', 'code', 'name', 'unit', null, 'target', null]);
  });

  it('finds the targets table nested in a one-cell frame table', async () => {
    const a = await analyze('003-chi-tieu-bang-long.docx');
    expect(a.tables.map((t) => t.kind)).toEqual([null, 'targets']);
    expect(a.tables[1]!.source).toContain('bảng lồng');
  });
});
