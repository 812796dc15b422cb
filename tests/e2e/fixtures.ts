/** Each test gets its own data folder and its own web door process. */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Door {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

export const test = base.extend<{ door: Door }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  door: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plandesk-e2e-'));
    const child: ChildProcess = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src-main/web/main.ts'), '--no-open', '--port', '0', '--data-dir', dataDir],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`web door did not start: ${out}`)), 30_000);
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (c: string) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`web door exited with ${code}: ${out}`)));
    });
    const [origin, token] = url.split('/#token=') as [string, string];
    await use({ url, origin, token, dataDir });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
