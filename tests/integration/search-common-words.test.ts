/**
 * Words nearly every row holds are ranked from a bounded candidate set (core/search/
 * common-words.ts). The seeded office is small, so the tests lower the cap (commonAt) to
 * put "giáo dục" (356 matching rows) on that path, and check what an officer relies on.
 */
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { planQuery } from '../../src-main/core/search/query';
import { search } from '../../src-main/core/search/service';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();

const KIND = { plan: 1, document: 1, section: 2, task: 3, target: 4, organization: 5 } as const;
/** Index keys (kind code:id) of the rows matching an FTS expression. */
function matchingRows(c: Core, match: string): Set<string> {
  const rows = c.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').all(match) as Array<{ rowid: number }>;
  return new Set(rows.map((r) => `${r.rowid & 7}:${r.rowid >> 3}`));
}
const titleRows = (c: Core, match: string) => matchingRows(c, `{title} : (${match})`);
const matchCount = (c: Core, match: string) =>
  (c.db.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(match) as { n: number }).n;
const planDocument = (c: Core, planId: number) => (c.db.prepare('SELECT document_id AS d FROM plans WHERE id = ?').get(planId) as { d: number }).d;
const key = (c: Core, h: { type: keyof typeof KIND; id: number }) => `${KIND[h.type]}:${h.type === 'plan' ? planDocument(c, h.id) : h.id}`;

