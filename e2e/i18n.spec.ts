import { expect, test } from './support/fixtures';

const STEP = '/en/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403';

test('switching language keeps the step and the answers', async ({ page }) => {
  await page.goto(STEP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was the provisioning request sent?');
  const languages = page.getByRole('navigation', { name: 'Language' });
  await languages.getByRole('link', { name: 'Română' }).click();
  await expect(page).toHaveURL(STEP.replace('/en/', '/ro/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  const roTitle = await page.getByRole('heading', { level: 1 }).textContent();
  expect(roTitle).not.toBe('Where was the provisioning request sent?');
  await expect(page.getByRole('complementary')).toContainText('403');

  await page.getByRole('navigation', { name: 'Limbă' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(STEP.replace('/en/', '/nl/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roTitle ?? '');
});

test('Romanian uses comma-below diacritics and keeps identifiers verbatim', async ({ page }) => {
  await page.goto('/ro/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise');
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).toMatch(/[șț]/);
  expect(text).not.toMatch(/[şţŞŢ]/);
  // As the reader sees it: without the break points that long words may wrap at.
  expect(text.replaceAll('\u00AD', '')).toContain('AS_CLI/Interface/Messaging> get');
  expect(text).toContain('Messaging Server URL = Provisioning URL');
});

test('Romanian plural forms: one, few and other', async ({ page }) => {
  await page.goto('/ro/diagnose/provisioning/scope?v=1&scope=not-sure');
  await expect(page.getByRole('complementary')).toContainText('1 răspuns');
  await page.goto('/ro/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address');
  await expect(page.getByRole('complementary')).toContainText('3 răspunsuri');
});

test.describe('the first visit picks the browser language', () => {
  test.use({ locale: 'nl-NL' });
  test('Dutch browser', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test.describe('a browser language the app does not offer', () => {
  test.use({ locale: 'de-DE' });
  test('falls back to English, and a chosen language is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Română' }).click();
    await expect(page).toHaveURL('/ro');
    await page.goto('/');
    await expect(page).toHaveURL('/ro');
  });
});
