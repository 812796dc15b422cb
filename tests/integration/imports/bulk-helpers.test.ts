/**
 * The bulk helpers the import commit uses: images read many rows at a time are the same as
 * one row at a time (undo compares them as JSON), and an insert compiled once refuses rows
 * whose columns differ from the first (it would write the wrong values).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImage, readImages, type Entity } from '../../../src-main/core/imports/entity-images';
import { openCore } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
beforeEach(() => (env = openCore()));
afterEach(() => env.close());

describe('bulk helpers', () => {
  it('readImages gives exactly readImage of each row, for every entity', () => {
    const planId = plan003Id(env.core.db);
    const ids = (table: string) => (env.core.db.prepare(`SELECT id FROM ${table} WHERE plan_id = ?`).all(planId) as Array<{ id: number }>).map((r) => r.id);
    const cases: Array<[Entity, string]> = [['task', 'tasks'], ['target', 'targets'], ['task_group', 'task_groups'], ['target_group', 'target_groups']];
    for (const [entity, table] of cases) {
      const list = [...ids(table), 987654]; // a missing id is left out, as readImage gives null
      expect(list.length).toBeGreaterThan(1);
      const many = readImages(env.core.sql, entity, list);
      expect(many.size).toBe(list.length - 1);
      for (const id of list.slice(0, -1)) expect(JSON.stringify(many.get(id))).toBe(JSON.stringify(readImage(env.core.sql, entity, id)));
    }
    // links included: some task of the plan has several organisations
    const withLinks = [...readImages(env.core.sql, 'task', ids('tasks')).values()].filter((i) => 'orgs' in i && i.orgs.length > 1);
    expect(withLinks.length).toBeGreaterThan(0);
  });

  it('an inserter writes each row with its own values and refuses a row of other columns', () => {
    const sql = env.core.sql;
    const insert = sql.inserter('saved_views');
    const a = insert({ page: 'tasks', name: 'Một', name_folded: 'mot', state_json: '{}' });
    const b = insert({ page: 'targets', name: 'Hai', name_folded: 'hai', state_json: '{"x":1}' });
    expect(env.core.db.prepare('SELECT id, page, name, state_json FROM saved_views WHERE id IN (?, ?) ORDER BY id').all(a, b)).toEqual([
      { id: a, page: 'tasks', name: 'Một', state_json: '{}' },
      { id: b, page: 'targets', name: 'Hai', state_json: '{"x":1}' },
    ]);
    expect(() => insert({ page: 'tasks', name: 'Ba', name_folded: 'ba', state_json: '{}', created_at: '2026-01-01' })).toThrow(/differ in columns/);
    expect(() => insert({ page: 'tasks', name: 'Ba', name_folded: 'ba' } as never)).toThrow(/differ in columns/);
  });
});
