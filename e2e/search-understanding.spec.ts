import { expect, test } from './support/fixtures';

const TRACKING = 'CLIENT_6b2f1c0e-8d3a-4e5b-9f7c-2a1d0e3b4c5d_17';

test.describe('search that understands how support engineers type', () => {
  test('a tracking id is offered to the log analyzer, and never reaches the URL or the history', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill(`sign in fails ${TRACKING}`);
    const results = page.getByRole('main').locator('.search-results');
    await expect(results.locator('.search-identifiers')).toContainText(TRACKING);
    expect(page.url()).not.toContain('CLIENT_');
    await results.getByRole('link', { name: 'Analyze XSP logs for this tracking ID' }).click();
    await expect(page).toHaveURL('/en/analyze');
    await expect(page.getByRole('main')).toContainText(`look for tracking ID ${TRACKING}`);
    expect(page.url()).not.toContain('CLIENT_');
    const history = await page.evaluate(() => JSON.stringify([window.history.state, window.location.href, document.referrer]));
    expect(history).not.toContain('CLIENT_');
    await page.goBack();
    expect(page.url()).not.toContain('CLIENT_');
  });

  test('a tracking id is added to the open case from the header search', async ({ page }) => {
    await page.goto('/en/diagnose/provisioning/scope?v=1');
    await page.getByRole('button', { name: 'Start a case' }).click();
    const panel = page.getByRole('region', { name: 'Case', exact: true });
    await expect(panel.getByLabel('Case title')).toBeVisible();
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
    await box.fill(TRACKING);
    await page.getByRole('banner').getByRole('button', { name: 'Add to the open case as its tracking ID' }).click();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Added to the open case.');
    await expect(panel.getByLabel('Tracking ID shown by the client')).toHaveValue(TRACKING);
    expect(page.url()).not.toContain('CLIENT_');
  });

  test('a query that matches nothing says so and lists the nearest diagnoses', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('zzzzqqq');
    const results = page.getByRole('main').locator('.search-results');
    await expect(results).toContainText('No matches.');
    await expect(results).toContainText('The nearest diagnoses:');
    await expect(results.getByRole('link')).toHaveCount(3);
  });

  test('a query that says what a check found opens the step that finding leads to, in the browser', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    const first = page.getByRole('main').locator('.search-results a').first();
    // A symptom the call-settings diagnosis starts with.
    await box.fill('call settings page blank');
    await expect(first).toContainText('Collect the CSWV data and escalate');
    // A check's negative answer: the negation decides.
    await box.fill('mTLS is not set up between Webex and the XSPs');
    await expect(first).toContainText('Secure the connection from Webex to the XSPs with mTLS');
    await box.fill('mTLS is set up between Webex and the XSPs');
    await expect(first).toContainText('Is mTLS in place');
  });

  test('a result shows its kind, its diagnosis and the words it matched, highlighted', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    await box.fill('cannot log in');
    const first = page.getByRole('main').locator('.search-results a').first();
    await expect(first).toContainText('Question');
    await expect(first).toContainText('Matched: log in → sign in');
    await box.fill('untrusted broadworks emails');
    const hit = page.getByRole('main').locator('.search-results a').first();
    await expect(hit).toContainText('Diagnosis:');
    await expect(hit.locator('mark').first()).toBeVisible();
  });
  test('a paste far longer than a query is cut to what the search reads, and the box says so', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
    const log = `2024-05-01 10:00:00 ERROR code 200010 ${'z'.repeat(1_000_000)}`;
    await box.evaluate((element, value) => {
      // As a paste would, past the box's maxlength: through the native setter, so React sees the change.
      Reflect.set(HTMLInputElement.prototype, 'value', value, element);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, log);
    const results = page.getByRole('main').locator('.search-results');
    await expect(results.locator('.search-long')).toContainText(
      'the search reads words in its first 500 characters, and codes and log lines in its first 20,000',
    );
    expect(await box.evaluate((element) => (element as HTMLInputElement).value.length)).toBe(20_000);
    await expect(results.locator('a').first()).toContainText('200010');
    await results.locator('.search-long').getByRole('link', { name: 'Analyze logs' }).click();
    await expect(page).toHaveURL('/en/analyze');
  });
});
