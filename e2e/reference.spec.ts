import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

interface CodesFile {
  codes: { code: string; family: string }[];
}
interface ProceduresFile {
  procedures: { id: string }[];
}
const codes = (parse(readFileSync('content/codes.yaml', 'utf8')) as CodesFile).codes;
const procedures = (parse(readFileSync('content/procedures.yaml', 'utf8')) as ProceduresFile).procedures;

test('every error code is two clicks from the home page', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('main').getByRole('link', { name: 'Error codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error codes');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(codes.length + 2);
  for (const { code } of codes)
    await expect(page.getByRole('link', { name: code, exact: true })).toHaveAttribute('href', `/en/codes/${code}`);
  await page.getByRole('link', { name: '200010', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 200010');
  await expect(page.getByRole('heading', { name: 'Suggested action' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Steps that deal with this code' })).toBeVisible();
});

test('every procedure is one click from the home page', async ({ page }) => {
  await page.goto('/en');
  const list = page.getByRole('region', { name: 'Procedures' });
  await expect(list.getByRole('link')).toHaveCount(procedures.length);
  for (const { id } of procedures) await expect(list.locator(`a[href="/en/procedures/${id}"]`)).toHaveCount(1);
});

test('the log files page gives client paths per platform', async ({ page }) => {
  await page.goto('/en/logs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Useful log files');
  await expect(page.getByText('\\Users\\{username}\\AppData\\Local\\CiscoSpark\\current_log.txt', { exact: true })).toBeVisible();
  await expect(page.getByText('/Users/{username}/Library/Logs/SparkMacDesktop/bwc/current_log', { exact: true })).toBeVisible();
});

test('reference pages: contacts, known issues, serviceability connector, about', async ({ page }) => {
  await page.goto('/en');
  const references = page.getByRole('region', { name: 'References' });
  const links = references.getByRole('link');
  const count = await links.count();
  for (let i = 0; i < count; i += 1) {
    await page.goto('/en');
    await page.getByRole('region', { name: 'References' }).getByRole('link').nth(i).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page cannot be shown');
  }
  await page.goto('/en/about/about');
  await expect(page.getByRole('main')).toContainText('1.19');
});

test('a code mentioned in a step links to its page', async ({ page }) => {
  await page.goto('/en/diagnose/sign-in/symptom?v=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/en/codes/100006');
  await page
    .getByRole('link', { name: /Sign-in|sign in|Sign in/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/diagnose\/sign-in\//);
});
