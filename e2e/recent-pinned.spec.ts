import { expect, test } from './support/fixtures';
import { WizardPage } from './support/wizard-page';

const PSLOG = '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure';
const PSLOG_TITLE = "Capture a PSLog and read the provisioning bridge's answer";

test('the home page has no recent or pinned section before anything is used', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { name: 'Diagnoses', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recently used' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pinned' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear recent and pinned' })).toHaveCount(0);
});

test('recent and pinned steps survive a reload, open their step with its answers, and clear with one action', async ({ page }) => {
  const wizard = new WizardPage(page);
  await page.goto('/en/diagnose/provisioning/scope?v=1');
  await wizard.choose("I don't know yet");
  await expect(wizard.heading).toHaveText(PSLOG_TITLE);
  const pin = page.getByRole('button', { name: 'Pin this step' });
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  // Further on in the same diagnosis: the recent entry follows, the pin stays.
  await wizard.choose(/The bridge answered 403/);
  await expect(wizard.heading).toHaveText('Where was the provisioning request sent?');
  await expect(pin).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/en');
  await page.reload();
  const pinned = page.getByRole('region', { name: 'Pinned' });
  const recent = page.getByRole('region', { name: 'Recently used' });
  await expect(pinned.getByRole('listitem')).toHaveCount(1);
  await expect(pinned.getByRole('link', { name: PSLOG_TITLE })).toHaveAttribute('href', PSLOG);
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await expect(recent.getByRole('link', { name: 'Where was the provisioning request sent?' })).toHaveAttribute(
    'href',
    '/en/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403',
  );
  await expect(recent).toContainText('User is not provisioned');
  await expect(recent).toContainText('2 answers');

  // Only the step and its answers are stored: the same as the link.
  const stored = await page.evaluate(() => window.localStorage.getItem('wbt.steps'));
  const parsed = JSON.parse(stored ?? '{}') as { pinned: object[] };
  expect(Object.keys(parsed.pinned[0]!).sort()).toEqual(['answers', 'at', 'flowId', 'stepId', 'version']);

  // Pin from the list, then unpin it again.
  const pinRecent = recent.getByRole('button', { name: 'Pin “Where was the provisioning request sent?”' });
  await pinRecent.click();
  await expect(pinned.getByRole('listitem')).toHaveCount(2);
  await expect(pinRecent).toHaveAttribute('aria-pressed', 'true');
  await pinned.getByRole('button', { name: 'Pin “Where was the provisioning request sent?”' }).click();
  await expect(pinned.getByRole('listitem')).toHaveCount(1);

  await pinned.getByRole('link', { name: PSLOG_TITLE }).click();
  await expect(wizard.heading).toHaveText(PSLOG_TITLE);
  await expect(page).toHaveURL(PSLOG);
  await expect(page.getByRole('button', { name: 'Pin this step' })).toHaveAttribute('aria-pressed', 'true');

  // The same lists in another language.
  await page.goto('/nl');
  await expect(page.getByRole('region', { name: 'Vastgezet' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Recent gebruikt' })).toContainText('Gebruiker wordt niet ingericht');

  await page.goto('/en');
  await page.getByRole('button', { name: 'Clear recent and pinned' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recent and pinned steps cleared.' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Diagnoses', level: 2 })).toBeFocused();
  await expect(pinned).toHaveCount(0);
  await expect(recent).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Diagnoses', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pinned' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Recently used' })).toHaveCount(0);
});
