import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../../src-renderer/src/pages/lists/layout';

const groups = [
  { key: 13, label: 'Phòng Giáo dục Trung học', count: 2 },
  { key: 9, label: 'Văn phòng Sở', count: 1 },
  { key: 0, label: 'Chưa giao phòng phụ trách', count: 3 },
];

describe('virtual list layout (groups and rows in one index space)', () => {
  it('puts a header before each group when grouped', () => {
    const l = buildLayout(groups, true);
    expect(l.count).toBe(2 + 1 + 3 + 3);
    const items = Array.from({ length: l.count }, (_, i) => l.itemAt(i));
    expect(items.map((x) => (x!.kind === 'group' ? `G${x!.group.key}` : `${x!.group.key}:${x!.offset}`))).toEqual([
      'G13',
      '13:0',
      '13:1',
      'G9',
      '9:0',
      'G0',
      '0:0',
      '0:1',
      '0:2',
    ]);
  });

  it('is just the rows when not grouped, and nothing outside the range', () => {
    const l = buildLayout([{ key: 0, label: '', count: 100_000 }], false);
    expect(l.count).toBe(100_000);
    expect(l.itemAt(0)).toMatchObject({ kind: 'row', offset: 0 });
    expect(l.itemAt(99_999)).toMatchObject({ kind: 'row', offset: 99_999 });
    expect(l.itemAt(100_000)).toBeUndefined();
    expect(l.itemAt(-1)).toBeUndefined();
    expect(buildLayout([], true).count).toBe(0);
  });
});
