import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build/chromium';

// Playwright cannot download its own browser on these machines: use the
// system Chromium (installed by e2e/support/ensure-system-deps.mjs) when
// present, Playwright's own browser elsewhere.
const launchOptions = chromiumLaunchOptions();

const isCI = Boolean(process.env.CI);
// The suite runs against the production build served by real nginx with the
// shipped deploy/nginx.conf; without nginx (not installable here) it falls
// back to `vite preview` with the same security headers.
const useNginx = existsSync('/usr/sbin/nginx') && process.env.E2E_SERVER !== 'vite';
process.env.E2E_SERVER = useNginx ? 'nginx' : 'vite';
const PORT = useNginx ? 4174 : 4173;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  // `npm run test:e2e` builds first.
  webServer: {
    command: useNginx
      ? `node e2e/support/nginx.mjs ${String(PORT)}`
      : `npx vite preview --port ${String(PORT)} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${String(PORT)}/en`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
