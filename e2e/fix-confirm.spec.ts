import { expect, test } from './support/fixtures';
import { WizardPage } from './support/wizard-page';

// Issue 12 A: a fix asks "Did this fix it?"; "no" goes on through the other
// causes of the same symptom in the guide's order, then escalates with the
// list of what was tried; "yes" resolves the diagnosis and the open case.
const PRIMARY_NUMBER =
  '/en/diagnose/provisioning/assign-primary-number?v=1&scope=some-users&user-errors=error-18215-18211&primary-number=missing';

test('a fix that did not help leads through the other causes of error 18215, then to an escalation listing them', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(PRIMARY_NUMBER);
  await expect(wizard.heading).toHaveText('Assign a primary phone number');
  await expect(page.getByRole('heading', { name: 'Did this fix it?' })).toBeVisible();
  const others = page.getByRole('region', { name: 'Other possible causes of the same symptom' });
  await expect(others.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/email-in-helpdesk\?.*assign-primary-number=not-fixed/);
  // Back returns to the fix with its answer kept; the same answer goes on the same way.
  await wizard.backButton.click();
  await expect(wizard.heading).toHaveText('Assign a primary phone number');
  await expect(page.getByRole('button', { name: 'No, the problem is still there' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/email-in-helpdesk\?/);

  await page.getByRole('button', { name: 'Found, in a free (consumer) organization' }).click();
  await expect(page).toHaveURL(/\/delete-free-account\?/);
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/use-other-email\?/);
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/escalate-provisioning\?/);
  const tried = page.getByRole('region', { name: 'Fixes already tried without success' });
  await expect(tried.getByRole('listitem')).toHaveCount(3);
  await expect(wizard.pathPanel).toContainText('No, the problem is still there');
});

test('"yes" resolves the diagnosis, and the open case keeps the outcome and its time', async ({ page }) => {
  await page.goto(PRIMARY_NUMBER);
  await page.getByRole('button', { name: 'Start a case' }).click();
  await page.getByRole('button', { name: 'Yes, it is fixed' }).click();
  await expect(page).toHaveURL(/assign-primary-number=fixed/);
  await expect(page.getByRole('status').filter({ hasText: 'Resolved: the user confirmed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, it is fixed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.case-panel').getByText(/Outcome: Resolved at .+ by: Assign a primary phone number/)).toBeVisible();
  // Taking the answer back reopens the case.
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page.getByText(/Outcome: Resolved at/)).toHaveCount(0);
});

test('ticked faults are fixed in turn: the other causes say which come next and which are ruled out, then the escalation lists both', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/calling/enable-calling?v=1&check-client=no-icon&should-register=no-connector.wrong-behavior');
  const others = page.getByRole('region', { name: 'Other possible causes of the same symptom' });
  await expect(others.getByRole('listitem')).toHaveCount(2);
  await expect(others.getByRole('listitem').filter({ hasText: 'Set the calling behavior to Calling in Webex' })).toContainText(
    'you ticked it',
  );
  await expect(others.getByRole('listitem').filter({ hasText: 'different calling service' })).toContainText('ruled out by your answers');
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/fix-calling-behavior\?.*enable-calling=not-fixed/);
  await expect(wizard.heading).toHaveText('Set the calling behavior to Calling in Webex');
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(page).toHaveURL(/\/escalate-no-icon\?/);
  const tried = page.getByRole('region', { name: 'Fixes already tried without success' });
  await expect(tried.getByRole('listitem')).toHaveText([
    'Give the user the calling entitlement',
    'Set the calling behavior to Calling in Webex',
  ]);
});

test('a 409 fix names the other way out and goes to it; a domain claim out of view raises a case', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/provisioning/delete-free-account?v=1&scope=not-sure&pslog-capture=status-409&user-in-ci=free-org');
  const others = page.getByRole('region', { name: 'Other possible causes of the same symptom' });
  await expect(others.getByRole('listitem')).toHaveText(['Provision the user with a different e-mail address']);
  await page.getByRole('button', { name: 'No, the problem is still there' }).click();
  await expect(wizard.heading).toHaveText('Provision the user with a different e-mail address');

  await page.goto('/en/diagnose/domain-claim/find-claim?v=1');
  await wizard.choose("I can't see the other organizations in Help Desk");
  await expect(page).toHaveURL(/\/escalate-hidden-claim\?v=1&find-claim=cannot-see$/);
  await expect(page.getByRole('region', { name: 'Steps' })).toContainText('Help Desk administrator role');
});
