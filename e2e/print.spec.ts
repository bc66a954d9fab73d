import { expect, test } from './support/fixtures';

const STEP = '/en/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409';

test('printing a step gives a clean checklist with the path and full link targets', async ({ page }) => {
  await page.goto(STEP);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print checklist' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const path = page.getByRole('complementary');
  await expect(path).toBeVisible();
  await expect(path).toContainText("I don't know yet");
  await expect(path).toContainText('The bridge answered 409');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  const link = page.getByRole('link', { name: 'Provisioning a user who already exists in Webex' });
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain('https://help.webex.com/ndta402');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
