/** Every method of lists.ts and registry.ts answers through dispatch with its contract shape. */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { listViewStateSchema } from '../../src-main/core/lists/view-state';
import { tempDir } from '../helpers/tmp';

const open: Core[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function ok(c: Core, method: string, input: unknown) {
  const r = await dispatch({ core: c, door: 'web', version: 't' }, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as never;
}

describe('lists and registry through the API', () => {
  it('answers every method with its contract shape', async () => {
    const c = Core.open({ dataDir: tempDir() });
    open.push(c);
    const state = listViewStateSchema.parse({ groupBy: 'plan', sort: { key: 'deadline', dir: 'desc' } });
    const groups: { total: number; groups: Array<{ key: number; count: number }> } = await ok(c, 'lists.groups', { page: 'tasks', state });
    expect(groups.total).toBe(121);
    const rows: unknown[] = await ok(c, 'lists.taskRows', { state, group: groups.groups[0]!.key, offset: 0, limit: 500 });
    expect(rows.length).toBe(groups.groups[0]!.count);
    const targets: unknown[] = await ok(c, 'lists.targetRows', { state: listViewStateSchema.parse({}), group: 0, offset: 100, limit: 50 });
    expect(targets.length).toBe(11);
    const options: { plans: unknown[]; leadOrgs: unknown[]; departments: unknown[] } = await ok(c, 'lists.options', {});
    expect(options.plans.length).toBe(5);
    expect(options.departments.length).toBeGreaterThan(5);

    const tree: Array<{ id: number; key: string | null }> = await ok(c, 'registry.tree', {});
    const id = (key: string) => tree.find((o) => o.key === key)!.id;
    const created: { id: number } = await ok(c, 'registry.create', { name: 'Phòng Khảo thí', kind: 'department', parentId: id('so-gddt') });
    await ok(c, 'registry.update', { id: created.id, name: 'Phòng Khảo thí và Kiểm định' });
    await ok(c, 'registry.addAlias', { organizationId: created.id, alias: 'KT&KĐ' });
    const preview: { references: { aliases: number } } = await ok(c, 'registry.mergePreview', { sourceId: created.id, targetId: id('sgd-quan-ly-chat-luong') });
    expect(preview.references.aliases).toBe(2);
    const merged: { aliases: number; other: number } = await ok(c, 'registry.merge', { sourceId: created.id, targetId: id('sgd-quan-ly-chat-luong') });
    expect(merged).toMatchObject({ aliases: 2, other: 0 });

    const saved: { id: number } = await ok(c, 'views.save', { page: 'targets', name: 'Mốc 2030', state: listViewStateSchema.parse({ filter: { from: '2030-01-01', to: '2030-12-31' } }) });
    expect(await ok(c, 'views.list', { page: 'targets' })).toHaveLength(1);
    await ok(c, 'views.delete', { id: saved.id });
  });

  it('refuses a window larger than 500 rows and an unknown sort key', async () => {
    const c = Core.open({ dataDir: tempDir() });
    open.push(c);
    const state = listViewStateSchema.parse({});
    const big = await dispatch({ core: c, door: 'web', version: 't' }, 'lists.taskRows', { state, group: 0, offset: 0, limit: 100_000 });
    expect(big).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const sort = await dispatch({ core: c, door: 'web', version: 't' }, 'lists.groups', { page: 'tasks', state: { ...state, sort: { key: 'rowid; DROP', dir: 'asc' } } });
    expect(sort).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
