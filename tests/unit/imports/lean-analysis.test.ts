/**
 * The analyse answer sends each text once: packing and unpacking (through JSON and the
 * contract's schema, as the API does) gives back exactly the analysis the wizard and the
 * CLI used before, and the packed answer carries a cell's text a single time.
 */
import { describe, expect, it } from 'vitest';
import { leanAnalysis, packAnalysis, unpackAnalysis } from '../../../src-main/api/contract/imports-lean';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import { orgSnapshots } from '../../../src-main/core/imports/commit';
import { fixture, openCore } from '../../helpers/imports';

const FILES = [
  '003-ke-hoach-hai-bang.docx',
  '003-nhiem-vu-pdf-sang-excel.xlsx',
  '003-nhiem-vu-pdf-sang-word.docx',
  '003-nhiem-vu-tieu-de-hai-dong.xlsx',
  '003-chi-tieu-khong-dau-dao-cot.xlsx',
  '003-chi-tieu-bang-long.docx',
  'cong-thuc.xlsx',
];

const viaWire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('lean analyse answer', () => {
  it.each(FILES)('%s: unpacking gives back the full analysis exactly', async (name) => {
    const env = openCore();
    try {
      const full = await analyzeFile(fixture(name), name, { orgs: orgSnapshots(env.core.sql) });
      const wire = leanAnalysis.parse(viaWire(packAnalysis(full)));
      expect(unpackAnalysis(viaWire(wire))).toEqual(viaWire(full));
    } finally {
      env.close();
    }
  });

  it('sends each cell text once and group titles once per table', async () => {
    const name = '003-ke-hoach-hai-bang.docx';
    const full = await analyzeFile(fixture(name), name);
    const tasks = full.tables.find((t) => t.kind === 'tasks')!;
    const lean = packAnalysis(full).tables.find((t) => t.kind === 'tasks')!;
    const packed = JSON.stringify({ groups: lean.groups, rows: lean.rows });
    const count = (s: string) => packed.split(JSON.stringify(s).slice(1, -1)).length - 1;
    const row = tasks.rows.find((r) => (r.text.title ?? '').length > 60 && !r.text.title!.includes('\n'))!;
    expect(count(row.record.fields.title!)).toBe(1);
    const sizes = new Map<string, number>();
    for (const r of tasks.rows) if (r.group) sizes.set(r.group.title, (sizes.get(r.group.title) ?? 0) + 1);
    const [title, rows] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
    expect(rows).toBeGreaterThan(2);
    const group = { title };
    expect(count(group.title)).toBe(1);
    expect(packed.length).toBeLessThan(JSON.stringify(tasks.rows).length * 0.6);
  });
});
