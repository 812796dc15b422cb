// `npm run web -- [--port N] [--data-dir DIR] [--no-open]`: build if needed, then the loopback door.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

export function runWeb(args) {
  buildIfStale();
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src-main/web/main.ts'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.url === `file://${process.argv[1]}`) runWeb(process.argv.slice(2));
