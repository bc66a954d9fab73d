import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { controlledByServiceWorker } from './support/service-worker';

/** The paths the service worker precached on install. */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('workbox-precache')) continue;
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

// These tests are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the whole app works offline, in every language', async ({ page, context }) => {
  // Walks a diagnosis in three languages, then a code and a map: longer than a test of one page.
  test.slow();
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await controlledByServiceWorker(page);
  // The first visit stores the shell and the app's files, not the ~500 pages built at build time.
  const files = await precached(page);
  expect(files).toContain('/index.html');
  expect(files.filter((path) => path.endsWith('.html'))).toEqual(['/index.html']);
  expect(files.some((path) => /^\/assets\/en-provisioning-[\w-]+\.js$/.test(path))).toBe(true);

  // A page visited online is kept, with its own HTML built at build time.
  await page.goto('/en/diagnose/provisioning/scope?v=1');
  await expect(page.locator('#root')).toHaveAttribute('data-page', '/en/diagnose/provisioning/scope');

  await context.setOffline(true);
  for (const lang of ['en', 'ro', 'nl'] as const) {
    await page.goto(`/${lang}/diagnose/provisioning/scope?v=1`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    if (lang === 'en') {
      // The page kept, whatever its query string.
      await expect(page.locator('#root')).toHaveAttribute('data-page', '/en/diagnose/provisioning/scope');
    } else {
      // Never visited: the shell answers and draws the page in the browser.
      await expect(page.locator('#root')).not.toHaveAttribute('data-page');
    }
    const answers = page.locator('button.answer');
    await answers.nth(2).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/diagnose/provisioning/pslog-capture`));
    await answers.filter({ hasText: '403' }).click();
    await answers.first().click();
    await expect(page).toHaveURL(/apply-patch/);
    await expect(page.getByText('ap373197', { exact: true })).toBeVisible();
    // Search works offline too (its index is cached like everything else).
    await page.getByRole('banner').getByRole('searchbox').fill('200010');
    await expect(page.getByRole('banner').locator('.search-results a').first()).toBeVisible();
  }
  // A cold link to a page never visited, and to a map (never a page of its own).
  await page.goto('/nl/codes/200010');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('200010');
  await page.goto('/en/diagnose/provisioning/pslog-capture/map?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Map: /);
  await expect(page.locator('svg.flow-map [data-node="pslog-capture"]')).toBeVisible();
  // A path with no page of its own gets the app shell, which finds the page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What is the customer's problem?");
  await context.setOffline(false);
});
