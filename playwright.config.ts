import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { freePortSync } from './e2e/support/free-port';
import { chromiumLaunchOptions } from './src/build/chromium';

// Playwright cannot download its own browser on these machines: use the
// system Chromium (installed by e2e/support/ensure-system-deps.mjs) when
// present, Playwright's own browser elsewhere.
const launchOptions = chromiumLaunchOptions();

const isCI = Boolean(process.env.CI);
// The suite runs against the production build served by real nginx with the
// shipped deploy/nginx.conf; without nginx (not installable here) it falls
// back to `vite preview` with the same security headers.
const hasNginx = existsSync('/usr/sbin/nginx');
// In CI the nginx tests must run, never skip themselves: no nginx is an error.
if (isCI && !hasNginx) throw new Error('CI needs nginx (/usr/sbin/nginx): e2e/support/ensure-system-deps.mjs installs it as root.');
const useNginx = hasNginx && process.env.E2E_SERVER !== 'vite';
process.env.E2E_SERVER = useNginx ? 'nginx' : 'vite';
// A free port, chosen once: the workers re-read this file and inherit the
// environment, so they see the same port as the runner.
process.env.E2E_PORT ??= String(freePortSync());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // A guard against a hung test, not a speed check (benchmarks measure speed):
  // a CI machine can be several times slower than a developer's.
  timeout: isCI ? 90_000 : 30_000,
  expect: { timeout: isCI ? 15_000 : 5_000 },
  workers: 2,
  reporter: isCI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    locale: 'en-US',
    // Printed dates and the case's default time zone never depend on the host's.
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    // Most tests need no service worker; one that installs would precache the whole build in every test's fresh context.
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  // `npm run test:e2e` builds first.
  webServer: {
    command: useNginx
      ? `node e2e/support/nginx.mjs ${String(PORT)}`
      : `npx vite preview --port ${String(PORT)} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${String(PORT)}/en`,
    // Never another run's server: each run serves its own build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
