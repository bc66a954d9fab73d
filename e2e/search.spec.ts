import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Opens the home page with the search's code held back, as on a slow laptop
 * opening a cold link, types 200018 and presses Enter. Returns what lets the
 * code arrive.
 */
async function enterWhileSearchLoads(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/search-logic-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  await box.fill('200018');
  await box.press('Enter');
  return () => release();
}

test.describe('the search box', () => {
  test('an error code jumps straight to its page', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('200018');
    await box.press('Enter');
    await expect(page).toHaveURL('/en/codes/200018');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 200018');
  });

  test('Enter pressed while the search is still loading opens the first hit once it has loaded', async ({ page }) => {
    const release = await enterWhileSearchLoads(page);
    await expect(page.getByText('Loading the search index…').first()).toBeVisible();
    await expect(page).toHaveURL('/en');
    release();
    await expect(page).toHaveURL('/en/codes/200018');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 200018');
  });

  test('Enter pressed while loading does nothing once the text has changed', async ({ page }) => {
    const release = await enterWhileSearchLoads(page);
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('200010');
    release();
    await expect(page.getByRole('link', { name: /200010/ }).first()).toBeVisible();
    // A pending Enter would open the first hit right after the hits show: give it time to (wrongly) happen.
    await page.waitForTimeout(1000);
    await expect(page).toHaveURL('/en');
    await expect(box).toHaveValue('200010');
  });

  test('an HTTP status of the provisioning bridge opens its step, answers filled in', async ({ page }) => {
    await page.goto('/en/reading-list');
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
    await box.fill('403');
    await expect(page.getByRole('link', { name: /Where was the provisioning request sent/ })).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(
      '/en/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403&a=scope.pslog-capture',
    );
    await expect(page.getByRole('complementary')).toContainText('The bridge answered 403');
  });

  test('a pasted log line finds the step it proves, and is never put in the URL', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    const line =
      "<Error> [0x70000476b000] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile 'Business Communicator - PC' is not found. user=jane.doe@example.com";
    await box.fill(line);
    const first = page.getByRole('main').getByRole('search').locator('..').getByRole('link').first();
    await expect(first).toContainText('Matches a known log signature');
    await first.click();
    await expect(page).toHaveURL(/\/en\/diagnose\/calling\/provision-desktop-device\?v=1&/);
    expect(page.url()).not.toContain('jane.doe');
  });

  test('words find steps in the current language, with prefixes, typos and no diacritics', async ({ page }) => {
    await page.goto('/ro');
    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('sablon');
    await expect(page.getByRole('main').locator('.search-results a').first()).toBeVisible();
    await page.goto('/en');
    const en = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await en.fill('entitlem');
    await expect(page.getByRole('link', { name: /Webex should register|should register/i }).first()).toBeVisible();
    await en.fill('zzzzqqq');
    await expect(page.getByRole('main').locator('.search-results')).toContainText('No matches. Try fewer or other words.');
  });

  test('an Application Server error without brackets, and a SIP status apart from the bridge, in en and ro', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('error code 18215');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/diagnose\/provisioning\/email-in-helpdesk\?/);
    await page.goto('/ro');
    const ro = page.getByRole('main').getByRole('searchbox');
    await ro.fill('SIP 403 la înregistrare');
    await ro.press('Enter');
    await expect(page).toHaveURL(/\/ro\/diagnose\/calling\/check-client\?/);
    expect(page.url()).not.toContain('403');
  });

  test('hostile pasted text is shown as text, never run', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('<img src=x onerror="document.title=\'pwned\'"> 200010');
    await expect(page.getByRole('link', { name: /200010/ }).first()).toBeVisible();
    await expect(page).not.toHaveTitle('pwned');
    await expect(page.locator('main img')).toHaveCount(0);
  });
});
