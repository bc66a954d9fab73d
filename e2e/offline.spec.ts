import { expect, test } from './support/fixtures';

// These tests are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the whole app works offline, in every language', async ({ page, context }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the service worker controls the page and has cached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  for (const lang of ['en', 'ro', 'nl'] as const) {
    await page.goto(`/${lang}/diagnose/provisioning/scope?v=1`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
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
  await context.setOffline(false);
});
