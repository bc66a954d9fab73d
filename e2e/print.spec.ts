import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';

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

  // The paper itself: the step, the answers that led to it, the link target
  // written out, and none of the screen's controls.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const printed = (await pdfText(pdf)).join('\n');
  expect(printed.replace(/\s+/g, ' ')).toContain('A user with this e-mail address already exists in Webex');
  expect(printed).toContain("I don't know yet");
  expect(printed).toContain('The bridge answered 409');
  expect(printed.replace(/\n/g, '')).toContain('<https://help.webex.com/ndta402>');
  for (const control of ['Print checklist', 'Copy link to this step', 'Start over']) expect(printed).not.toContain(control);
});

test('a step where several faults can be ticked prints its boxes without the Continue button', async ({ page }) => {
  await page.goto('/en/diagnose/calling/should-register?v=1&check-client=no-icon&should-register=no-connector.wrong-behavior');
  await page.emulateMedia({ media: 'print' });
  const answers = page.getByRole('region', { name: 'Your answer' });
  await expect(answers.getByRole('checkbox')).toHaveCount(3);
  await expect(answers.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(answers.getByRole('button', { name: 'Continue with the ticked findings' })).toBeHidden();
  await expect(page.getByRole('complementary')).toContainText('The entitlement is missing; The Calling Behavior');
});
