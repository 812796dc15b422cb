/**
 * A last word the index holds no longer term for is matched as a whole token instead of a
 * prefix (core/search/query.ts wholeTokens, repository.ts hasLongerTerm): the same rows,
 * without FTS5 merging the doclists of a prefix it has no index for. These tests guard the
 * "same rows" part and that a new longer term brings the prefix back.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { planQuery, prefixTokens } from '../../src-main/core/search/query';
import { hasLongerTerm } from '../../src-main/core/search/repository';
import { search } from '../../src-main/core/search/service';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();

const rows = (c: Core, match: string) =>
  (c.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').all(match) as Array<{ rowid: number }>).map((r) => r.rowid);

/** MATCH expressions search() ran, captured from Sql. */
function matchesRun(c: Core, fn: () => unknown): string[] {
  const out: string[] = [];
  const all = c.sql.all.bind(c.sql);
  const first = c.sql.first.bind(c.sql);
  const capture = (q: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
    const { sql, parameters } = q.compile();
    if (/search_index MATCH/.test(sql)) out.push(...parameters.filter((p): p is string => typeof p === 'string'));
  };
  c.sql.all = ((q: never) => (capture(q), all(q))) as typeof c.sql.all;
  c.sql.first = ((q: never) => (capture(q), first(q))) as typeof c.sql.first;
  try {
    fn();
  } finally {
    c.sql.all = all;
    c.sql.first = first;
  }
  return out;
}

describe('search: a complete last word is matched whole', () => {
  it('tells a token with longer terms after it from one without', () => {
    const c = core();
    expect(hasLongerTerm(c.sql, 'ngu')).toBe(true); // người, nguồn
    expect(hasLongerTerm(c.sql, 'nguo')).toBe(true);
    expect(hasLongerTerm(c.sql, 'vien')).toBe(false); // viên, viện: the term itself, nothing longer
    expect(hasLongerTerm(c.sql, 'phong')).toBe(false);
    expect(hasLongerTerm(c.sql, 'zzzz')).toBe(false);
  });

  it('matches exactly the rows of the prefix, words apart and side by side', () => {
    const c = core();
    for (const q of ['giảng viên', 'văn phòng', 'Phòng', 'GD&ĐT', 'chuyển đổi số', 'nghề nghiệp', 'kế hoạch 2026']) {
      const prefixed = planQuery(q);
      const whole = new Set(prefixTokens(prefixed).filter((t) => !hasLongerTerm(c.sql, t)));
      const planned = planQuery(q, { wholeTokens: whole });
      expect(rows(c, planned.match!), q).toEqual(rows(c, prefixed.match!));
      if (prefixed.phraseMatch) expect(rows(c, planned.phraseMatch!), q).toEqual(rows(c, prefixed.phraseMatch));
      expect(rows(c, prefixed.match!).length, q).toBeGreaterThan(0);
    }
  });

  it('runs no prefix for a complete word, keeps it while the word may go on, and again once a longer term is written', () => {
    const c = core();
    const ran = matchesRun(c, () => search(c.sql, 'giảng viên', { limit: 20 }));
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every((m) => !m.includes('*'))).toBe(true);
    expect(search(c.sql, 'giảng viên', { limit: 20 }).hits[0]!.snippetParts.some((p) => p.hit)).toBe(true);
    // "ngu" goes on (người, nguồn): a prefix, as before
    expect(matchesRun(c, () => search(c.sql, 'đội ngu', { limit: 20 })).some((m) => m.includes('"ngu"*'))).toBe(true);
    // a row written with a longer term ("viênchức" typed without its space) makes "viên" a prefix again
    c.db.prepare("UPDATE tasks SET note = 'viênchức' WHERE id = (SELECT min(id) FROM tasks)").run();
    expect(hasLongerTerm(c.sql, 'vien')).toBe(true);
    expect(matchesRun(c, () => search(c.sql, 'giảng viên', { limit: 20 })).some((m) => m.includes('"vien"*'))).toBe(true);
  });
});
