import { defineConfig } from '@playwright/test';

/** E2E: the real renderer in Debian's Chromium against the web door (never a downloaded browser). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // one retry on CI. "create a plan, archive it…" failed about half the runs: antd's Button loading
  // state stuck after a quick refused save (fixed: components/BusyButton.tsx; 0 such failures in 40
  // runs since). One failure of another kind remains in those 40: the click on "Tiếp tục" of the first
  // archive confirmation is sometimes lost (dialog stays open). Until that is understood, keep one retry.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.PLANDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
