import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { exportPackage } from '../../src-main/core/safety/package/service';
import { runCli, ROOT } from '../helpers/run';
import { api, count, ok } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const FIXTURES = join(ROOT, 'tests/fixtures/safety');
const fixture = (name: string) => ({ fileName: name, base64: readFileSync(join(FIXTURES, name)).toString('base64') });
const pack = (core: Core, planIds: number[]) => {
  const r = exportPackage(core, planIds);
  return { fileName: r.fileName, base64: Buffer.from(r.bytes).toString('base64') };
};
const PLAN_1042 = "(SELECT p.id FROM plans p JOIN documents d ON d.id = p.document_id WHERE d.key = 'kh-sgddt-2026-de-an-1042')";
const taskField = (core: Core, code: string, field: string) =>
  (core.db.prepare(`SELECT ${field} AS v FROM tasks WHERE plan_id = ${PLAN_1042} AND code = ?`).get(code) as { v: unknown }).v;
const setTaskField = (core: Core, code: string, field: string, value: string) =>
  core.db.prepare(`UPDATE tasks SET ${field} = ? WHERE plan_id = ${PLAN_1042} AND code = ?`).run(value, code);
const planId = (core: Core) => (core.db.prepare(`SELECT ${PLAN_1042} AS id`).get() as { id: number }).id;

