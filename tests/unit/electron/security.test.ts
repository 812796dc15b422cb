// The Electron door cannot run here (no runtime): its code runs against a mocked
// `electron` module, so the settings users get are still checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: Array<{ options: Record<string, unknown>; webContents: FakeContents; url?: string }> = [];

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>();
  openHandler?: (d: { url: string }) => { action: string };
  on(event: string, fn: (...args: unknown[]) => void) {
    this.handlers.set(event, fn);
    return this;
  }
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
}

const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      created.push({ options, webContents: this.webContents });
    }
    once() {}
    show() {}
    loadURL(url: string) {
      created[created.length - 1]!.url = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    ipcMain: { handle: (ch: string, fn: (...args: unknown[]) => unknown) => ipcHandlers.set(ch, fn) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});

const { createMainWindow } = await import('../../../src-main/electron/window');
const { hardenSession, isAllowedRequest, isAppUrl } = await import('../../../src-main/electron/security');
const { handleInvoke, registerIpc, INVOKE_CHANNEL } = await import('../../../src-main/electron/ipc');
const { resolveAppFile } = await import('../../../src-main/electron/protocol');

beforeEach(() => {
  created.length = 0;
});

describe('Electron window', () => {
  it('is created with contextIsolation, sandbox, no nodeIntegration, no spellcheck, and loads app://', () => {
    createMainWindow('/app/out/preload/index.js');
    const w = created[0]!;
    const prefs = w.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(w.url).toBe('app://plandesk/index.html');
  });

  it('denies window.open and navigation away from the app', () => {
    createMainWindow('/p.js');
    const wc = created[0]!.webContents;
    expect(wc.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const nav = wc.handlers.get('will-navigate')!;
    const ev = { preventDefault: vi.fn() };
    nav(ev, 'https://example.com/');
    expect(ev.preventDefault).toHaveBeenCalled();
    const ok = { preventDefault: vi.fn() };
    nav(ok, 'app://plandesk/index.html#/plans');
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const attach = { preventDefault: vi.fn() };
    wc.handlers.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('Electron session: no network of any kind', () => {
  it('blocks every request but app:// and devtools, turns the spellchecker and permissions off', () => {
    let filter: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    const session = {
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: (fn: typeof filter) => (filter = fn) },
      on: vi.fn(),
    };
    hardenSession(session as never);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://redirector.gvt1.com/edgedl/chrome/dict/vi-VN-3-0.bdic')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://localhost/')).toBe(true);
    expect(decide('app://plandesk/assets/index.js')).toBe(false);
    expect(decide('app://other/x')).toBe(true);
    let granted: boolean | undefined;
    permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/x')).toBe(true);
    expect(isAppUrl('app://plandesk.evil/x')).toBe(false);
  });
});

describe('IPC door', () => {
  const core = { sql: {}, dataDir: '/d', schemaVersion: 1 } as never;
  const ctx = { core, door: 'electron' as const, version: 't' };

  it('registers one channel', () => {
    registerIpc(ctx);
    expect([...ipcHandlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a sub-frame of the app', { url: 'app://plandesk/index.html', parent: {} }],
    ['no frame', null],
  ])('refuses a call from %s', async (_label, frame) => {
    const r = await handleInvoke(ctx, { senderFrame: frame } as never, 'app.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('validates the method name and input of a trusted sender', async () => {
    const sender = { senderFrame: { url: 'app://plandesk/index.html', parent: null } } as never;
    expect(await handleInvoke(ctx, sender, 42, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handleInvoke(ctx, sender, 'plans.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handleInvoke(ctx, sender, 'app.info', {})).toMatchObject({ ok: true, value: { door: 'electron' } });
  });
});

describe('app:// protocol', () => {
  it('maps to files inside the renderer folder only', () => {
    expect(resolveAppFile('/r', 'app://plandesk/')).toBe('/r/index.html');
    expect(resolveAppFile('/r', 'app://plandesk/assets/a.js')).toBe('/r/assets/a.js');
    expect(resolveAppFile('/r', 'app://plandesk/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppFile('/r', 'app://other/index.html')).toBeNull();
  });
});
