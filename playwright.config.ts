import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded here: Debian's Chromium is used (CHROMIUM_PATH to override).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);
const launchOptions = {
  executablePath,
  args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // axe over a whole page takes 15–35 s when the two shared cores are busy.
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', launchOptions },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /touch\.spec\.ts/ },
    { name: 'touch', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /touch\.spec\.ts/ },
  ],
  // Against the production build as deployed (the standalone server), never the dev server: `npm run build`
  // runs first (see npm test).
  webServer: {
    command: 'node .next/standalone/server.js',
    url: `http://127.0.0.1:${port}/ar`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
  },
});
