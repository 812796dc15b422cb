/**
 * `npm run web`: the loopback door on 127.0.0.1. Flags: --port N, --data-dir DIR, --no-open.
 * Prints the URL (with the per-launch token in its fragment) and opens an app window.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../core/core';
import { isAppError } from '../core/errors';
import { defaultDataDir } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { openAppWindow } from './open-window';
import { newToken } from './security';
import { startWebDoor } from './server';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean' },
        'renderer-dir': { type: 'string' },
      },
    }));
  } catch {
    fail('Cách dùng: npm run web -- [--port N] [--data-dir THƯ_MỤC] [--no-open]', 2);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: ${values.port}`, 2);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const rendererDir = resolve(values['renderer-dir'] ?? join(__dirname, '..', '..', 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    fail(`Chưa có giao diện đã build trong ${rendererDir}. Hãy chạy "npm run build" trước.`, 3);
  }

  let core: Core;
  try {
    core = Core.open({ dataDir, integrityCheck: 'after-open' });
  } catch (e) {
    fail(isAppError(e) ? e.message : `Không mở được dữ liệu: ${(e as Error).message}`, 3);
  }
  let door;
  try {
    door = await startWebDoor({ ctx: { core, door: 'web', version: APP_VERSION }, rendererDir, token: newToken(), port });
  } catch (e) {
    core.close();
    fail(`Không mở được cổng ${port} trên 127.0.0.1: ${(e as Error).message}`, 3);
  }
  process.stdout.write(`PlanDesk ${APP_VERSION} — cổng web cục bộ, dữ liệu tại ${dataDir}\n`);
  process.stdout.write(`PlanDesk đang chạy tại: ${door.url}\n`);
  if (!values['no-open']) {
    const opened = openAppWindow(door.url, join(dataDir, 'browser-profile'));
    if (!opened) process.stdout.write('Không tìm thấy Chromium/Chrome/Edge: hãy mở địa chỉ trên bằng trình duyệt.\n');
  }
  const shutdown = () => {
    void door.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
