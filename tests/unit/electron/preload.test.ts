import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
  ipcRenderer: { invoke },
}));

describe('preload bridge', () => {
  it('exposes exactly one typed invoke on one channel', async () => {
    await import('../../../src-main/electron/preload');
    expect(Object.keys(exposed)).toEqual(['plandesk']);
    const api = exposed.plandesk as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(api)).toEqual(['invoke']);
    await api.invoke!('plans.get', { id: 1 });
    expect(invoke).toHaveBeenCalledWith('plandesk:invoke', 'plans.get', { id: 1 });
  });
});
