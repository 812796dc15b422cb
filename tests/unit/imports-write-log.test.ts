/** The import writer's small helpers: new rows' uids and where new rows are placed. */
import { describe, expect, it } from 'vitest';
import { placeNew, uidSource } from '../../src-main/core/imports/write-log';

describe('uidSource', () => {
  it('gives distinct 32-hex-digit uids across many draws of the random source', () => {
    const next = uidSource();
    const uids = Array.from({ length: 1000 }, next);
    for (const u of uids) expect(u).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(uids).size).toBe(1000);
    // a second source does not repeat the first one's uids
    const other = uidSource();
    expect(uids).not.toContain(other());
  });
});

describe('placeNew', () => {
  const row = (id: number, groupId: number | null) => ({ id, groupId });

  it('appends a file in its own order after the existing rows', () => {
    const existing = [row(1, 10), row(2, 10)];
    const added = [{ row: row(3, 10), after: 2 }, { row: row(4, 10), after: 3 }, { row: row(5, 10), after: 4 }];
    expect(placeNew(existing, added)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts a row right after the previous row of the file in the same group, else after its group', () => {
    const existing = [row(1, 10), row(2, 10), row(3, 20)];
    expect(placeNew(existing, [{ row: row(4, 10), after: 1 }])).toEqual([1, 4, 2, 3]);
    // the previous row is the last one but in another group: the row goes after its own group
    expect(placeNew(existing, [{ row: row(5, 10), after: 3 }])).toEqual([1, 2, 5, 3]);
    expect(placeNew(existing, [{ row: row(6, 30), after: null }])).toEqual([1, 2, 3, 6]);
  });
});
