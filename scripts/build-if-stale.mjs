// Build the bundles (electron-vite) when out/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const SOURCES = ['src-renderer', 'src-main', 'seeds', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/renderer/index.html', 'out/main/index.js', 'out/preload/index.js'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

export function buildIfStale() {
  const outs = OUTPUTS.map((p) => join(root, p));
  const fresh =
    outs.every((p) => existsSync(p)) &&
    Math.min(...outs.map((p) => statSync(p).mtimeMs)) >= Math.max(...SOURCES.map((s) => join(root, s)).filter(existsSync).map(newest));
  if (fresh) return;
  console.log('Đang build giao diện PlanDesk (electron-vite build)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    console.error('Build thất bại; xem lỗi ở trên.');
    process.exit(r.status ?? 1);
  }
}
