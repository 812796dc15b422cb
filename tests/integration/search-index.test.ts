/**
 * The search index follows every write, whoever writes: rows are written here with plain
 * SQL (as another part of PlanDesk or an import would), never through the search code.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { migrate } from '../../src-main/core/db/open';
import { databasePath } from '../../src-main/core/paths';
import { reseed } from '../../src-main/core/seed/service';
import { search, type HitType } from '../../src-main/core/search/service';
import { tempDir } from '../helpers/tmp';

const open: Core[] = [];
function core(): Core {
  const c = Core.open({ dataDir: tempDir() });
  open.push(c);
  return c;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const keys = (c: Core, q: string, types?: HitType[]) => search(c.sql, q, { limit: 200, types }).hits.map((h) => `${h.type}:${h.id}`);
const run = (c: Core, text: string, ...params: unknown[]) => c.db.prepare(text).run(...params);
const indexCount = (c: Core) => (c.db.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
const sourceCount = (c: Core) =>
  (
    c.db
      .prepare(
        `SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM plan_blocks) + (SELECT count(*) FROM tasks)
              + (SELECT count(*) FROM targets) + (SELECT count(*) FROM organizations) AS n`,
      )
      .get() as { n: number }
  ).n;

describe('search index kept in sync by triggers', () => {
  it('indexes every seeded document, block, task, target and organisation exactly once', () => {
    const c = core();
    expect(sourceCount(c)).toBeGreaterThan(500);
    expect(indexCount(c)).toBe(sourceCount(c));
  });

  it('follows a task through insert, update and delete', () => {
    const c = core();
    const id = Number(
      run(
        c,
        `INSERT INTO tasks (plan_id, code, tt, position, title, title_folded, lead_text) VALUES (1, 'X.1', '1', 999, ?, 'x', ?)`,
        'Thí điểm phần mềm quản lý thư viện điện tử',
        'Trung tâm Khảo thí',
      ).lastInsertRowid,
    );
    expect(keys(c, 'thu vien dien tu')).toContain(`task:${id}`);
    expect(keys(c, 'khao thi')).toContain(`task:${id}`); // body column: lead text
    run(c, 'UPDATE tasks SET title = ? WHERE id = ?', 'Số hóa học liệu mở', id);
    expect(keys(c, 'thu vien dien tu')).not.toContain(`task:${id}`);
    expect(keys(c, 'so hoa hoc lieu')).toContain(`task:${id}`);
    // a change to a column that is not indexed leaves the entry as it was
    run(c, 'UPDATE tasks SET position = 1000 WHERE id = ?', id);
    expect(keys(c, 'so hoa hoc lieu')).toContain(`task:${id}`);
    run(c, 'DELETE FROM tasks WHERE id = ?', id);
    expect(keys(c, 'so hoa hoc lieu')).not.toContain(`task:${id}`);
    expect(indexCount(c)).toBe(sourceCount(c));
  });

  it('follows targets, documents, body blocks and organisations', () => {
    const c = core();
    const target = Number(
      run(c, `INSERT INTO targets (plan_id, code, tt, position, name, name_folded) VALUES (1, '9.9', '9.9', 999, 'Tỷ lệ giáo viên đạt chuẩn ngoại ngữ bậc 4', 'x')`)
        .lastInsertRowid,
    );
    const doc = Number(
      run(c, `INSERT INTO documents (kind, number_symbol, issuer_agency, summary, summary_folded, status) VALUES ('cong_van', '77/SGDĐT-VP', 'SỞ GDĐT', 'Về việc rà soát đội ngũ', 'x', 'issued')`)
        .lastInsertRowid,
    );
    const block = Number(
      run(c, `INSERT INTO plan_blocks (plan_id, position, kind, level, numbering, text) VALUES (1, 9999, 'heading', 2, '9.', 'Khen thưởng và kỷ luật')`).lastInsertRowid,
    );
    const org = Number(run(c, `INSERT INTO organizations (name, name_folded, kind) VALUES ('Trường THPT Ngô Quyền', 'x', 'school')`).lastInsertRowid);

    expect(keys(c, 'ngoai ngu bac 4')).toContain(`target:${target}`);
    expect(keys(c, 'ra soat doi ngu')).toContain(`document:${doc}`);
    expect(keys(c, '77/SGDĐT-VP')).toContain(`document:${doc}`);
    expect(keys(c, 'khen thuong ky luat')).toContain(`section:${block}`);
    expect(keys(c, 'ngo quyen')).toContain(`organization:${org}`);

    run(c, `UPDATE targets SET name = 'Tỷ lệ học sinh biết bơi' WHERE id = ?`, target);
    run(c, `UPDATE documents SET summary = 'Về việc tuyển sinh lớp 10' WHERE id = ?`, doc);
    run(c, `UPDATE plan_blocks SET text = 'Thi đua' WHERE id = ?`, block);
    run(c, `UPDATE organizations SET name = 'Trường THPT Trần Phú' WHERE id = ?`, org);
    expect(keys(c, 'ngoai ngu bac 4')).not.toContain(`target:${target}`);
    expect(keys(c, 'hoc sinh biet boi')).toContain(`target:${target}`);
    expect(keys(c, 'tuyen sinh lop 10')).toContain(`document:${doc}`);
    expect(keys(c, 'khen thuong')).not.toContain(`section:${block}`);
    expect(keys(c, 'thi dua')).toContain(`section:${block}`);
    expect(keys(c, 'ngo quyen')).not.toContain(`organization:${org}`);
    expect(keys(c, 'tran phu')).toContain(`organization:${org}`);

    run(c, 'DELETE FROM targets WHERE id = ?', target);
    run(c, 'DELETE FROM documents WHERE id = ?', doc);
    run(c, 'DELETE FROM plan_blocks WHERE id = ?', block);
    run(c, 'DELETE FROM organizations WHERE id = ?', org);
    expect(keys(c, 'hoc sinh biet boi')).not.toContain(`target:${target}`);
    expect(keys(c, 'tuyen sinh lop 10')).not.toContain(`document:${doc}`);
    expect(keys(c, 'thi dua')).not.toContain(`section:${block}`);
    expect(keys(c, 'tran phu')).not.toContain(`organization:${org}`);
    expect(indexCount(c)).toBe(sourceCount(c));
  });

  it("finds an organisation by an alias, and forgets the alias when it is removed", () => {
    const c = core();
    const org = Number(run(c, `INSERT INTO organizations (name, name_folded, kind) VALUES ('Trung tâm Giáo dục thường xuyên Hải Phòng', 'x', 'centre')`).lastInsertRowid);
    const alias = Number(run(c, `INSERT INTO organization_aliases (organization_id, alias, alias_folded) VALUES (?, 'TT GDTX HP', 'tt gdtx hp')`, org).lastInsertRowid);
    expect(keys(c, 'tt gdtx hp', ['organization'])).toEqual([`organization:${org}`]);
    run(c, 'DELETE FROM organization_aliases WHERE id = ?', alias);
    expect(keys(c, 'tt gdtx hp', ['organization'])).toEqual([]);
    expect(keys(c, 'giao duc thuong xuyen hai phong', ['organization'])).toContain(`organization:${org}`);
    // deleting the organisation cascades to its aliases without leaving an entry behind
    run(c, `INSERT INTO organization_aliases (organization_id, alias, alias_folded) VALUES (?, 'GDTX HP', 'gdtx hp')`, org);
    run(c, 'DELETE FROM organizations WHERE id = ?', org);
    expect(keys(c, 'gdtx hp', ['organization'])).toEqual([]);
    expect(indexCount(c)).toBe(sourceCount(c));
  });

  it('drops the tasks, targets and blocks of a deleted plan (foreign-key cascade)', () => {
    const c = core();
    expect(keys(c, 'chuyen doi so', ['task']).length).toBeGreaterThan(0);
    const plan = c.db.prepare('SELECT document_id FROM plans WHERE id = 1').get() as { document_id: number };
    run(c, 'DELETE FROM documents WHERE id = ?', plan.document_id);
    expect(indexCount(c)).toBe(sourceCount(c));
    const left = search(c.sql, 'chuyen doi so', { limit: 200 }).hits.filter((h) => h.planId === 1);
    expect(left).toEqual([]);
  });

  it('stays whole through a reset to the embedded default', () => {
    const c = core();
    run(c, `INSERT INTO organizations (name, name_folded, kind) VALUES ('Đơn vị thử nghiệm tạm thời', 'x', 'other')`);
    expect(keys(c, 'don vi thu nghiem tam thoi', ['organization'])).toHaveLength(1);
    reseed(c.sql);
    expect(indexCount(c)).toBe(sourceCount(c));
    expect(keys(c, 'don vi thu nghiem tam thoi', ['organization'])).toEqual([]);
  });

  it('indexes the rows of a database created before the index existed (migration rebuild)', () => {
    const dir = tempDir();
    const db = new Database(databasePath(dir));
    migrate(db, false, MIGRATIONS.slice(0, 2));
    db.prepare(`INSERT INTO organizations (name, name_folded, kind) VALUES ('Sở Tài chính', 'so tai chinh', 'city_agency')`).run();
    db.prepare(
      `INSERT INTO documents (kind, number_symbol, issuer_agency, summary, summary_folded, status) VALUES ('ke_hoach', '12/KH-SGDĐT', 'SỞ GDĐT', 'Chuyển đổi số năm 2025', 'x', 'issued')`,
    ).run();
    db.close();
    const c = Core.open({ dataDir: dir, seed: false });
    open.push(c);
    expect(keys(c, 'so tai chinh')).toEqual(['organization:1']);
    expect(keys(c, 'chuyen doi so 2025')).toEqual(['document:1']);
  });
});

describe('search results', () => {
  it('finds the 003 plan rows about chuyển đổi số typed without marks, highlighted', () => {
    const c = core();
    const hits = search(c.sql, 'chuyen doi so').hits;
    const inPlan = hits.filter((h) => h.planId === 1);
    expect(inPlan.filter((h) => h.type === 'task').map((h) => h.code)).toEqual(expect.arrayContaining(['IV.1', 'IV.6']));
    expect(inPlan.filter((h) => h.type === 'target').map((h) => h.code)).toEqual(expect.arrayContaining(['5.2', '5.3']));
    for (const h of hits.slice(0, 10)) expect(h.snippet.toLowerCase()).toContain('[chuyển đổi số]');
  });

  it('finds Đào tạo by dao tao and ignores case', () => {
    const c = core();
    const hits = search(c.sql, 'DAO TAO', { types: ['organization'] }).hits;
    expect(hits.map((h) => h.title)).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo Hải Phòng', 'Bộ Giáo dục và Đào tạo']));
    expect(hits[0]!.snippet).toMatch(/\[Đào tạo\]/);
  });

  it('ranks the words side by side above the same words apart', () => {
    const c = core();
    const hits = search(c.sql, 'chuyen doi so', { limit: 200 }).hits;
    const firstApart = hits.findIndex((h) => !/chuyển đổi số/i.test(h.snippet.replace(/[[\]]/g, '')));
    const lastTogether = hits.map((h) => /chuyển đổi số/i.test(h.snippet.replace(/[[\]]/g, ''))).lastIndexOf(true);
    if (firstApart >= 0) expect(lastTogether).toBeLessThan(firstApart);
  });

  it('ranks a match in the title above a match only in the body', () => {
    const c = core();
    const titleId = Number(
      run(c, `INSERT INTO tasks (plan_id, code, tt, position, title, title_folded) VALUES (1, 'Z.1', '1', 999, 'Kiểm định chất lượng giáo dục', 'x')`).lastInsertRowid,
    );
    const bodyId = Number(
      run(c, `INSERT INTO tasks (plan_id, code, tt, position, title, title_folded, output) VALUES (1, 'Z.2', '2', 1000, 'Báo cáo tổng hợp', 'x', 'Kiểm định chất lượng giáo dục')`)
        .lastInsertRowid,
    );
    const order = keys(c, 'kiem dinh chat luong', ['task']);
    expect(order.indexOf(`task:${titleId}`)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(`task:${titleId}`)).toBeLessThan(order.indexOf(`task:${bodyId}`));
  });

  it('prefers the exact marks typed: lương văn việt finds the signer first', () => {
    const c = core();
    const [first] = search(c.sql, 'lương văn việt').hits;
    expect(first).toMatchObject({ type: 'plan', id: 1, snippet: '[Lương Văn Việt]' });
  });

  it('answers a plan hit with the plan id and a document hit with a plan resting on it', () => {
    const c = core();
    const plan = search(c.sql, '02-CTr/TU', { types: ['plan'] }).hits[0];
    expect(plan).toMatchObject({ type: 'plan', id: 3 });
    const doc = search(c.sql, '1042/QĐ-UBND', { types: ['document'] }).hits[0];
    expect(doc).toMatchObject({ type: 'document', planId: 1 });
  });

  it.each(['"', '*', 'AND', 'OR', 'NOT x', 'NEAR(', 'title:x', '^', '(', ')', '"unbalanced', '-', '+', '@', '', '   '])(
    'never fails on %j',
    (q) => {
      const c = core();
      expect(() => search(c.sql, q)).not.toThrow();
    },
  );
});
