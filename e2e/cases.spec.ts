import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, keepContextLive, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';

const ESCALATION =
  '/en/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-other&subscriber-profile=looks-right';
const START = '/en/diagnose/provisioning/scope?v=1';

async function startCase(page: Page, url = START) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start a case' }).click();
  const panel = page.getByRole('region', { name: 'Case', exact: true });
  await expect(panel.getByLabel('Case title')).toBeVisible();
  return panel;
}

async function fillSheet(panel: ReturnType<Page['getByRole']>) {
  await panel.getByLabel('Case title').fill('ACME: user not provisioned');
  await panel.getByLabel('User (CI e-mail address or UUID)').fill('jane@example.com');
  await panel.getByLabel('Organization ID').fill('3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f');
  await panel.getByLabel('Problem seen from').fill('2026-11-20T09:30');
  await panel.getByLabel('Time zone').fill('Europe/Bucharest');
  await panel.getByLabel('Client platform').selectOption('windows');
  await panel.getByLabel('Client version').fill('43.2.0.25211');
  await panel.getByLabel('Client logs sent or collected').check();
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
}

test('a case is started, validated as typed, saved and still there after a reload', async ({ page }) => {
  const panel = await startCase(page);
  await expect(panel).toContainText('Case details stay in this browser');
  const user = panel.getByLabel('User (CI e-mail address or UUID)');
  await user.fill('not an address');
  await expect(user).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('alert')).toHaveText('Enter an e-mail address or a UUID.');
  await user.fill('jane@example.com');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByLabel('Problem seen from').fill('2026-11-20T10:00');
  await panel.getByLabel('Problem seen until').fill('2026-11-20T09:00');
  await expect(panel.getByRole('alert')).toHaveText('The end is before the start.');
  await panel.getByLabel('Organization ID').fill('xyz');
  await expect(panel.getByText('Enter a UUID: 32 hexadecimal digits in groups of 8-4-4-4-12.')).toBeVisible();
  await fillSheet(panel);
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  const again = page.getByRole('region', { name: 'Case', exact: true });
  await expect(again.getByLabel('Case title')).toHaveValue('ACME: user not provisioned');
  await expect(again.getByLabel('User (CI e-mail address or UUID)')).toHaveValue('jane@example.com');
  await expect(again.getByLabel('Client platform')).toHaveValue('windows');
});

