/** Open the web door in an app window of an installed Chromium-family browser, if any. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES_POSIX = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
const CANDIDATES_WIN = [
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform === 'win32') return CANDIDATES_WIN.find((p) => existsSync(p)) ?? null;
  for (const dir of (env.PATH ?? '').split(':')) {
    for (const name of CANDIDATES_POSIX) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

/** Returns false when no browser was found. The window uses its own profile folder. */
export function openAppWindow(url: string, profileDir: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1366,768',
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  child.unref();
  return true;
}
