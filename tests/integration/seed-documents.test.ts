/** The five source documents as seeded: counts, IV.2 assignments, links, organisations, clean text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { getPlanDetail, type PlanDetail } from '../../src-main/core/plans/service';
import { listPlanSummaries } from '../../src-main/core/plans/repository';
import { EMBEDDED_SEEDS } from '../../seeds/index';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(__dirname, '..', '..');
let core: Core;
let dir: string;
const plans = new Map<string, PlanDetail>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandesk-seed-docs-'));
  core = Core.open({ dataDir: dir });
  const keys = core.db.prepare('SELECT p.id, d.key FROM plans p JOIN documents d ON d.id = p.document_id').all() as { id: number; key: string }[];
  for (const k of keys) plans.set(k.key, getPlanDetail(core.sql, k.id));
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

function plan(key: string): PlanDetail {
  const p = plans.get(key);
  if (!p) throw new Error(`no plan ${key}`);
  return p;
}

function tasksPerGroup(p: PlanDetail): Array<[string, number]> {
  return p.taskGroups.map((g) => [g.code, p.tasks.filter((t) => t.groupId === g.id).length]);
}

describe('all five documents are seeded as plans', () => {
  it('lists the five plans with kind, issuer and their counts', () => {
    const list = listPlanSummaries(core.sql);
    expect(list).toHaveLength(5);
    expect(new Set(plans.keys())).toEqual(
      new Set(['kh-ubnd-2025-hoi-nhap-quoc-te', 'kh-sgddt-doi-ngoai-2024-2025', 'ctr-02-tu', 'kh-sgddt-2026-de-an-1042', 'kh-sgddt-2024-nq-1035']),
    );
    const ctr = list.find((p) => p.numberSymbol === '02-CTr/TU');
    expect(ctr).toMatchObject({ kind: 'chuong_trinh', issuedDate: '2025-10-20', status: 'issued' });
  });

  it('003: 50 tasks in groups I–VIII and 53 targets over three horizons', () => {
    const p = plan('kh-sgddt-2026-de-an-1042');
    expect(tasksPerGroup(p)).toEqual([['I', 1], ['II', 4], ['III', 4], ['IV', 6], ['V', 7], ['VI', 8], ['VII', 15], ['VIII', 5]]);
    expect([2030, 2035, 2045].map((y) => p.targets.filter((t) => t.horizonYear === y).length)).toEqual([46, 5, 2]);
    expect(p.reportingPeriods.find((r) => r.kind === 'submission')).toMatchObject({ dueDate: '2026-04-10' });
    expect(p.reportingPeriods.filter((r) => r.kind === 'quarter').map((r) => [r.startDate, r.endDate])[0]).toEqual(['2025-12-15', '2026-03-14']);
  });

  it('000: every PHỤ LỤC row, with the yearly, review and final reporting', () => {
    const p = plan('kh-ubnd-2025-hoi-nhap-quoc-te');
    expect(tasksPerGroup(p)).toEqual([['1', 2], ['2', 2], ['3', 4], ['4', 3], ['5', 2]]);
    const years = p.reportingPeriods.filter((r) => r.kind === 'year');
    expect(years.map((r) => r.dueDate)).toEqual(['2025-12-10', '2026-12-10', '2027-12-10', '2028-12-10', '2029-12-10', '2030-12-10']);
    expect(p.reportingPeriods.find((r) => r.kind === 'review')?.year).toBe(2027);
    expect(p.reportingPeriods.find((r) => r.kind === 'final')?.year).toBe(2030);
  });

  it('002: targets to 2030/2035/2045 and eight task groups', () => {
    const p = plan('ctr-02-tu');
    expect(p.taskGroups).toHaveLength(8);
    expect(p.tasks).toHaveLength(42);
    // targets counted under their horizon group; two 2030 targets carry their own earlier years (2026, 2027)
    const root = (groupId: number | null): string | undefined => {
      const g = p.targetGroups.find((x) => x.id === groupId);
      return g?.parentId ? root(g.parentId) : g?.title;
    };
    const perHorizon = new Map<string, number>();
    for (const t of p.targets) perHorizon.set(root(t.groupId) ?? '?', (perHorizon.get(root(t.groupId) ?? '?') ?? 0) + 1);
    expect([...perHorizon.values()]).toEqual([47, 7, 4]);
    expect(p.targets.filter((t) => t.horizonYear !== null && t.horizonYear < 2030).map((t) => t.horizonYear)).toEqual([2026, 2027]);
  });

  it('001: its tasks as written, with the footnote; 004: four tasks', () => {
    expect(plan('kh-sgddt-doi-ngoai-2024-2025').tasks).toHaveLength(12);
    expect(plan('kh-sgddt-doi-ngoai-2024-2025').blocks.some((b) => b.kind === 'footnote')).toBe(true);
    expect(plan('kh-sgddt-2024-nq-1035').tasks).toHaveLength(4);
  });

  it('every plan has a signer, recipients and a body; state documents end with "./."', () => {
    for (const [key, p] of plans) {
      expect(p.document.signer.position, key).toBeTruthy();
      expect(p.document.recipients.length, key).toBeGreaterThan(0);
      expect(p.blocks.length, key).toBeGreaterThan(10);
      // the Party programme 02-CTr/TU is printed without the "./." ending
      if (key !== 'ctr-02-tu') expect(p.blocks.some((b) => b.text.trimEnd().endsWith('./.')), key).toBe(true);
    }
  });
});

describe('003 section IV.2: department responsibilities', () => {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/003-iv2-assignments.json'), 'utf8')) as {
    departments: Array<{ org: string; targetsStated: number; targets: string[]; tasksStated: number; tasks: Array<{ code: string; part: string | null }> }>;
    findings: Array<{ code: string; table: string; statedCount?: number; actualCount?: number; iv2?: string[] }>;
  };
  const orgKey = (id: number) => (core.db.prepare('SELECT key FROM organizations WHERE id = ?').get(id) as { key: string }).key;

  it('every listed code resolves to exactly one task or target of the plan', () => {
    const p = plan('kh-sgddt-2026-de-an-1042');
    for (const d of fixture.departments) {
      for (const c of d.targets) expect(p.targets.filter((t) => t.code === c), `target ${c}`).toHaveLength(1);
      for (const c of d.tasks) expect(p.tasks.filter((t) => t.code === c.code), `task ${c.code}`).toHaveLength(1);
    }
  });

  it('each department is linked to exactly the codes it lists, with its part notes', () => {
    const p = plan('kh-sgddt-2026-de-an-1042');
    for (const d of fixture.departments) {
      const linkedTargets = p.targets.filter((t) => t.departments.some((x) => orgKey(x.id) === d.org)).map((t) => t.code);
      expect(new Set(linkedTargets), d.org).toEqual(new Set(d.targets));
      const linkedTasks = p.tasks.filter((t) => t.departments.some((x) => orgKey(x.id) === d.org)).map((t) => t.code);
      expect(new Set(linkedTasks), d.org).toEqual(new Set(d.tasks.map((t) => t.code)));
      for (const t of d.tasks.filter((x) => x.part)) {
        const link = p.tasks.find((x) => x.code === t.code)!.departments.find((x) => orgKey(x.id) === d.org)!;
        expect(link.partNote).toBe(t.part);
      }
    }
  });

  it('the document’s own inconsistencies are listed explicitly, not dropped', () => {
    const p = plan('kh-sgddt-2026-de-an-1042');
    for (const f of fixture.findings.filter((x) => x.table === 'tasks')) {
      const task = p.tasks.find((t) => t.code === f.code)!;
      expect(task.departments.map((d) => orgKey(d.id)), f.code).toEqual(f.iv2);
      expect(task.departmentsText).not.toBeNull();
    }
    const count = fixture.findings.find((x) => x.table === 'targets')!;
    expect(p.targets).toHaveLength(count.actualCount!);
    expect(count.statedCount).not.toBe(count.actualCount);
    for (const d of fixture.departments) {
      expect(d.targets).toHaveLength(d.targetsStated);
      expect(d.tasks).toHaveLength(d.tasksStated);
    }
  });
});

describe('references resolve', () => {
  it('every lead and coordinating text resolves to registry organisations', () => {
    for (const [key, p] of plans) {
      for (const t of p.tasks) {
        if (t.leadText) expect(t.lead.length, `${key} ${t.code} lead`).toBeGreaterThan(0);
        if (t.coordinatingText) expect(t.coordinating.length, `${key} ${t.code} coordinating`).toBeGreaterThan(0);
      }
    }
  });

  it('every number-symbol cited in a căn cứ line or footnote is a linked document', () => {
    const symbol = /\b(\d{1,4}(?:\/\d{4})?\/[A-ZĐ]{1,6}-[A-ZĐ0-9]{1,12}|\d{1,4}(?:\/\d{4})?\/[A-ZĐ]{1,4}[0-9]{1,3}|\d{1,4}-[A-Z]{1,4}\/[A-Z]{1,6})\b/gu;
    let checked = 0;
    for (const [key, p] of plans) {
      const linked = new Set(p.links.up.map((l) => l.numberSymbol));
      for (const b of p.blocks.filter((x) => x.kind === 'basis' || x.kind === 'footnote')) {
        for (const m of b.text.matchAll(symbol)) {
          checked++;
          expect(linked.has(m[1]!), `${key}: ${m[1]} in “${b.text.slice(0, 80)}”`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('the cascade: 003 rests on QĐ 1042, which implements 02-CTr/TU, which implements 71-NQ/TW; VIII.3 copies 000’s 3.2', () => {
    const up = (numberSymbol: string) =>
      core.db
        .prepare(
          `SELECT t.number_symbol AS n FROM document_links l JOIN documents f ON f.id = l.from_document_id
           JOIN documents t ON t.id = l.to_document_id WHERE f.number_symbol = ?`,
        )
        .all(numberSymbol)
        .map((r) => (r as { n: string }).n);
    expect(plan('kh-sgddt-2026-de-an-1042').links.up.map((l) => l.numberSymbol)).toContain('1042/QĐ-UBND');
    expect(up('1042/QĐ-UBND')).toContain('02-CTr/TU');
    expect(up('02-CTr/TU')).toContain('71-NQ/TW');
    const viii3 = plan('kh-sgddt-2026-de-an-1042').tasks.find((t) => t.code === 'VIII.3')!;
    const parent = plan('kh-ubnd-2025-hoi-nhap-quoc-te').tasks.find((t) => t.id === viii3.parentTaskId);
    expect(parent?.code).toBe('3.2');
    expect(parent?.title).toContain('Cambridge');
  });
});

describe('no OCR debris in seeded text', () => {
  const review = readFileSync(join(ROOT, 'seeds/REVIEW.md'), 'utf8');
  const broken = review
    .split('\n')
    .filter((l) => l.startsWith('OCR-WORDS:'))
    .flatMap((l) => l.slice('OCR-WORDS:'.length).split(','))
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const strings: string[] = [];
  // organisation aliases are excluded on purpose: they hold the ways a body is written in
  // received files, scanned ones included ("S¢ Gido duc va Pao tao"), so imports can resolve them
  const collect = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'aliases') collect(x);
  };
  EMBEDDED_SEEDS.forEach((s) => collect(s.data));

  it('knows the broken word forms met while restoring', () => {
    expect(broken.length).toBeGreaterThan(100);
  });

  it('has no character that never occurs in Vietnamese prose', () => {
    const debris = /[¢§€¥£©®¬¦µ¶þÞðßæøå|]/u;
    const bad = strings.filter((s) => debris.test(s));
    expect(bad).toEqual([]);
  });

  it('has none of the broken words', () => {
    const words = new Set(broken);
    const hits = strings.flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => words.has(w)).map((w) => `${w} in “${s.slice(0, 60)}”`));
    expect(hits).toEqual([]);
  });

  it('is all NFC', () => {
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });
});
