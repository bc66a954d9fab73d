import { expect, test } from './support/fixtures';

test('a language is downloaded only when it is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/diagnose/provisioning/scope?v=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');
  const named = (lang: string) => scripts.filter((path) => new RegExp(`/assets/${lang}-`).test(path));
  expect(named('en').length).toBeGreaterThan(0);
  expect(named('ro')).toEqual([]);
  expect(named('nl')).toEqual([]);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(named('nl').length).toBeGreaterThan(0);
  expect(named('ro')).toEqual([]);
});
