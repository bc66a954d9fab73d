import { expect, keepContextLive, test } from './support/fixtures';
import { WizardPage } from './support/wizard-page';

const START = '/en/diagnose/provisioning/scope?v=1';

test('walks the provisioning diagnosis from the home page to a fix', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en');
  await page.getByRole('link', { name: 'User is not provisioned' }).click();
  await expect(wizard.heading).toHaveText('Who is affected?');
  await expect(page).toHaveURL(START);

  await wizard.choose("I don't know yet");
  await expect(wizard.heading).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await expect(wizard.heading).toBeFocused();
  await expect(page.getByText('AS_CLI/Interface/Messaging> get')).toHaveCount(0);

  await wizard.choose(/The bridge answered 403/);
  await expect(wizard.heading).toHaveText('Where was the provisioning request sent?');
  await wizard.choose('The target is an IP address');
  await expect(wizard.heading).toHaveText('Install the missing Application Server patch');
  await expect(page.getByText('ap373197', { exact: true })).toBeVisible();
  // A fix is a hypothesis: it asks whether it worked.
  await expect(page.getByRole('heading', { name: 'Did this fix it?' })).toBeVisible();
  await expect(page).toHaveURL(
    '/en/diagnose/provisioning/apply-patch?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address',
  );
  await expect(wizard.pathPanel.getByRole('listitem')).toHaveCount(4);
});

test('a copied link opened cold in another browser shows the same step, answers and language', async ({ page, browser }) => {
  const wizard = new WizardPage(page);
  await page.goto('/ro/diagnose/provisioning/scope?v=1');
  // Answer buttons by position: the third answer, then the one quoting 409.
  await page.locator('button.answer').nth(2).click();
  await page.locator('button.answer').filter({ hasText: '409 Conflict' }).click();
  const url = page.url();
  expect(url).toContain('/ro/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409');
  const title = await wizard.heading.textContent();
  const path = await wizard.pathPanel.textContent();

  const colleague = keepContextLive(await browser.newContext({ locale: 'en-US' }));
  const other = await colleague.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await expect(other.getByRole('complementary')).toHaveText(path ?? '');
  await expect(other.locator('html')).toHaveAttribute('lang', 'ro');
  await colleague.close();
});

test('browser back and forward move between steps', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(START);
  await wizard.choose('Provisioning fails for every user of the enterprise');
  await expect(wizard.heading).toHaveText("Compare the enterprise's Integrated IM&P settings with the customer template");
  await wizard.choose('At least one value differs');
  await expect(wizard.heading).toHaveText('Align the enterprise settings with the template');

  await page.goBack();
  // Browser history restores the earlier link exactly, as it was shared.
  await expect(wizard.heading).toHaveText("Compare the enterprise's Integrated IM&P settings with the customer template");
  await expect(page).toHaveURL('/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise');
  await page.goBack();
  await expect(wizard.heading).toHaveText('Who is affected?');
  await page.goForward();
  await page.goForward();
  await expect(wizard.heading).toHaveText('Align the enterprise settings with the template');
});

test('the Back button and Start over', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(START);
  await expect(wizard.backButton).toBeDisabled();
  await wizard.choose('Provisioning fails for some users only; the rest get through');
  await wizard.choose(/No such error/);
  await expect(wizard.heading).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await wizard.backButton.click();
  await expect(wizard.heading).toHaveText('Does BroadWorks report an Integrated IM&P error for the user?');
  await expect(wizard.answer(/No such error/)).toHaveAttribute('aria-pressed', 'true');
  await wizard.restartButton.click();
  await expect(wizard.heading).toHaveText('Who is affected?');
  await expect(page).toHaveURL(START);
  await expect(wizard.pathPanel).toContainText('No answers yet');
});

test('changing an earlier answer keeps the answers that still apply', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto(START);
  await wizard.choose("I don't know yet");
  await wizard.choose(/The bridge answered 409/);
  await expect(wizard.heading).toHaveText('A user with this e-mail address already exists in Webex');

  await wizard.changeAnswerTo('Who is affected?').click();
  await expect(wizard.heading).toHaveText('Who is affected?');
  // Going back to an earlier question keeps the later answers in the link.
  await expect(page).toHaveURL(/scope=not-sure&pslog-capture=status-409/);
  await expect(wizard.pathPanel).toContainText('1 later answer is kept');
  await wizard.choose('Provisioning fails for some users only; the rest get through');
  await wizard.choose(/No such error/);
  // The PSLog step is on the new path as well, so its answer is still there.
  await expect(wizard.answer(/The bridge answered 409/)).toHaveAttribute('aria-pressed', 'true');
  await wizard.choose(/The bridge answered 409/);
  await expect(wizard.heading).toHaveText('A user with this e-mail address already exists in Webex');
  await expect(page).toHaveURL('/en/diagnose/provisioning/user-in-ci?v=1&scope=some-users&user-errors=no-error&pslog-capture=status-409');
});

