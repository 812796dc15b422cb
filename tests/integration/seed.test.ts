import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { reseed } from '../../src-main/core/seed/service';
import { validateSeeds } from '../../src-main/core/seed/validate';
import { getPlanDetail } from '../../src-main/core/plans/service';
import { getStats } from '../../src-main/core/stats/service';
import { EMBEDDED_SEEDS } from '../../seeds/index';
import { tempDir } from '../helpers/tmp';

const PLAN_003 = /^Triển khai Đề án “Phát triển giáo dục và đào tạo thành phố Hải Phòng/;

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('embedded default seed', () => {
  it('seeds an empty database on first start with plan 003 complete', () => {
    const core = Core.open({ dataDir: tempDir() });
    const stats = getStats(core.sql);
    const p = stats.plans.find((x) => PLAN_003.test(x.title));
    expect(p).toBeDefined();
    expect(p!.tasks).toBe(50);
    expect(p!.targets).toBe(53);

    const plan = getPlanDetail(core.sql, p!.id);
    const perGroup = plan.taskGroups.map((g) => [g.code, plan.tasks.filter((t) => t.groupId === g.id).length]);
    expect(perGroup).toEqual([
      ['I', 1],
      ['II', 4],
      ['III', 4],
      ['IV', 6],
      ['V', 7],
      ['VI', 8],
      ['VII', 15],
      ['VIII', 5],
    ]);
    const perHorizon = [2030, 2035, 2045].map((y) => plan.targets.filter((t) => t.horizonYear === y).length);
    expect(perHorizon).toEqual([46, 5, 2]);

    // cells the PDF split across lines and pages are whole again
    const v4 = plan.tasks.find((t) => t.code === 'V.4')!;
    expect(v4.budgetText).toBe('10.275,852 tỷ đồng');
    expect(v4.budgetDong).toBe(10_275_852_000_000);
    const iv1 = plan.tasks.find((t) => t.code === 'IV.1')!;
    expect(iv1.deadline).toEqual({ kind: 'quarter', start: '2026-04-01', end: '2026-06-30' });
    expect(plan.tasks.find((t) => t.code === 'IV.2')!.mergedUp).toContain('budget');
    const t12 = plan.targets.find((t) => t.code === '1.2')!;
    expect([t12.unit, t12.targetText, t12.comparator, t12.targetValue]).toEqual(['%', '≥ 85', '>=', 85]);
    expect(plan.targets.find((t) => t.code === '4.7.1')!.parentTargetId).toBe(plan.targets.find((t) => t.code === '4.7')!.id);

    // department parts from section IV.2
    const iii1 = plan.tasks.find((t) => t.code === 'III.1')!;
    expect(iii1.departments.map((d) => d.partNote)).toContain('phần y tế học đường, bán trú, an toàn trường học');
    // every stored text is NFC
    for (const t of plan.tasks) expect(t.title).toBe(t.title.normalize('NFC'));
    core.close();
  });

  it('does not seed twice and keeps user data on reopen', () => {
    const dir = tempDir();
    Core.open({ dataDir: dir }).close();
    const core = Core.open({ dataDir: dir });
    const docs = getStats(core.sql).documents;
    core.close();
    const again = Core.open({ dataDir: dir });
    expect(getStats(again.sql).documents).toBe(docs);
    again.close();
  });
});

describe('seed validation names the file and the field', () => {
  it('rejects an empty task title', () => {
    const broken = clone(EMBEDDED_SEEDS.map((s) => ({ ...s })));
    const file = broken.find((s) => s.name.startsWith('10-003'))!;
    (file.data as { documents: Array<{ plan: { tasks: Array<{ title: string }> } | null }> }).documents[0]!.plan!.tasks[3]!.title = '  ';
    expect(() => validateSeeds(broken)).toThrowError(
      /tệp 10-003-kh-trien-khai-de-an-1042\.json, trường documents\.0\.plan\.tasks\.3\.title: không được để trống/,
    );
  });

  it('rejects an unknown organisation key and a bad date', () => {
    const broken = clone(EMBEDDED_SEEDS.map((s) => ({ ...s })));
    const data = broken.find((s) => s.name.startsWith('10-003'))!.data as {
      documents: Array<{ date: string | null; plan: { tasks: Array<{ lead: string[] }> } | null }>;
    };
    data.documents[0]!.plan!.tasks[0]!.lead = ['khong-ton-tai'];
    expect(() => validateSeeds(broken)).toThrowError(/không có đơn vị với khóa "khong-ton-tai"/);
    data.documents[0]!.plan!.tasks[0]!.lead = [];
    data.documents[0]!.date = '10/4/2026';
    expect(() => validateSeeds(broken)).toThrowError(/documents\.0\.date: ngày phải theo dạng yyyy-mm-dd/);
  });

  it('a reset with a broken seed changes nothing', () => {
    const core = Core.open({ dataDir: tempDir() });
    const before = getStats(core.sql);
    const broken = [...EMBEDDED_SEEDS, { name: '99-bad.json', data: { format: 'plandesk-seed', version: 2 } }];
    expect(() => reseed(core.sql, broken)).toThrowError(/99-bad\.json/);
    expect(getStats(core.sql)).toEqual(before);
    core.close();
  });
});
