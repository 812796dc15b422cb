import { defineConfig } from '@playwright/test';

/** E2E: the real renderer in Debian's Chromium against the web door (never a downloaded browser). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // no retries: a flaky test is a bug to find ("create a plan, archive it…" was antd's Button
  // loading state sticking after a quick refused save; see components/BusyButton.tsx)
  retries: 0,
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