describe('PlanDesk packages between machines', () => {
  it('a package written by PlanDesk (fixture) imports into an empty PlanDesk whole, and undo removes it', async () => {
    const core = Core.open({ dataDir: tempDir(), seed: false });
    const preview = await ok(core, 'packages.preview', fixture('plan-1042.plandesk'));
    expect(preview.plans).toEqual([expect.objectContaining({ title: expect.stringMatching(/^Triển khai Đề án “Phát triển giáo dục/), exists: false })]);
    expect(preview.totals).toMatchObject({ theirsNewer: 0, conflicts: 0, same: 0 });
    expect(preview.counts.find((c) => c.table === 'tasks')).toMatchObject({ new: 50 });
    expect(preview.counts.find((c) => c.table === 'progress_entries')).toMatchObject({ new: 12 });
    expect(count(core, 'tasks')).toBe(0); // a preview writes nothing

    const r = await ok(core, 'packages.import', { ...fixture('plan-1042.plandesk'), expectedSha256: preview.fileSha256, takeTheirs: [] });
    expect(r.inserted).toBe(preview.totals.new);
    expect(count(core, 'tasks')).toBe(50);
    expect(count(core, 'progress_entries')).toBe(12);
    expect(core.db.prepare('SELECT count(*) AS n FROM task_organizations').get()).not.toEqual({ n: 0 });
    expect(core.db.prepare("SELECT o.key FROM progress_entries e JOIN organizations o ON o.id = e.reporter_org_id LIMIT 1").get()).toEqual({ key: 'sgd-van-phong' });
    expect(await ok(core, 'safety.check', {})).toMatchObject({ ok: true });
    // derived search columns are rebuilt here, not trusted from the file
    expect(core.db.prepare('SELECT count(*) AS n FROM tasks WHERE title_folded IS NULL OR title_folded = title').get()).toEqual({ n: 0 });
    // a verified backup was taken before
    expect((await ok(core, 'backups.list', {})).backups.some((b) => b.reason === 'package-import')).toBe(true);

    const imports = await ok(core, 'packages.imports', {});
    expect(imports[0]).toMatchObject({ id: r.importId, status: 'committed', canUndo: true, fileName: 'plan-1042.plandesk' });
    expect(await ok(core, 'packages.undo', { id: r.importId })).toMatchObject({ removed: r.inserted });
    for (const t of ['tasks', 'targets', 'plans', 'documents', 'organizations', 'progress_entries', 'task_organizations']) expect(count(core, t)).toBe(0);
    expect((await ok(core, 'packages.imports', {}))[0]).toMatchObject({ status: 'undone', canUndo: false });
    core.close();
  });

  it('two machines seeded alike recognise the same records (no duplicates) and only progress is new', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const before = { tasks: count(core, 'tasks'), orgs: count(core, 'organizations'), docs: count(core, 'documents') };
    const preview = await ok(core, 'packages.preview', fixture('plan-1042.plandesk'));
    expect(preview.plans[0]!.exists).toBe(true);
    expect(preview.totals).toMatchObject({ conflicts: 0, theirsNewer: 0 });
    expect(preview.totals.new).toBe(13); // the reporting period and 12 progress entries
    await ok(core, 'packages.import', { ...fixture('plan-1042.plandesk'), takeTheirs: [] });
    expect({ tasks: count(core, 'tasks'), orgs: count(core, 'organizations'), docs: count(core, 'documents') }).toEqual(before);
    expect(count(core, 'progress_entries')).toBe(12);
    // a second import of the same file changes nothing
    const again = await ok(core, 'packages.preview', fixture('plan-1042.plandesk'));
    expect(again.totals).toMatchObject({ new: 0, theirsNewer: 0, conflicts: 0 });
    core.close();
  });

  it('three-way: a change on one side is taken or kept; a change on both sides is a conflict decided field by field', async () => {
    const a = Core.open({ dataDir: tempDir() });
    const b = Core.open({ dataDir: tempDir() });
    await ok(b, 'packages.import', { ...pack(a, [planId(a)]), takeTheirs: [] }); // first exchange: now both know each other's version

    setTaskField(a, 'I.1', 'output', 'Kế hoạch tuyên truyền (A)'); // only A
    setTaskField(b, 'II.1', 'note', 'Ghi chú của B'); // only B
    setTaskField(a, 'II.2', 'note', 'A ghi'); // both
    setTaskField(a, 'II.2', 'deadline_text', 'Quý III năm 2026');
    setTaskField(b, 'II.2', 'note', 'B ghi');
    setTaskField(b, 'II.2', 'deadline_text', 'Quý IV năm 2026');

    const fromA = pack(a, [planId(a)]);
    const preview = await ok(b, 'packages.preview', fromA);
    expect(preview.totals).toMatchObject({ theirsNewer: 1, oursNewer: 1, conflicts: 1, new: 0 });
    expect(preview.updates).toEqual([expect.objectContaining({ table: 'tasks', label: expect.stringMatching(/^Nhiệm vụ I\.1:/), fields: ['Kết quả (sản phẩm)'] })]);
    const conflict = preview.conflicts[0]!;
    expect(conflict.label).toMatch(/^Nhiệm vụ II\.2:/);
    expect(conflict.fields).toEqual([
      { field: 'deadline_text', label: 'Thời gian hoàn thành', ours: 'Quý IV năm 2026', theirs: 'Quý III năm 2026' },
      { field: 'note', label: 'Ghi chú', ours: 'B ghi', theirs: 'A ghi' },
    ]);

    // the officer takes A's deadline and keeps B's note
    const r = await ok(b, 'packages.import', { ...fromA, expectedSha256: preview.fileSha256, takeTheirs: [{ uid: conflict.uid, field: 'deadline_text' }] });
    expect(r).toMatchObject({ updated: 2, conflictsResolved: 1, conflictsKept: 0 });
    expect(taskField(b, 'I.1', 'output')).toBe('Kế hoạch tuyên truyền (A)');
    expect(taskField(b, 'II.1', 'note')).toBe('Ghi chú của B');
    expect(taskField(b, 'II.2', 'deadline_text')).toBe('Quý III năm 2026');
    expect(taskField(b, 'II.2', 'note')).toBe('B ghi');
    // each overwritten field is in the audit log with its old value
    expect(b.db.prepare("SELECT field, before_json FROM audit_log WHERE action = 'package.import' AND entity = 'tasks' ORDER BY id").all()).toEqual([
      { field: 'output', before_json: expect.any(String) },
      { field: 'deadline_text', before_json: '"Quý IV năm 2026"' },
    ]);

    // back to A, which has not changed since: B's note and B's resolution of II.2 are changes
    // made there after seeing A's version (the base travelled in B's package), not conflicts
    const back = await ok(a, 'packages.preview', pack(b, [planId(b)]));
    expect(back.totals).toMatchObject({ conflicts: 0, theirsNewer: 2 });
    expect(back.updates.map((u) => [u.label.slice(0, 15), u.fields])).toEqual([
      ['Nhiệm vụ II.1: ', ['Ghi chú']],
      ['Nhiệm vụ II.2: ', ['Ghi chú']],
    ]);
    a.close();
    b.close();
  });

  it('nothing is overwritten without a decision: by default a conflict keeps this machine’s values', async () => {
    const a = Core.open({ dataDir: tempDir() });
    const b = Core.open({ dataDir: tempDir() });
    setTaskField(a, 'I.1', 'note', 'của A');
    setTaskField(b, 'I.1', 'note', 'của B');
    const r = await ok(b, 'packages.import', { ...pack(a, [planId(a)]), takeTheirs: [] });
    expect(r).toMatchObject({ conflictsKept: 1, updated: 0 });
    expect(taskField(b, 'I.1', 'note')).toBe('của B');
    a.close();
    b.close();
  });

  it('undo is refused when a record the import touched was edited afterwards', async () => {
    const a = Core.open({ dataDir: tempDir() });
    const b = Core.open({ dataDir: tempDir() });
    await ok(b, 'packages.import', { ...pack(a, [planId(a)]), takeTheirs: [] });
    setTaskField(a, 'I.1', 'note', 'từ A');
    const r = await ok(b, 'packages.import', { ...pack(a, [planId(a)]), takeTheirs: [] });
    setTaskField(b, 'I.1', 'note', 'B sửa sau khi nhập');
    const undo = await api(b, 'packages.undo', { id: r.importId });
    expect(undo).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã được sửa sau khi nhập.*Trước khi nhập gói kế hoạch/) } });
    expect(taskField(b, 'I.1', 'note')).toBe('B sửa sau khi nhập');
    a.close();
    b.close();
  });

  it.each([
    ['plan-1042-tampered.plandesk', /bị hỏng hoặc đã bị sửa đổi.*SHA-256.*data\/tasks\.json/],
    ['plan-1042-format-99.plandesk', /định dạng phiên bản 99.*chỉ đọc được định dạng 1/],
    ['plan-1042-extra-entry.plandesk', /bị hỏng hoặc đã bị sửa đổi.*data\/notes\.json/],
    ['plan-1042-no-manifest.plandesk', /không phải là gói kế hoạch PlanDesk \(thiếu manifest\.json\)/],
    ['plan-1042-truncated.plandesk', /bị hỏng hoặc đã bị sửa đổi \(không giải nén được\)/],
    ['report-renamed.plandesk', /không phải là gói kế hoạch PlanDesk \(\.plandesk\)/],
  ])('refuses %s with a clear message and writes nothing', async (name, message) => {
    const core = Core.open({ dataDir: tempDir(), seed: false });
    for (const method of ['packages.preview', 'packages.import'] as const) {
      const r = method === 'packages.preview' ? await api(core, method, fixture(name)) : await api(core, method, { ...fixture(name), takeTheirs: [] });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    expect(count(core, 'documents')).toBe(0);
    expect(count(core, 'package_imports')).toBe(0);
    core.close();
  });

  it('refuses to import a different file than the one previewed', async () => {
    const core = Core.open({ dataDir: tempDir(), seed: false });
    const r = await api(core, 'packages.import', { ...fixture('plan-1042.plandesk'), expectedSha256: 'a'.repeat(64), takeTheirs: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(core, 'tasks')).toBe(0);
    core.close();
  });

  it('CLI: package export --plan ID... --out FILE, then package import FILE --dry-run --json and for real', () => {
    const a = tempDir();
    const b = tempDir();
    const file = join(tempDir(), 'goi.plandesk');
    const exp = runCli(['--data-dir', a, 'package', 'export', '--plan', '1', '--plan', '3', '--out', file]);
    expect(exp.code).toBe(0);
    expect(exp.stdout).toMatch(/Đã xuất 2 kế hoạch/);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    const dry = runCli(['--data-dir', b, 'package', 'import', file, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const parsed = JSON.parse(dry.stdout) as { preview: { plans: unknown[]; totals: { conflicts: number } }; result: null };
    expect(parsed.preview.plans).toHaveLength(2);
    expect(parsed.result).toBeNull();

    const real = runCli(['--data-dir', b, 'package', 'import', file]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Đã nhập gói \(lần nhập số 1\)/);

    writeFileSync(file, 'hỏng');
    const bad = runCli(['--data-dir', b, 'package', 'import', file]);
    expect(bad.code).toBe(3);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['--data-dir', b, 'package', 'export', '--plan', '999', '--out', file]).stderr).toMatch(/Không có kế hoạch số 999/);
  });
});
