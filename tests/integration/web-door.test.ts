import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { fixture } from '../helpers/imports';
import { startWebDoor, type WebDoor } from '../../src-main/web/server';
import { tempDir } from '../helpers/tmp';

let door: WebDoor | undefined;
let core: Core | undefined;
afterEach(async () => {
  await door?.close();
  core?.close();
  door = undefined;
  core = undefined;
});

async function start(): Promise<WebDoor> {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PlanDesk</title>');
  core = Core.open({ dataDir: tempDir() });
  door = await startWebDoor({ ctx: { core, door: 'web', version: 't' }, rendererDir, token: 'secret-token-123', port: 0 });
  return door;
}

function call(d: WebDoor, opts: { path: string; method?: string; host?: string; token?: string; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: d.port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: {
          Host: opts.host ?? `127.0.0.1:${d.port}`,
          'Content-Type': 'application/json',
          ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}

describe('loopback web door', () => {
  it('listens on 127.0.0.1 and puts the token in the URL fragment only', async () => {
    const d = await start();
    expect(d.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(d.url).toBe(`${d.origin}/#token=secret-token-123`);
  });

  it('writes an import analysis (raw JSON from the worker) as the body, byte for byte the validated answer', async () => {
    const d = await start();
    const input = { fileName: '003-ke-hoach-hai-bang.docx', dataBase64: fixture('003-ke-hoach-hai-bang.docx').toString('base64') };
    const r = await call(d, { path: '/api/imports.analyze', token: 'secret-token-123', body: JSON.stringify(input) });
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(r.body));
    // the old path: checked by dispatch in this process and serialised by the door
    const old = await dispatch({ core: core!, door: 'cli', version: 't' }, 'imports.analyze', input);
    expect(r.body).toBe(JSON.stringify(old));
    expect((JSON.parse(r.body) as { value: { tables: unknown[] } }).value.tables).toHaveLength(2);
  });

  it('answers an API call with the right token', async () => {
    const d = await start();
    const r = await call(d, { path: '/api/stats.get', token: 'secret-token-123' });
    expect(r.status).toBe(200);
    const env = JSON.parse(r.body) as { ok: boolean; value: { plans: unknown[] } };
    expect(env.ok).toBe(true);
    expect(env.value.plans.length).toBeGreaterThan(0);
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'secret-token-124'],
    ['a token prefix', 'secret'],
  ])('refuses an API call with %s (401)', async (_label, token) => {
    const d = await start();
    const r = await call(d, { path: '/api/stats.get', token });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it.each(['evil.example:80', 'attacker.com', '127.0.0.1', '127.0.0.1:1', 'localhost.evil.com'])(
    'refuses a foreign Host header %s even with the token (403)',
    async (host) => {
      const d = await start();
      const r = await call(d, { path: '/api/stats.get', token: 'secret-token-123', host });
      expect(r.status).toBe(403);
      const page = await call(d, { path: '/', method: 'GET', host });
      expect(page.status).toBe(403);
    },
  );

  it('accepts localhost:PORT as Host', async () => {
    const d = await start();
    const r = await call(d, { path: '/api/app.info', token: 'secret-token-123', host: `localhost:${d.port}` });
    expect(r.status).toBe(200);
  });

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const d = await start();
    const page = await call(d, { path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('PlanDesk');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const escape = await call(d, { path: '/..%2f..%2f..%2fetc%2fpasswd', method: 'GET' });
    expect(escape.body).not.toContain('root:');
  });

  it('rejects malformed JSON with a clear message', async () => {
    const d = await start();
    const r = await call(d, { path: '/api/plans.get', token: 'secret-token-123', body: '{"id":' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toMatch(/JSON hợp lệ/);
  });
});
