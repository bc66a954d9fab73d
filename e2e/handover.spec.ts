import { expect, test } from './support/fixtures';
import { WizardPage } from './support/wizard-page';

// Issue 12 B: a step can hand over to a step of another diagnosis. The link
// carries both parts, the path shows both, and Back returns across it.
const FIX_CALLING = '/en/diagnose/webview/fix-calling?v=1&symptom=link-missing&check-calling=not-registered';

test('the webview diagnosis hands a calling problem over to the calling diagnosis, and Back returns', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(FIX_CALLING);
  await expect(wizard.heading).toHaveText('Fix the calling registration first');
  await wizard.choose(/Open the calling diagnosis for this user/);

  await expect(page).toHaveURL(/\/en\/diagnose\/calling\/check-client\?v=1&from=webview/);
  await expect(wizard.heading).toHaveText('What does the Webex app show for calling?');
  await expect(wizard.pathPanel).toContainText('Handed over from: Self-care (call settings webview) link missing or not working');
  await expect(wizard.pathPanel).toContainText('Open the calling diagnosis for this user');

  await page.getByRole('button', { name: /^Back to Self-care/ }).click();
  await expect(page).toHaveURL(/\/en\/diagnose\/webview\/fix-calling\?.*fix-calling=open-calling/);
  await expect(wizard.heading).toHaveText('Fix the calling registration first');
  await expect(wizard.answer(/Open the calling diagnosis/)).toHaveAttribute('aria-pressed', 'true');
});

test('the XSP logs of a sign-in hand a missing token over to the auth-service check, the origin printed with it', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(
    '/en/diagnose/sign-in/xsp-logs?v=1&symptom=sso-failed&device-types=assigned&auth-mode=broadworks&web-access-password=web-access&sign-in-id=typed-user-id&letter-case=exact',
  );
  await wizard.choose(/The token request to the XSP authentication service/);
  await expect(page).toHaveURL(/\/en\/diagnose\/calling\/auth-service\?v=1&from=sign-in/);
  await expect(wizard.heading).toHaveText('Check the authentication service on the XSPs');
  await page.emulateMedia({ media: 'print' });
  await expect(wizard.pathPanel).toContainText('Handed over from: User cannot sign in to the Webex app');
});

test('an open case follows the hand-over: the same case on the other side, its summary with both parts, and back again', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const wizard = new WizardPage(page);
  await page.goto(FIX_CALLING);
  await page.getByRole('button', { name: 'Start a case' }).click();
  const panel = page.getByRole('region', { name: 'Case', exact: true });
  await panel.getByLabel('Case title').fill('ACME: no self-care link');
  await expect(panel.getByText('Saved in this browser')).toBeVisible();

  await wizard.choose(/Open the calling diagnosis for this user/);
  await expect(wizard.heading).toHaveText('What does the Webex app show for calling?');
  // The same case, not an offer to start one.
  await expect(panel.getByLabel('Case title')).toHaveValue('ACME: no self-care link');
  await expect(page.getByRole('button', { name: 'Start a case' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Copy for a support case (text)' }).click();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain('Diagnosis: Webex app does not register for calling');
  expect(plain).toContain('Handed over from: Self-care (call settings webview) link missing or not working');
  expect(plain).toMatch(/\d\. Fix the calling registration first -> Open the calling diagnosis for this user/);

  // Back across: the case goes with it, and it survives a reload there.
  await page.getByRole('button', { name: /^Back to Self-care/ }).click();
  await expect(wizard.heading).toHaveText('Fix the calling registration first');
  await page.reload();
  await expect(panel.getByLabel('Case title')).toHaveValue('ACME: no self-care link');
});
