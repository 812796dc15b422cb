import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { mergeOrganizations } from '../../src-main/core/organizations/merge';
import { addOrganizationAlias, createOrganization, registryTree, removeOrganizationAlias, updateOrganization } from '../../src-main/core/organizations/registry';
import { search } from '../../src-main/core/search/service';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();

const one = <T>(c: Core, q: string, ...p: unknown[]) => c.db.prepare(q).get(...p) as T;
const n = (c: Core, q: string, ...p: unknown[]) => one<{ n: number }>(c, q, ...p).n;
const orgIdByKey = (c: Core, key: string) => one<{ id: number }>(c, 'SELECT id FROM organizations WHERE key = ?', key).id;

/** Every row of every table referencing organizations, as text: to prove a refused action changed nothing. */
function snapshot(c: Core): string {
  const tables = ['organizations', 'organization_aliases', 'task_organizations', 'task_departments', 'target_departments', 'documents', 'progress_entries', 'audit_log'];
  return tables.map((t) => JSON.stringify(c.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

/** How many rows anywhere still point at an organisation id (every foreign key to organizations). */
function referencesTo(c: Core, id: number): number {
  const fks = c.db
    .prepare(`SELECT m.name AS t, f."from" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f."table" = 'organizations'`)
    .all() as Array<{ t: string; col: string }>;
  return fks.reduce((s, fk) => s + n(c, `SELECT count(*) AS n FROM "${fk.t}" WHERE "${fk.col}" = ?`, id), 0);
}

describe('organisation registry', () => {
  it('lists the tree with kinds, aliases and how often each body is used', () => {
    const c = core();
    const tree = registryTree(c.sql);
    const so = tree.find((o) => o.key === 'so-gddt')!;
    expect(so).toMatchObject({ name: 'Sở Giáo dục và Đào tạo Hải Phòng', kind: 'so', parentId: orgIdByKey(c, 'ubnd-tp') });
    expect(so.aliases.map((a) => a.alias)).toContain('Sở GD&ĐT');
    expect(so.leads).toBe(n(c, "SELECT count(*) AS n FROM task_organizations WHERE organization_id = ? AND role = 'lead'", so.id));
    expect(tree.filter((o) => o.parentId === so.id).map((o) => o.name)).toContain('Văn phòng Sở');
  });

  it('adds a body under a parent, audited, and refuses a name another body answers to', () => {
    const c = core();
    c.db.prepare(`INSERT INTO app_settings (key, value_json) VALUES ('officer.name', '"Nguyễn Thị Lan"')`).run();
    const so = orgIdByKey(c, 'so-gddt');
    const id = createOrganization(c.sql, { name: 'Phòng Công nghệ thông tin', kind: 'department', parentId: so });
    expect(one(c, 'SELECT name, kind, parent_id FROM organizations WHERE id = ?', id)).toEqual({ name: 'Phòng Công nghệ thông tin', kind: 'department', parent_id: so });
    expect(one(c, "SELECT actor, action FROM audit_log WHERE entity = 'organization' AND entity_id = ?", id)).toEqual({ actor: 'Nguyễn Thị Lan', action: 'create' });
    expect(search(c.sql, 'cong nghe thong tin', { types: ['organization'] }).hits.map((h) => h.id)).toContain(id);

    const before = snapshot(c);
    expect(() => createOrganization(c.sql, { name: 'Sở GD&ĐT', kind: 'so' })).toThrowError(/đã là tên hoặc tên gọi khác của đơn vị "Sở Giáo dục và Đào tạo Hải Phòng"/);
    expect(() => createOrganization(c.sql, { name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', kind: 'so' })).toThrowError(/gộp hai đơn vị/);
    expect(() => createOrganization(c.sql, { name: '  ', kind: 'so' })).toThrowError(/Hãy nhập tên/);
    expect(() => createOrganization(c.sql, { name: 'Trường X', kind: 'school', parentId: 99999 })).toThrowError(/Không tìm thấy đơn vị/);
    expect(snapshot(c)).toBe(before);
  });

  it('renames keeping the old name as an alias, so old text still finds it', () => {
    const c = core();
    const id = orgIdByKey(c, 'sgd-thanh-tra');
    updateOrganization(c.sql, { id, name: 'Thanh tra Sở Giáo dục và Đào tạo' });
    const row = registryTree(c.sql).find((o) => o.id === id)!;
    expect(row.name).toBe('Thanh tra Sở Giáo dục và Đào tạo');
    expect(row.aliases.map((a) => a.alias)).toContain('Thanh tra Sở');
    expect(one(c, "SELECT field, before_json, after_json FROM audit_log WHERE entity = 'organization' AND entity_id = ? AND field = 'name'", id)).toEqual({
      field: 'name',
      before_json: '"Thanh tra Sở"',
      after_json: '"Thanh tra Sở Giáo dục và Đào tạo"',
    });
  });

  it('refuses a parent that would make a cycle', () => {
    const c = core();
    const so = orgIdByKey(c, 'so-gddt');
    const vp = orgIdByKey(c, 'sgd-van-phong');
    const before = snapshot(c);
    expect(() => updateOrganization(c.sql, { id: so, parentId: vp })).toThrowError(/trực thuộc chính nó hoặc đơn vị cấp dưới/);
    expect(() => updateOrganization(c.sql, { id: so, parentId: so })).toThrowError(/trực thuộc chính nó/);
    expect(snapshot(c)).toBe(before);
  });

  it('adds and removes aliases, refusing one another body already answers to', () => {
    const c = core();
    const id = orgIdByKey(c, 'dh-hai-phong');
    addOrganizationAlias(c.sql, id, 'Đại học Hải Phòng cơ sở Kiến An');
    expect(search(c.sql, 'kien an', { types: ['organization'] }).hits.map((h) => h.id)).toContain(id);
    expect(() => addOrganizationAlias(c.sql, id, 'dai hoc hai phong co so kien an')).toThrowError(/đã có tên gọi/);
    expect(() => addOrganizationAlias(c.sql, id, 'Sở GDĐT')).toThrowError(/Sở Giáo dục và Đào tạo Hải Phòng/);
    const alias = registryTree(c.sql).find((o) => o.id === id)!.aliases.find((a) => a.alias === 'Đại học Hải Phòng cơ sở Kiến An')!;
    removeOrganizationAlias(c.sql, alias.id);
    expect(search(c.sql, 'kien an', { types: ['organization'] }).hits.map((h) => h.id)).not.toContain(id);
  });
});

describe('merging duplicate organisations', () => {
  it('re-points every reference in one go, drops duplicate links, and keeps the names as aliases', () => {
    const c = core();
    const oldDept = orgIdByKey(c, 'sgd-gdtx-dh-cu'); // Phòng GDTX&ĐH, the older name in seeds 001/004
    const newDept = orgIdByKey(c, 'sgd-gdtx-gdnn-dh');
    // collisions: a task linked to both, a target linked to both (the old one with a part note)
    const taskBoth = one<{ task_id: number }>(c, 'SELECT task_id FROM task_departments WHERE organization_id = ? LIMIT 1', newDept).task_id;
    c.db.prepare('INSERT INTO task_departments (task_id, organization_id, part_note) VALUES (?, ?, ?)').run(taskBoth, oldDept, 'phần đại học');
    const targetBoth = one<{ target_id: number }>(c, 'SELECT target_id FROM target_departments WHERE organization_id = ? LIMIT 1', newDept).target_id;
    c.db.prepare('INSERT INTO target_departments (target_id, organization_id) VALUES (?, ?)').run(targetBoth, oldDept);
    const leadTask = one<{ task_id: number }>(c, "SELECT task_id FROM task_organizations WHERE organization_id = ? LIMIT 1", oldDept).task_id;
    c.db.prepare("INSERT OR IGNORE INTO task_organizations (task_id, organization_id, role) VALUES (?, ?, 'lead')").run(leadTask, newDept);
    const child = createOrganization(c.sql, { name: 'Tổ Đại học', kind: 'other', parentId: oldDept });
    const doc = one<{ id: number }>(c, 'SELECT id FROM documents LIMIT 1').id;
    c.db.prepare('UPDATE documents SET issuer_org_id = ? WHERE id = ?').run(oldDept, doc);
    const period = one<{ id: number }>(c, 'SELECT id FROM reporting_periods LIMIT 1').id;
    c.db.prepare("INSERT INTO progress_entries (period_id, task_id, reporter_org_id, status) VALUES (?, ?, ?, 'in_progress')").run(period, leadTask, oldDept);
    const oldTasks = n(c, 'SELECT count(DISTINCT task_id) AS n FROM (SELECT task_id FROM task_departments WHERE organization_id IN (?, ?))', oldDept, newDept);

    const r = mergeOrganizations(c.sql, oldDept, newDept);

    expect(referencesTo(c, oldDept)).toBe(0);
    expect(n(c, 'SELECT count(*) AS n FROM organizations WHERE id = ?', oldDept)).toBe(0);
    expect(n(c, 'SELECT count(DISTINCT task_id) AS n FROM task_departments WHERE organization_id = ?', newDept)).toBe(oldTasks);
    expect(one(c, 'SELECT part_note FROM task_departments WHERE task_id = ? AND organization_id = ?', taskBoth, newDept)).toEqual({ part_note: 'phần đại học' });
    expect(n(c, 'SELECT count(*) AS n FROM target_departments WHERE target_id = ? AND organization_id = ?', targetBoth, newDept)).toBe(1);
    expect(one(c, 'SELECT parent_id FROM organizations WHERE id = ?', child)).toEqual({ parent_id: newDept });
    expect(one(c, 'SELECT issuer_org_id FROM documents WHERE id = ?', doc)).toEqual({ issuer_org_id: newDept });
    expect(n(c, 'SELECT count(*) AS n FROM progress_entries WHERE reporter_org_id = ?', newDept)).toBe(1);
    expect(r.duplicatesDropped).toBeGreaterThanOrEqual(3);
    expect(r.children).toBe(1);
    // the old names now resolve to the merged body
    const aliases = registryTree(c.sql).find((o) => o.id === newDept)!.aliases.map((a) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['Phòng Giáo dục Thường xuyên và Đại học', 'Phòng GDTX&ĐH', 'GDTX&ĐH']));
    expect(search(c.sql, 'phong gdtx&dh', { types: ['organization'] }).hits.map((h) => h.id)).toEqual([newDept]);
    const audit = one<{ action: string; entity_id: number; before_json: string }>(c, "SELECT action, entity_id, before_json FROM audit_log WHERE action = 'merge'");
    expect(audit.entity_id).toBe(newDept);
    expect(JSON.parse(audit.before_json)).toMatchObject({ id: oldDept, name: 'Phòng Giáo dục Thường xuyên và Đại học' });
  });

  it('merges the two "Ủy ban nhân dân các quận, huyện" of the seeds', () => {
    const c = core();
    const a = orgIdByKey(c, 'ubnd-quan-huyen');
    const b = orgIdByKey(c, 'nhom-ubnd-quan-huyen');
    mergeOrganizations(c.sql, b, a);
    expect(registryTree(c.sql).filter((o) => o.name === 'Ủy ban nhân dân các quận, huyện').map((o) => o.id)).toEqual([a]);
    expect(search(c.sql, 'uy ban nhan dan quan/huyen', { types: ['organization'] }).hits.map((h) => h.id)).toEqual([a]);
  });

  it('moves the target out from under the source when it was its child', () => {
    const c = core();
    const so = orgIdByKey(c, 'so-gddt');
    const vp = orgIdByKey(c, 'sgd-van-phong');
    mergeOrganizations(c.sql, so, vp);
    expect(one(c, 'SELECT parent_id FROM organizations WHERE id = ?', vp)).toEqual({ parent_id: orgIdByKey(c, 'ubnd-tp') });
    expect(n(c, 'SELECT count(*) AS n FROM organizations WHERE parent_id = ?', vp)).toBeGreaterThan(5);
    expect(n(c, 'SELECT count(*) AS n FROM organizations WHERE parent_id = id')).toBe(0);
  });

  it('refuses merging a body onto itself or onto one that does not exist, changing nothing', async () => {
    const c = core();
    const so = orgIdByKey(c, 'so-gddt');
    const before = snapshot(c);
    expect(() => mergeOrganizations(c.sql, so, so)).toThrowError(/Không thể gộp một đơn vị vào chính nó/);
    expect(() => mergeOrganizations(c.sql, so, 99999)).toThrowError(/Không tìm thấy/);
    const r = await dispatch({ core: c, door: 'web', version: 't' }, 'registry.merge', { sourceId: so, targetId: so });
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/chính nó/) } });
    expect(snapshot(c)).toBe(before);
  });

  it('re-points tables added later too, and rolls everything back when one cannot be', () => {
    const c = core();
    const oldDept = orgIdByKey(c, 'sgd-gdtx-dh-cu');
    const newDept = orgIdByKey(c, 'sgd-gdtx-gdnn-dh');
    // a table another feature might add: contacts per body, one per label
    c.db.exec('CREATE TABLE org_contacts (id INTEGER PRIMARY KEY, org_id INTEGER REFERENCES organizations(id), label TEXT, UNIQUE (org_id, label))');
    c.db.prepare("INSERT INTO org_contacts (org_id, label) VALUES (?, 'email'), (?, 'email')").run(oldDept, newDept);
    const before = snapshot(c) + JSON.stringify(c.db.prepare('SELECT * FROM org_contacts').all());
    expect(() => mergeOrganizations(c.sql, oldDept, newDept)).toThrowError(/org_contacts.*Chưa có gì thay đổi/);
    expect(snapshot(c) + JSON.stringify(c.db.prepare('SELECT * FROM org_contacts').all())).toBe(before);

    c.db.prepare("UPDATE org_contacts SET label = 'phone' WHERE org_id = ?").run(oldDept);
    const r = mergeOrganizations(c.sql, oldDept, newDept);
    expect(r.other).toBe(1);
    expect(referencesTo(c, oldDept)).toBe(0);
  });
});
