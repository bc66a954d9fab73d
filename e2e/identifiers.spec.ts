/**
 * Identifiers never break inside where a reader could mistake the break for
 * part of the value: not at their own hyphens, on screen (at 320 px) or on
 * paper (A4 and Letter), in every language. Where a value is longer than
 * the line, it breaks at one of our break points, shown with `↩`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { joinContinued, wrapsInside } from './support/wrapping';

const LOCALES = ['en', 'ro', 'nl'] as const;
type Messages = Record<string, string>;
function messages(locale: string): (key: string) => string {
  const all = JSON.parse(readFileSync(`src/i18n/messages/${locale}.json`, 'utf8')) as Messages;
  return (key) => {
    const text = all[key];
    if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
    return text;
  };
}

const IDS = {
  ciUser: 'jane.doe-smith@customer-enterprise.example.com',
  bwUserId: 'jane.doe-smith@bw-platform-east.example.net',
  orgId: '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
  trackingId: 'CLIENT_6b2f1c0e-8d3a-4e5b-9f7c-2a1d0e3b4c5d_17',
  clientVersion: '43.11.0.25211',
};
const EVIDENCE = `2026-11-20 09:31:12,345 Info [qtp-42] trackingid=${IDS.trackingId} userId=${IDS.bwUserId} orgId=${IDS.orgId}`;

async function openCase(page: Page, locale: string) {
  const m = messages(locale);
  await page.goto(`/${locale}/diagnose/provisioning/scope?v=1`);
  await page.getByRole('button', { name: m('case.start') }).click();
  const panel = page.getByRole('region', { name: m('case.heading'), exact: true });
  await panel.getByLabel(m('case.field.title')).fill('ACME');
  await panel.getByLabel(m('case.field.ciUser')).fill(IDS.ciUser);
  await panel.getByLabel(m('case.field.bwUserId')).fill(IDS.bwUserId);
  await panel.getByLabel(m('case.field.orgId')).fill(IDS.orgId);
  await panel.getByLabel(m('case.field.clientVersion')).fill(IDS.clientVersion);
  await panel.getByLabel(m('case.field.trackingId')).fill(IDS.trackingId);
  await expect(panel.getByText(m('case.saved'))).toBeVisible();
  await page.getByLabel(m('case.evidence')).fill(EVIDENCE);
  // The first answer of the first question: the evidence now shows in the path.
  await page
    .getByRole('region', { name: m('step.answers') })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('complementary')).toContainText('trackingid=');
}

for (const locale of LOCALES) {
  test(`${locale}: at 320 px, identifiers in the path and commands wrap only at marked break points`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openCase(page, locale);
    const onStep = await wrapsInside(page, [IDS.trackingId, IDS.bwUserId, IDS.orgId]);
    expect(onStep.breaks).toEqual([]);
    for (const value of [IDS.trackingId, IDS.bwUserId, IDS.orgId]) expect(onStep.seen[value], value).toBeGreaterThan(0);
    // The evidence line is longer than the panel: it did break, at our marks.
    const evidence = page.getByRole('complementary').locator('.verbatim').first();
    expect((await evidence.boundingBox())?.height ?? 0).toBeGreaterThan(40);

    await page.goto(`/${locale}/procedures/get-client-logs`);
    // The procedure's steps come with its chunk: measure once both paths are there.
    for (const folder of ['CiscoSpark', 'SparkMacDesktop']) await expect(page.locator('code', { hasText: folder }).first()).toBeVisible();
    const paths = [
      '\\Users\\{username}\\AppData\\Local\\CiscoSpark\\bwc\\current_log.txt',
      '/Users/{username}/Library/Logs/SparkMacDesktop/bwc/current_log',
    ];
    const onProcedure = await wrapsInside(page, paths);
    expect(onProcedure.breaks).toEqual([]);
    for (const value of paths) expect(onProcedure.seen[value], value).toBeGreaterThan(0);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`${locale}: printed on ${format}, every identifier of the case reads whole`, async ({ page }) => {
      await openCase(page, locale);
      await page.emulateMedia({ media: 'print' });
      const printed = await wrapsInside(page, Object.values(IDS));
      expect(printed.breaks).toEqual([]);
      const text = joinContinued((await pdfText(await page.pdf({ format }))).join('\n'));
      for (const value of Object.values(IDS)) expect(text, value).toContain(value);
      // The evidence line may wrap at its own spaces, which is no break inside an identifier.
      expect(text.replace(/\s+/g, ' ')).toContain(EVIDENCE);
    });
  }
}

test('copying an identifier gives its characters, without the break points', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/en/procedures/get-client-logs');
  const code = page.locator('code', { hasText: 'SparkMacDesktop/bwc' }).first();
  await code.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('/Users/{username}/Library/Logs/SparkMacDesktop/bwc/current_log');
});
