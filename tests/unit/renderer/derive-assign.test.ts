/** The derive wizard's department step: bulk assignment of phòng with part notes. */
import { describe, expect, it } from 'vitest';
import { assign, deriveDepartments, unassign } from '../../../src-renderer/src/pages/plan/deriveAssign';

describe('assigning departments to derived tasks', () => {
  it('gives the picked departments to every selected row, a repeat takes the new note', () => {
    let a = assign(new Map(), [1, 2], [10, 11], '');
    a = assign(a, [2], [11], '  phần y tế học đường ');
    expect(a.get(1)).toEqual([{ orgId: 10, partNote: null }, { orgId: 11, partNote: null }]);
    expect(a.get(2)).toEqual([{ orgId: 10, partNote: null }, { orgId: 11, partNote: 'phần y tế học đường' }]);
  });
  it('clears rows, and sends only rows still picked with departments', () => {
    const a = assign(new Map(), [1, 2, 3], [10], '');
    const b = unassign(a, [2]);
    expect(b.has(2)).toBe(false);
    expect(a.has(2)).toBe(true);
    expect(deriveDepartments(b, [3, 1, 4])).toEqual([
      { taskId: 3, departments: [{ orgId: 10, partNote: null }] },
      { taskId: 1, departments: [{ orgId: 10, partNote: null }] },
    ]);
  });
  it('assigning no department changes nothing', () => {
    expect(assign(new Map(), [1], [], 'x').size).toBe(0);
  });
});
