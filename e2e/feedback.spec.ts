import { expect, test } from './support/fixtures';

const STEP = '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure';

test('a report about a step becomes an e-mail or text with the link, the versions and the words; case data only if ticked', async ({
  page,
}) => {
  await page.goto(STEP);
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report a problem with this step' });
  await expect(dialog).toBeVisible();
  // No case is open: nothing to add, so nothing is offered.
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog).toContainText('No address for content feedback is set up here');

  // Nothing chosen yet: the e-mail does not start, and says why.
  await dialog.getByRole('link', { name: 'Write e-mail' }).click();
  await expect(dialog.getByText('Choose what is wrong.')).toBeVisible();
  await expect(dialog.getByText('Write a few words about the problem.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'It is wrong' })).toBeFocused();

  await dialog.getByRole('radio', { name: 'It is outdated' }).check();
  await dialog.getByLabel('In your own words').fill('The bridge now answers 401 as well.');
  await expect(dialog.getByText('Choose what is wrong.')).toHaveCount(0);
  const report = dialog.getByLabel('The report');
  const origin = new URL(page.url()).origin;
  const expected = [
    "Problem with a step: It is outdated – User is not provisioned › Capture a PSLog and read the provisioning bridge's answer",
    '',
    'Problem: It is outdated [outdated]',
    "Step: User is not provisioned › Capture a PSLog and read the provisioning bridge's answer [provisioning/pslog-capture]",
    `Link: ${origin}${STEP}`,
    'Content version: 1',
    'Guide: Webex for Cisco BroadWorks Troubleshooting Guide 1.19 (2023-07-28)',
    'Language: en',
    '',
    'Description:',
    'The bridge now answers 401 as well.',
  ].join('\n');
  await expect(report).toHaveValue(expected);
  const href = await dialog.getByRole('link', { name: 'Write e-mail' }).getAttribute('href');
  const mail = new URL(href ?? '');
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('');
  expect(mail.searchParams.get('body')).toBe(expected.split('\n\n').slice(1).join('\n\n').replace(/\n/g, '\r\n'));

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy text' }).click();
  await expect(dialog.getByText('The report is copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  // Closing keeps the draft.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  await expect(dialog.getByLabel('In your own words')).toHaveValue('The bridge now answers 401 as well.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // With a case open, its data is offered and goes in only when ticked.
  await page.getByRole('button', { name: 'Start a case' }).click();
  const panel = page.getByRole('region', { name: 'Case', exact: true });
  await panel.getByLabel('Case title').fill('ACME: user not provisioned');
  await panel.getByLabel('User (CI e-mail address or UUID)').fill('jane@example.com');
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  const include = dialog.getByRole('checkbox', { name: 'Add the open case (personal data)' });
  await expect(include).not.toBeChecked();
  await expect(report).not.toHaveValue(/jane@example\.com/);
  expect(await dialog.getByRole('link', { name: 'Write e-mail' }).getAttribute('href')).not.toContain('jane');
  await include.check();
  await expect(report).toHaveValue(/Case data:\nCase: ACME: user not provisioned[\s\S]*jane@example\.com/);
  expect(await dialog.getByRole('link', { name: 'Write e-mail' }).getAttribute('href')).toContain('jane%40example.com');
});

test('the report dialog speaks the page language', async ({ page }) => {
  await page.goto('/ro/diagnose/provisioning/scope?v=1');
  await page.getByRole('button', { name: 'Raportați o problemă cu acest pas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Raportați o problemă cu acest pas' });
  await dialog.getByRole('radio', { name: 'Nu este clar' }).check();
  await dialog.getByLabel('Cu propriile cuvinte').fill('Întrebarea nu spune unde se vede.');
  await expect(dialog.getByLabel('Raportul')).toHaveValue(
    /^Problemă cu un pas: Nu este clar – Utilizatorul nu este provizionat › Cine este afectat\?/,
  );
  await expect(dialog.getByLabel('Raportul')).toHaveValue(/Versiunea conținutului: 1\nGhid: /);
});
