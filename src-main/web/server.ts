/**
 * The loopback web door: serves the built renderer and the API (POST /api/<method>)
 * on 127.0.0.1 only. Every API call needs the per-launch token; every request needs
 * a Host of 127.0.0.1:PORT or localhost:PORT.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, wireParts } from '../api/dispatch';
import type { HandlerContext } from '../api/handlers';
import { CONTENT_SECURITY_POLICY, hasValidToken, isAllowedHost } from './security';

const MAX_BODY_BYTES = 150 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface WebDoorOptions {
  ctx: HandlerContext;
  rendererDir: string;
  token: string;
  port?: number;
}

export interface WebDoor {
  server: Server;
  port: number;
  /** base URL without the token */
  origin: string;
  /** URL to open: the token travels in the fragment, never to the server's logs */
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer | Array<string | Uint8Array>, type: string, extra: Record<string, string> = {}): void {
  const parts = Array.isArray(body) ? body : [body];
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': parts.reduce((n, p) => n + (typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength), 0),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  for (const p of parts.slice(0, -1)) res.write(p);
  res.end(parts[parts.length - 1]);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, opts: WebDoorOptions): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'API chỉ nhận yêu cầu POST.' } });
    return;
  }
  if (!hasValidToken(req.headers.authorization, opts.token)) {
    sendJson(res, 401, {
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập. Hãy mở PlanDesk bằng địa chỉ in ra khi khởi động.' },
    });
    return;
  }
  let input: unknown = {};
  try {
    const body = await readBody(req);
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Nội dung yêu cầu không phải JSON hợp lệ hoặc quá lớn.' } });
    return;
  }
  // a raw-JSON answer (validated and serialised in a worker) is written as its bytes
  const result = await dispatch(opts.ctx, method, input);
  send(res, 200, wireParts(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

async function handleStatic(res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    return;
  }
  const root = normalize(rendererDir + sep);
  let file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    return;
  }
  try {
    const st = await stat(file).catch(() => null);
    if (!st || st.isDirectory()) file = join(root, 'index.html');
    const body = await readFile(file);
    const cache = file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable';
    send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream', { 'Cache-Control': cache });
  } catch {
    send(
      res,
      503,
      'Giao diện PlanDesk chưa được build. Hãy chạy "npm run build" rồi mở lại.',
      'text/plain; charset=utf-8',
    );
  }
}

export function startWebDoor(opts: WebDoorOptions): Promise<WebDoor> {
  let port = 0;
  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      send(res, 403, 'Yêu cầu bị từ chối: chỉ chấp nhận truy cập qua 127.0.0.1 hoặc localhost.', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const api = /^\/api\/([A-Za-z0-9_.-]+)$/.exec(url.pathname);
    const work = api?.[1] ? handleApi(req, res, api[1], opts) : handleStatic(res, url.pathname, opts.rendererDir);
    work.catch((e: unknown) => {
      console.error('[plandesk] web door error:', e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ nội bộ.' } });
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        server,
        port,
        origin,
        url: `${origin}/#token=${opts.token}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
