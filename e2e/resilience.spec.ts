import { expect, test } from './support/fixtures';

test('a part of the page that fails is contained, reported without personal data, and the rest keeps working', async ({
  page,
  context,
  watch,
}) => {
  watch.allowConsole(/boom|error occurred in|ErrorBoundary|case print header/i);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A browser API the case's print header relies on breaks.
  await page.addInitScript(() => {
    window.matchMedia = () => {
      throw new Error('boom jane@example.com');
    };
  });
  await page.goto('/en/diagnose/provisioning/scope?v=1&scope=not-sure');
  await expect(page.getByText('This part of the page failed.')).toBeVisible();
  await page.getByRole('button', { name: 'Copy an error report' }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('part: case print header');
  expect(report).toContain('page: /en/diagnose/provisioning/scope');
  expect(report).toContain('language: en');
  expect(report).not.toContain('jane@example.com');
  expect(report).not.toContain('scope=not-sure');
  // The diagnosis itself still works.
  await page.getByRole('button', { name: "I don't know yet" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
});

test('a 10 MB single line pasted into the search box is handled as text and the page stays responsive', async ({ page }) => {
  await page.goto('/en');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  // Built in the page: sending 10 MB over the wire would test Playwright, not the app.
  await box.evaluate((element) => {
    const huge = `200010 <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> ${'x'.repeat(10_000_000)}`;
    // As a script would: through the native setter, past the input's maxLength, so React sees the change.
    Reflect.set(HTMLInputElement.prototype, 'value', huge, element);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const results = page.getByRole('main').locator('.search-results');
  await expect(results).toBeVisible();
  // The box keeps at most what a paste could put in it, and says how much is searched.
  expect(await box.evaluate((element: HTMLInputElement) => element.value.length)).toBe(20_000);
  await expect(results.locator('.search-long')).toContainText('the box keeps no more');
  await expect(results.locator('.search-long').getByRole('link', { name: 'Analyze logs' })).toHaveAttribute('href', '/en/analyze');
  // Shown as text, nothing ran.
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await page.getByRole('link', { name: 'User is not provisioned', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');
});

test('binary and invalid UTF-8 in a case import are refused with a message', async ({ page }) => {
  await page.goto('/en/cases');
  const input = page.getByLabel('Import a case file');
  await input.setInputFiles({
    name: 'bin.json',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x80]),
  });
  await expect(page.getByRole('status')).toHaveText('This file is not a case file: it could not be read as JSON.');
});
