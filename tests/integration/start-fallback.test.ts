import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

describe('npm start without the Electron runtime', () => {
  it('says so in one line and serves the app through the web door on the same data folder', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-open', '--data-dir', dir], { cwd: ROOT });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL in: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[0]);
          }
        });
      });
      const lines = out.split('\n');
      expect(lines.filter((l) => l.includes('Không có Electron runtime'))).toHaveLength(1);
      expect(out).toContain(`dữ liệu tại ${dir}`);
      const [origin, token] = url.split('/#token=') as [string, string];
      const res = await fetch(`${origin}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(await res.json()).toMatchObject({ ok: true, value: { door: 'web', dataDir: dir } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