test('evidence for an answer shows in the path; the escalation lists what is still missing', async ({ page }) => {
  await startCase(page);
  await page.getByLabel('Evidence for your answer (optional)').fill('Only users of one enterprise are missing');
  await page.getByRole('button', { name: "I don't know yet" }).click();
  await expect(page.getByRole('complementary')).toContainText('Evidence: Only users of one enterprise are missing');
  await page.getByRole('button', { name: /Another status code/ }).click();
  await page.getByRole('button', { name: 'Everything looks right' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalate to Cisco');
  await expect(page.getByRole('heading', { name: 'Still missing before you escalate: 7 items' })).toBeVisible();
  await fillSheet(page.getByRole('region', { name: 'Case', exact: true }));
  await expect(page.getByRole('heading', { name: /Still missing before you escalate: 2 items/ })).toBeVisible();
});

test('ticked boxes travel in the link', async ({ page, browser }) => {
  await page.goto('/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise');
  const boxes = page.getByRole('region', { name: 'Steps' }).getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page).toHaveURL(/t\.enterprise-settings=read-system\.open-template/);
  const colleague = keepContextLive(await browser.newContext());
  const other = await colleague.newPage();
  await other.goto(page.url());
  const theirs = other.getByRole('region', { name: 'Steps' }).getByRole('checkbox');
  await expect(theirs.nth(0)).toBeChecked();
  await expect(theirs.nth(1)).not.toBeChecked();
  await expect(theirs.nth(2)).toBeChecked();
  await colleague.close();
});

test('sharing: the link has no personal data unless the case sheet is included, and can be saved as a new case', async ({
  page,
  browser,
}) => {
  const panel = await startCase(page, ESCALATION);
  await fillSheet(panel);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this step' });
  const link = dialog.getByLabel('Link');
  await expect(link).not.toHaveValue(/case=/);
  expect(await link.inputValue()).not.toContain('jane');
  await dialog.getByLabel('Include the case sheet and evidence').check();
  await expect(dialog).toContainText('The link will then contain personal data');
  await expect(link).toHaveValue(/&case=[A-Za-z0-9_-]+$/);
  const shared = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const colleague = keepContextLive(await browser.newContext());
  const other = await colleague.newPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Escalate to Cisco');
  await expect(other).not.toHaveURL(/case=/);
  await expect(other.getByText('This link carries the case sheet “ACME: user not provisioned”')).toBeVisible();
  await other.getByRole('button', { name: 'Save as a new case' }).click();
  const theirs = other.getByRole('region', { name: 'Case', exact: true });
  await expect(theirs.getByLabel('User (CI e-mail address or UUID)')).toHaveValue('jane@example.com');
  await other.goto('/en/cases');
  await expect(other.getByRole('heading', { name: 'ACME: user not provisioned' })).toBeVisible();

  const hostile = await colleague.newPage();
  await hostile.goto(`${ESCALATION}&case=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(hostile.getByText('This link carried case details that are damaged; they were ignored.')).toBeVisible();
  await colleague.close();
});

test('saved cases: resume, duplicate, delete with one confirmation', async ({ page }) => {
  const panel = await startCase(page);
  await panel.getByLabel('Case title').fill('Case one');
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
  await page.getByRole('button', { name: "I don't know yet" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { name: 'Case one' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText("last step: Capture a PSLog and read the provisioning bridge's answer");
  await page.getByRole('button', { name: 'Duplicate: Case one' }).click();
  await expect(page.getByRole('heading', { name: 'Copy of Case one' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete: Copy of Case one' }).click();
  await expect(page.getByText('Delete “Copy of Case one”? This cannot be undone.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Copy of Case one' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete: Copy of Case one' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Copy of Case one' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume: Case one' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await expect(page.getByRole('region', { name: 'Case', exact: true }).getByLabel('Case title')).toHaveValue('Case one');
});

test('export and import: a colleague imports the file; bad files are refused; nothing is overwritten without asking', async ({
  page,
}, testInfo) => {
  const panel = await startCase(page);
  await panel.getByLabel('Case title').fill('Exported case');
  await expect(panel.getByText('Saved in this browser')).toBeVisible();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export' }).click();
  const file = testInfo.outputPath('case.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; case: { title: string } };
  expect(exported.kind).toBe('webex-broadworks-troubleshooter.case');
  expect(exported.case.title).toBe('Exported case');

  await page.goto('/en/cases');
  const input = page.getByLabel('Import a case file');
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(page.getByRole('status')).toHaveText('This file is not a case file: it could not be read as JSON.');
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"something else"}') });
  await expect(page.getByRole('status')).toHaveText('This JSON file was not exported by this app.');
  const damaged = { ...exported, case: { ...exported.case, answers: 'nope' } };
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  await expect(page.getByRole('status')).toHaveText('This case file is damaged or incomplete, so nothing was imported.');
  await expect(page.getByRole('heading', { name: 'Exported case' })).toHaveCount(1);

  await input.setInputFiles(file);
  await expect(page.getByText('A case “Exported case” with the same identity is already saved here.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('heading', { name: 'Exported case' })).toHaveCount(2);
});

test('a saved case that cannot be read is set aside with a message, not lost', async ({ page }) => {
  await page.goto('/en/cases');
  // The page has opened its store and listed the (no) cases: only then is the broken record written.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('No cases yet. Start one from any step of a diagnosis.')).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wbt-cases');
        open.onupgradeneeded = () => open.result.createObjectStore('cases');
        open.onsuccess = () => {
          const tx = open.result.transaction('cases', 'readwrite');
          tx.objectStore('cases').put({ id: 42, garbage: true }, 'case:broken');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
  );
  await page.reload();
  await expect(page.getByText('1 saved case could not be read and was set aside.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download what was set aside' }).click();
  expect((await download).suggestedFilename()).toBe('set-aside-cases.json');
});

test('copy for a support case, as text and as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await startCase(page, ESCALATION);
  await fillSheet(panel);
  await panel.getByRole('button', { name: 'Copy for a support case (text)' }).click();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toContain('Case: ACME: user not provisioned');
  expect(plain).toContain('User (CI e-mail address or UUID): jane@example.com');
  expect(plain).toContain("1. Who is affected? -> I don't know yet");
  expect(plain).toMatch(/Link \(no personal data\): http:\/\/127\.0\.0\.1:\d+\/en\/diagnose\/provisioning\/escalate-provisioning\?v=1/);
  await panel.getByRole('button', { name: 'Copy for a support case (Markdown)' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('## ACME: user not provisioned');
  expect(markdown).toContain('| Field | Value |');
  expect(markdown).toContain('| Organization ID | 3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f |');
});

test('a new case is titled with the day it starts; the print time is written when the page is printed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T09:30:00Z'));
  const panel = await startCase(page, '/en/diagnose/provisioning/scope?v=1');
  await expect(panel.getByLabel('Case title')).toHaveValue('User is not provisioned – 3/2/2026');
  const header = page.locator('.print-header');
  await expect(header).toHaveCount(1);
  await expect(header).not.toContainText('Printed');
  // What the browser's own print does first.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(header).toContainText('Printed 3/2/2026, 10:30:00');
});

for (const format of ['A4', 'Letter'] as const) {
  test(`printing a case step gives a case file (${format})`, async ({ page }, testInfo) => {
    // The printed date is the browser's, in the browser's time zone (fixed in
    // playwright.config.ts): freeze the clock so the sheet says a known time.
    await page.clock.setFixedTime(new Date('2026-03-02T09:30:00Z'));
    const panel = await startCase(page, '/en/diagnose/provisioning/scope?v=1');
    await fillSheet(panel);
    await page.getByLabel('Evidence for your answer (optional)').fill('Whole enterprise affected since Monday');
    await page.getByRole('button', { name: 'Provisioning fails for every user of the enterprise' }).click();
    await page.getByRole('region', { name: 'Steps' }).getByRole('checkbox').first().check();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = await pdfText(pdf);
    const all = pages.join('\n');
    await testInfo.attach(`printed-${format}.txt`, { body: all, contentType: 'text/plain' });
    expect(all).toContain('ACME: user not provisioned');
    expect(all).toContain('jane@example.com');
    expect(all).toContain('3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f');
    expect(all).toContain('Who is affected?');
    expect(all).toContain('Provisioning fails for every user of the enterprise');
    expect(all).toContain('Whole enterprise affected since Monday');
    expect(all).toContain('Steps still open');
    // pdf.js may report the seam between two runs of one long word (our break
    // points) as a space: what the reader needs is the characters, in order.
    expect(all.replace(/ /g, '')).toContain('AS_CLI/Interface/Messaging>get');
    // Long URLs wrap in print; the whole address is there.
    expect(all.replace(/\n/g, '')).toContain('<https://help.webex.com/en-us/z9gt5j/Webex-for-BroadWorks-Solution-Guide#id_137726>');
    expect(all).toMatch(/version 1\.19/);
    expect(all).toContain('Printed 3/2/2026, 10:30:00'); // 09:30 UTC in Amsterdam
    expect(all).not.toContain('Start over');
    expect(all).not.toContain('Copy link to this step');
  });
}
