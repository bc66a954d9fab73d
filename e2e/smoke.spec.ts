import { expect, test } from './support/fixtures';

test('home lists the provisioning diagnosis', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("What is the customer's problem?");
  await page.getByRole('link', { name: 'User is not provisioned' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');
  await page.screenshot({ path: 'test-results/step.png', fullPage: true });
});
