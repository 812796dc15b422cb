import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../src-renderer/src/pages/plan/grid/tsv';

describe('grid clipboard (TSV as Excel writes it)', () => {
  it('splits rows and cells, keeping quoted line breaks and quotes', () => {
    const text = '1\tXây dựng kế hoạch\t"Sở GDĐT;\nSở Y tế"\tQuý II năm 2026\r\n2\tSố hóa "hồ sơ"\t\tNăm 2026\r\n';
    expect(parseTsv(text)).toEqual([
      ['1', 'Xây dựng kế hoạch', 'Sở GDĐT;\nSở Y tế', 'Quý II năm 2026'],
      ['2', 'Số hóa "hồ sơ"', '', 'Năm 2026'],
    ]);
  });
  it('drops blank trailing rows and round-trips through toTsv', () => {
    const rows = [['a\nb', 'c"d', ''], ['1', '2', '3']];
    expect(parseTsv(`${toTsv(rows)}\n\n`)).toEqual(rows);
  });
});
