import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { combineHandlers, HANDLERS, type HandlerMap } from '../../src-main/api/handlers';
import { appHandlers } from '../../src-main/api/handlers/app';
import { Core } from '../../src-main/core/core';
import { tempDir } from '../helpers/tmp';

function ctx() {
  return { core: Core.open({ dataDir: tempDir() }), door: 'cli' as const, version: 'test' };
}

describe('API contract and dispatch', () => {
  it('answers a valid call with the contract shape', async () => {
    const c = ctx();
    const r = await dispatch(c, 'plans.list', {});
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as unknown[]).length).toBeGreaterThanOrEqual(1);
    c.core.close();
  });

  it.each([
    ['plans.get', { id: 'một' }, 'INVALID_INPUT', /id: .*mong đợi số/],
    ['plans.get', {}, 'INVALID_INPUT', /id/],
    ['plans.get', { id: 1, extra: true }, 'INVALID_INPUT', /extra/],
    ['plans.get', { id: -3 }, 'INVALID_INPUT', /id/],
    ['stats.get', 'not an object', 'INVALID_INPUT', /không hợp lệ/],
    ['drop.tables', {}, 'UNKNOWN_METHOD', /Không có chức năng "drop\.tables"/],
  ])('rejects %s %j with %s and a Vietnamese message', async (method, input, code, message) => {
    const c = ctx();
    const r = await dispatch(c, method, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
      expect(r.error.message).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
    c.core.close();
  });

  it('reports a missing plan as NOT_FOUND', async () => {
    const c = ctx();
    const r = await dispatch(c, 'plans.get', { id: 9999 });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Không tìm thấy kế hoạch/) } });
    c.core.close();
  });

  it('turns an unexpected exception into INTERNAL without details', async () => {
    const c = ctx();
    const broken = { ...HANDLERS, 'stats.get': () => { throw new Error('SQLITE_CORRUPT secret path /x'); } } as HandlerMap;
    const r = await dispatch(c, 'stats.get', {}, broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toContain('SQLITE_CORRUPT');
    }
    c.core.close();
  });

  it('refuses an output that breaks the contract', async () => {
    const c = ctx();
    const broken = { ...HANDLERS, 'stats.get': () => ({ documents: 'many' }) } as unknown as HandlerMap;
    const r = await dispatch(c, 'stats.get', {}, broken);
    expect(r.ok).toBe(false);
    c.core.close();
  });

  it('fails at start on a handler registered twice or a method without handler', () => {
    expect(() => combineHandlers(HANDLERS, appHandlers)).toThrow(/registered twice: app\.info/);
    expect(() => combineHandlers(appHandlers)).toThrow(/without a handler/);
  });
});
