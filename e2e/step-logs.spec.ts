import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const fixture = (name: string) => readFileSync(`src/features/logs/fixtures/${name}`, 'utf8');

const XSP_STEP =
  '/en/diagnose/sign-in/xsp-logs?v=1&symptom=sso-failed&device-types=assigned&auth-mode=broadworks&web-access-password=web-access&sign-in-id=email-alternate&letter-case=exact';

/** Drops files on the page the way a file manager does: a drag over, then a drop. */
async function dropFiles(page: Page, files: readonly (readonly [name: string, text: string])[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const [name, text] of list) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, files);
  await page.dispatchEvent('h1', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop the files to analyze them for this step')).toBeVisible();
  await page.dispatchEvent('h1', 'drop', { dataTransfer });
}

test('XSP logs dropped on the step answer its question, and the lines become the answer’s evidence', async ({ page }) => {
  await page.goto(XSP_STEP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trace the sign-in attempt in the XSP logs');
  await page.getByRole('button', { name: 'Start a case' }).click();
  await expect(page.getByRole('region', { name: 'Case', exact: true }).getByLabel('Case title')).toBeVisible();
  await dropFiles(
    page,
    ['xsp-access.log', 'xsp-xsi-actions.log', 'xsp-authentication-service.log'].map((name) => [name, fixture(name)] as const),
  );
  await expect(page.getByText('The lines that prove the answer are saved as its evidence in the open case.')).toBeVisible();
  await expect(page.getByText('The logs settle this question')).toBeVisible();
  const bob = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /CLIENT_def-456/ }) });
  // A complete attempt settles nothing here: it opens the procedure instead.
  const jane = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /CLIENT_abc-123/ }) });
  await expect(jane.getByRole('link', { name: 'Open the procedure' })).toBeVisible();
  await bob.getByRole('button', { name: "Answer: BroadWorks rejects the user's credentials in the basic authentication" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with the BroadWorks Web Access password');
  await expect(page).toHaveURL(/xsp-logs=auth-rejected/);
  const path = page.getByRole('complementary');
  await expect(path).toContainText('Evidence: Tracking ID: CLIENT_def-456.');
  await expect(path).toContainText('xsp-access.log, line 2:');
  // Masked as shown: no address of the user goes into the case.
  await expect(path).not.toContainText('bob@acme.example');
});

test('a PSLog chosen on the capture step answers "which status?"; without a case nothing is kept', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await page.getByText('Analyze logs for this step').click();
  await expect(page.getByText('Start a case to keep the lines that prove an answer as its evidence.')).toBeVisible();
  await page
    .getByLabel('Log files')
    .setInputFiles({ name: 'ps.log', mimeType: 'text/plain', buffer: Buffer.from(fixture('pslog-403-ip.log')) });
  const findings = page.getByRole('list', { name: 'Findings in the logs' });
  await expect(findings).toContainText('ps.log, line 6: HTTP/1.1 403 Forbidden');
  await findings
    .getByRole('listitem')
    .filter({ hasText: 'refused the request (403)' })
    .getByRole('button', { name: 'Answer: The bridge answered 403' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was the provisioning request sent?');
  await expect(page).toHaveURL(/pslog-capture=status-403/);
  // Back, and the other answers are still there to change.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: /^The bridge answered 403/ })).toHaveAttribute('aria-pressed', 'true');
  // The analysis stays with the diagnosis: its findings are still there on this step.
  await expect(page.getByRole('list', { name: 'Findings in the logs' })).toBeVisible();
});

test('logs that settle nothing here point to their own steps', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/scope?v=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByText('Analyze logs for this step').click();
  await page.getByLabel('Or paste log lines').fill(fixture('client-bwc.log'));
  await page.getByRole('button', { name: 'Analyze the pasted lines' }).click();
  await expect(page.getByText('The logs do not settle this question')).toBeVisible();
  await page.getByRole('link', { name: 'Open the step' }).click();
  await expect(page).toHaveURL(/\/en\/diagnose\/calling\/provision-desktop-device/);
});

test('the whole log panel works with the keyboard alone', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const summary = page.getByText('Analyze logs for this step');
  await summary.focus();
  await page.keyboard.press('Enter');
  const paste = page.getByLabel('Or paste log lines');
  await expect(paste).toBeVisible();
  await paste.focus();
  await page.keyboard.insertText(fixture('pslog-403-ip.log'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Analyze the pasted lines' })).toBeFocused();
  await page.keyboard.press('Enter');
  const answer = page.getByRole('button', { name: 'Answer: The bridge answered 403' }).first();
  await expect(answer).toBeVisible();
  // Tab on until the answer button has the focus, then press it.
  for (let i = 0; i < 30 && !(await answer.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(answer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was the provisioning request sent?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the kind of log can be set by hand: the analysis runs again, and the kind is a label, never a filter', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByText('Analyze logs for this step').click();
  await page
    .getByLabel('Log files')
    .setInputFiles({ name: 'ps.log', mimeType: 'text/plain', buffer: Buffer.from(fixture('pslog-403-ip.log')) });
  await expect(page.getByRole('button', { name: 'Answer: The bridge answered 403' }).first()).toBeVisible();
  // Labelled a Webex app log by hand, the file still holds the bridge's 403
  // answer to a provisioning POST: each exchange is judged in its own context.
  await page.getByLabel('Kind of log').selectOption({ label: 'Webex app log (current_log)' });
  await expect(page.getByRole('button', { name: 'Answer: The bridge answered 403' }).first()).toBeVisible();
  // On the Analyze logs page the label shows: the kind chosen, the same findings.
  await page.goto('/en/analyze');
  await page
    .getByLabel('Drop log files here, or choose them')
    .setInputFiles({ name: 'ps.log', mimeType: 'text/plain', buffer: Buffer.from(fixture('pslog-403-ip.log')) });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByRole('region', { name: 'ps.log: 6 lines, detected as Application Server PSLog' })).toBeVisible();
  await page.getByLabel('Kind of log').selectOption({ label: 'Webex app log (current_log)' });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const relabelled = page.getByRole('region', { name: 'ps.log: 6 lines, detected as Webex app log (current_log)' });
  await expect(relabelled).toContainText('The provisioning bridge refused the request (403).');
  await expect(relabelled).toContainText('The provisioning request went to an IP address instead of the provisioning bridge URL');
});
