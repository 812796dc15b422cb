import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { runCli } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

describe('CLI search', () => {
  it('prints {"hits": [{type, id, title, snippet}]} with exactly these keys, in the order the app shows', async () => {
    const dir = tempDir();
    const r = runCli(['--data-dir', dir, 'search', 'chuyen doi so', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { hits: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['hits']);
    expect(out.hits.length).toBeGreaterThan(5);
    for (const h of out.hits) {
      expect(Object.keys(h)).toEqual(['type', 'id', 'title', 'snippet']);
      expect(['plan', 'document', 'section', 'task', 'target', 'organization']).toContain(h.type);
      expect(Number.isInteger(h.id)).toBe(true);
    }
    const task = out.hits.find((h) => h.type === 'task' && String(h.title).startsWith('Triển khai Đề án chuyển đổi số'));
    expect(task?.snippet).toBe('Triển khai Đề án [chuyển đổi số] trong giáo dục nghề nghiệp');

    // the same search as the app's search.query, same order
    const core = Core.open({ dataDir: dir });
    const api = await dispatch({ core, door: 'cli', version: 'test' }, 'search.query', { query: 'chuyen doi so', limit: 50 });
    core.close();
    expect(api.ok).toBe(true);
    if (api.ok) {
      const hits = (api.value as { hits: Array<{ type: string; id: number }> }).hits;
      expect(out.hits.map((h) => `${String(h.type)}:${String(h.id)}`)).toEqual(hits.map((h) => `${h.type}:${h.id}`));
    }
  });

  it('takes the words unquoted, and prints readable lines without --json', () => {
    const r = runCli(['--data-dir', tempDir(), 'search', 'dao', 'tao']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[Đào tạo\]/);
  });

  it('says so when nothing matches, and refuses a missing query with exit code 2', () => {
    const dir = tempDir();
    const none = runCli(['--data-dir', dir, 'search', 'xyzxyz', '--json']);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ hits: [] });
    const empty = runCli(['--data-dir', dir, 'search']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/cần từ khóa/);
  });

  it('survives FTS syntax typed as a query', () => {
    const r = runCli(['--data-dir', tempDir(), 'search', '"AND*', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('hits');
  });
});