describe('search for words nearly every row holds', () => {
  it('returns title matches first, plans before other rows, the newest first', () => {
    const c = core();
    const phrase = planQuery('giáo dục').phraseMatch!;
    expect(matchCount(c, phrase)).toBeGreaterThan(100);
    const hits = search(c.sql, 'giáo dục', { limit: 30, commonAt: 50 }).hits;
    expect(hits).toHaveLength(30);
    const inTitle = titleRows(c, phrase);
    // the seed holds more than 30 title matches: every hit has the words in its title
    expect(inTitle.size).toBeGreaterThan(30);
    for (const h of hits) expect(inTitle.has(key(c, h)), `${h.type} ${h.title}`).toBe(true);
    // plans and documents first (they are what an officer opens), then the rest
    const firstOther = hits.findIndex((h) => h.type !== 'plan' && h.type !== 'document');
    expect(firstOther).toBeGreaterThan(0);
    expect(hits.slice(firstOther).every((h) => h.type !== 'plan' && h.type !== 'document')).toBe(true);
    // the tasks among them: newest first
    const tasks = hits.filter((h) => h.type === 'task').map((h) => h.id);
    expect(tasks.length).toBeGreaterThan(1);
    expect(tasks).toEqual([...tasks].sort((a, b) => b - a));
    // every hit still carries its highlighted snippet
    expect(hits.every((h) => h.snippetParts.some((p) => p.hit))).toBe(true);
  });

  it('still ranks rows holding the words side by side before rows holding them apart', () => {
    const c = core();
    const plan = planQuery('phòng giáo');
    // side by side: fewer rows than the window (all listed); apart: a common tier (bounded) — both answer
    const phraseRows = matchCount(c, plan.phraseMatch!);
    expect(phraseRows).toBeGreaterThan(5);
    expect(phraseRows).toBeLessThan(80);
    expect(matchCount(c, plan.match!)).toBeGreaterThanOrEqual(80);
    const hits = search(c.sql, 'phòng giáo', { limit: 60, commonAt: 40 }).hits;
    expect(hits).toHaveLength(60);
    const phrase = matchingRows(c, plan.phraseMatch!);
    const sideBySide = hits.map((h) => phrase.has(key(c, h)));
    const firstApart = sideBySide.indexOf(false);
    expect(firstApart).toBe(phraseRows);
    expect(sideBySide.slice(firstApart).some(Boolean)).toBe(false);
  });

  it('keeps the rows spelling the typed marks first inside the bounded set', () => {
    const c = core();
    const hits = search(c.sql, 'số', { limit: 20, commonAt: 1, types: ['task'] }).hits;
    expect(hits).toHaveLength(20);
    const text = c.db.prepare(
      `SELECT lower(title || ' ' || code || ' ' || coalesce(lead_text, '') || ' ' || coalesce(coordinating_text, '') || ' ' || coalesce(output, '')
        || ' ' || coalesce(departments_text, '') || ' ' || coalesce(deadline_text, '') || ' ' || coalesce(funding_source, '') || ' ' || coalesce(note, '')) AS t
       FROM tasks WHERE id = ?`,
    );
    const exact = hits.map((h) => (text.get(h.id) as { t: string }).t.includes('số'));
    expect(exact[0]).toBe(true);
    const firstOther = exact.indexOf(false);
    expect(firstOther).toBeGreaterThan(0);
    expect(exact.slice(firstOther).some(Boolean)).toBe(false);
  });

  it('answers the same rows with or without the types filter on the bounded path', () => {
    const c = core();
    const all = search(c.sql, 'giáo dục', { limit: 400, commonAt: 50 }).hits;
    const tasks = search(c.sql, 'giáo dục', { limit: 10, commonAt: 50, types: ['task'] }).hits;
    expect(tasks).toHaveLength(10);
    expect(tasks.every((h) => h.type === 'task')).toBe(true);
    const plans = search(c.sql, 'giáo dục', { limit: 5, commonAt: 50, types: ['plan'] }).hits;
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((h) => h.type === 'plan')).toBe(true);
    expect(plans.map((h) => h.id)).toEqual(all.filter((h) => h.type === 'plan').slice(0, plans.length).map((h) => h.id));
  });

  it('lists every row holding common words side by side when few do: plans, organisations and sections first, then newest', () => {
    const c = core();
    const plan = planQuery('văn phòng');
    // apart in 54 rows, side by side in 34: with the cap at 50 the words are common, the phrase is not
    expect(matchCount(c, plan.match!)).toBeGreaterThanOrEqual(50);
    const phrase = matchingRows(c, plan.phraseMatch!);
    expect(phrase.size).toBeGreaterThan(30);
    expect(phrase.size).toBeLessThan(50);
    const hits = search(c.sql, 'văn phòng', { limit: 30, commonAt: 40 }).hits;
    expect(hits).toHaveLength(30);
    for (const h of hits) expect(phrase.has(key(c, h)), `${h.type} ${h.title}`).toBe(true);
    const group = (h: { type: string }) => ({ plan: 0, document: 0, organization: 1, section: 2 })[h.type] ?? 3;
    const groups = hits.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    // organisations in the order they were registered (the Sở's own office first)
    const orgs = hits.filter((h) => h.type === 'organization');
    expect(orgs.map((h) => h.title)).toEqual(expect.arrayContaining(['Văn phòng Sở', 'Văn phòng Chính phủ']));
    expect(orgs.map((h) => h.id)).toEqual([...orgs.map((h) => h.id)].sort((a, b) => a - b));
    // tasks and targets: newest first (index rowid order)
    const rest = hits.filter((h) => group(h) === 3).map((h) => h.id * 8 + KIND[h.type]);
    expect(rest.length).toBeGreaterThan(5);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it('puts the plans, then the organisations, named by common words side by side before other title matches', () => {
    const c = core();
    const plan = planQuery('giáo dục và');
    const inTitle = titleRows(c, plan.phraseMatch!);
    const named = (kind: number) => [...inTitle].filter((k) => k.startsWith(`${kind}:`));
    expect(named(KIND.document).length).toBeGreaterThan(3);
    expect(named(KIND.organization).length).toBeGreaterThan(1);
    expect(named(KIND.organization).length).toBeLessThanOrEqual(10);
    // the phrase is in more rows than the window (30 + 20): the bounded path, not the complete list
    expect(matchCount(c, plan.phraseMatch!)).toBeGreaterThan(50);
    const hits = search(c.sql, 'giáo dục và', { limit: 30, commonAt: 40 }).hits;
    for (const h of hits) expect(inTitle.has(key(c, h)), `${h.type} ${h.title}`).toBe(true);
    const docs = named(KIND.document).length;
    const orgs = named(KIND.organization).length;
    expect(hits.slice(0, docs).every((h) => h.type === 'plan' || h.type === 'document')).toBe(true);
    expect(hits.slice(docs, docs + orgs).every((h) => h.type === 'organization')).toBe(true);
    expect(hits.slice(docs + orgs).some((h) => h.type === 'plan' || h.type === 'document' || h.type === 'organization')).toBe(false);
  });

  it('does not list organisations first when the words name a kind of them (more than ten)', () => {
    const c = core();
    const phrase = planQuery('giáo dục').phraseMatch!;
    expect(titleRows(c, phrase).size).toBeGreaterThan(100);
    expect([...titleRows(c, phrase)].filter((k) => k.startsWith(`${KIND.organization}:`)).length).toBeGreaterThan(10);
    const hits = search(c.sql, 'giáo dục', { limit: 30, commonAt: 50 }).hits;
    expect(hits).toHaveLength(30);
    expect(hits.some((h) => h.type === 'organization')).toBe(false);
    // yet they are found, named by the words first, when organisations are asked for
    const orgs = search(c.sql, 'giáo dục', { limit: 10, commonAt: 50, types: ['organization'] }).hits;
    expect(orgs).toHaveLength(10);
    for (const h of orgs) expect(titleRows(c, phrase).has(key(c, h)), h.title).toBe(true);
  });
});
