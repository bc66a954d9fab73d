import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

const fixture = (name: string) => readFileSync(`src/features/logs/fixtures/${name}`);

test('a dropped PSLog leads to the right step, with the lines that prove it', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analyze logs');
  await page
    .getByLabel('Drop log files here, or choose them')
    .setInputFiles({ name: 'ps.log', mimeType: 'text/plain', buffer: fixture('pslog-403-ip.log') });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const result = page.getByRole('region', { name: /ps\.log: 6 lines, detected as Application Server PSLog/ });
  await expect(result).toBeVisible();
  await expect(result).toContainText('The provisioning request went to an IP address instead of the provisioning bridge URL');
  await expect(result).toContainText('line 6: HTTP/1.1 403 Forbidden');
  await result.locator('li', { hasText: 'refused the request (403)' }).getByRole('link', { name: 'Open the step' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where was the provisioning request sent?');
});

test('pasted XSP lines: sign-in attempts with the first missing step; personal data masked', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByLabel('Or paste log lines')
    .fill(
      `${fixture('xsp-sign-in.log').toString('utf8')}${fixture('client-bwc.log').toString('utf8')}portal error 200010 for jane@acme.example\n`,
    );
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const result = page.getByRole('region', { name: /Pasted text/ });
  await expect(result.getByRole('row', { name: /CLIENT_def-456/ })).toContainText('Long-lived token generated');
  await expect(result.getByRole('row', { name: /CLIENT_abc-123/ })).toContainText('complete');
  await expect(result).toContainText('The desktop client found no "Business Communicator - PC" device profile');
  await expect(result).toContainText('line 16: portal error 200010 for ‹e-mail›');
  await expect(result).not.toContainText('jane@acme.example');
  // The XSP's loopback POST to its own authentication service is no finding.
  await expect(result).not.toContainText('IP address');
  await page.getByLabel('Hide e-mail addresses, UUIDs and phone numbers in what is shown').uncheck();
  await expect(result).toContainText('jane@acme.example');
});

test('an empty or binary file gets a clear message', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Drop log files here, or choose them').setInputFiles([
    { name: 'empty.log', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'bin.log', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)) },
  ]);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByText('This file is empty.')).toBeVisible();
  await expect(page.getByText('This file looks binary, not like a text log')).toBeVisible();
});
