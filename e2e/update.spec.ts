import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { freePort } from './support/free-port';
import { controlledByServiceWorker } from './support/service-worker';

// These tests are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

// A copy of the build on its own nginx, so a "new version" can be made
// without disturbing the other tests.
test('a new version is offered with a prompt and applied only when the user agrees', async ({ page, watch }) => {
  test.skip(process.env.E2E_SERVER !== 'nginx', 'needs nginx');
  const dir = mkdtempSync(join(tmpdir(), 'troubleshooter-update-'));
  cpSync('dist', dir, { recursive: true });
  const port = await freePort();
  watch.allowOrigin(`http://127.0.0.1:${String(port)}`);
  const server: ChildProcess = spawn('node', ['e2e/support/nginx.mjs', String(port), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const base = `http://127.0.0.1:${String(port)}`;
    await expect(async () => {
      const response = await page.request.get(`${base}/en`);
      expect(response.ok()).toBe(true);
    }).toPass();
    const step = `${base}/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure`;
    await page.goto(step);
    await controlledByServiceWorker(page);
    // Publish a "new version" and let the browser look for it.
    appendFileSync(join(dir, 'sw.js'), '\n// a new release\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of this app is ready' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing happened on its own: the user is still where they were.
    await expect(page).toHaveURL(step);
    await prompt.getByRole('button', { name: 'Reload now' }).click();
    await expect(page).toHaveURL(step);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
    await expect(prompt).toHaveCount(0);
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
