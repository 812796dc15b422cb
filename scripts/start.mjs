// `npm start`: the desktop app (Electron) where its runtime is installed; otherwise
// the same app through the loopback web door on the same data folder, saying so.
// Electron's runtime is detected from node_modules/electron/path.txt and dist/,
// never with require('electron') (which would try to download it).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';
import { runWeb } from './run-web.mjs';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel) : join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const bin = electronBinary();
if (!bin) {
  console.log('Không có Electron runtime trên máy này (node_modules/electron/dist chưa được tải) — PlanDesk chạy qua cổng web cục bộ 127.0.0.1 trên cùng thư mục dữ liệu.');
  runWeb(args);
} else {
  buildIfStale();
  const child = spawn(bin, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