test('a procedure step shows numbered steps with tick boxes and copyable commands', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise');
  const steps = page.getByRole('region', { name: 'Steps' });
  await expect(steps.getByRole('checkbox')).toHaveCount(6);
  await steps.getByRole('checkbox').first().check();
  await expect(steps.getByRole('checkbox').first()).toBeChecked();
  await steps.getByRole('button', { name: 'Copy: AS_CLI/Interface/Messaging> get' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('AS_CLI/Interface/Messaging> get');
  await wizard.copyLinkButton.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page.getByText('Link copied.')).toBeVisible();
});

test('an escalation embeds the procedures it relies on', async ({ page }) => {
  await page.goto(
    '/en/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-other&subscriber-profile=looks-right',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalate to Cisco');
  await expect(page.getByRole('heading', { name: 'Procedure: Collect what Cisco needs for a case' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Procedure: Raise a case with Cisco' })).toBeVisible();
  await page.getByRole('link', { name: 'Open on its own page' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collect what Cisco needs for a case');
});

test('the reading list lists every entry by topic, with the guide URLs', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reading list' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'General',
    'BroadWorks platform and servers',
    'Authentication and tokens',
    'Push notifications',
    'Capacity and engineering',
    'Clients',
    'Help articles and tools cited by the guide',
  ]);
  await expect(page.getByRole('link', { name: /Xtended Services Platform configuration guide/ })).toHaveAttribute(
    'href',
    'https://www.cisco.com/c/dam/en/us/td/docs/voice_ip_comm/broadworks/Config/XSP/BW-XtendedServicesPlatformConfigGuide-R230.pdf',
  );
});

// Issue 12 C: several faults can hold at once; the engineer ticks each, by keyboard too.
test('several faults at once: ticked with the keyboard, continued together, named in the link and the path', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/calling/should-register?v=1&check-client=no-icon');
  const answers = page.getByRole('region', { name: 'Your answer' });
  const connector = answers.getByRole('checkbox', { name: /The entitlement is missing/ });
  const behavior = answers.getByRole('checkbox', { name: /Calling Behavior of the user or of the organization/ });
  const go = answers.getByRole('button', { name: 'Continue with the ticked findings' });
  // Nothing ticked: a clear message, and the step stays.
  await go.click();
  await expect(page.getByRole('alert')).toContainText('Tick at least one finding');
  await expect(wizard.heading).toHaveText('Check whether the app is meant to register with BroadWorks');
  await behavior.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(connector).toBeFocused();
  await page.keyboard.press('Space');
  await expect(connector).toBeChecked();
  await expect(behavior).toBeChecked();
  await go.focus();
  await page.keyboard.press('Enter');
  // Short and readable: the ticked answers joined by a dot, in the guide's order.
  await expect(page).toHaveURL(
    /\/en\/diagnose\/calling\/enable-calling\?v=1&check-client=no-icon&should-register=no-connector\.wrong-behavior$/,
  );
  await expect(wizard.heading).toHaveText('Give the user the calling entitlement');
  await expect(wizard.pathPanel).toContainText(
    'The entitlement is missing; The Calling Behavior of the user or of the organization is something else',
  );
  // Back: the boxes come back as they were ticked.
  await wizard.backButton.click();
  await expect(connector).toBeChecked();
  await expect(behavior).toBeChecked();
  await expect(answers.getByRole('checkbox', { name: /The user has this entitlement/ })).not.toBeChecked();
  // The answers given alone are still buttons.
  await expect(wizard.answer('Everything is as expected')).toBeVisible();
});

test('a link with one answer where several can be ticked still opens, and the boxes speak every language', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/calling/other-calling-service?v=1&check-client=no-icon&should-register=has-broadcloud');
  await expect(wizard.heading).toHaveText('The user is set up for a different calling service');
  for (const [lang, label] of [
    ['ro', 'Continuați cu constatările bifate'],
    ['nl', 'Verder met de aangevinkte bevindingen'],
  ] as const) {
    await page.goto(`/${lang}/diagnose/calling/should-register?v=1&check-client=no-icon&should-register=has-broadcloud`);
    await expect(page.getByRole('button', { name: label })).toBeVisible();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  }
});
