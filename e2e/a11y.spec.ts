import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

// Every kind of page, in every language; light theme everywhere and the
// dark theme in English. WCAG 2.2 AA rules, and no violation of any impact.
const pages = [
  ['home', '/{lang}'],
  ['reading list', '/{lang}/reading-list'],
  ['procedure', '/{lang}/procedures/check-user-helpdesk'],
  ['question', '/{lang}/diagnose/provisioning/message-400?v=1&scope=not-sure&pslog-capture=status-400'],
  ['procedure step', '/{lang}/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise'],
  ['answers to tick', '/{lang}/diagnose/calling/should-register?v=1&check-client=no-icon&should-register=no-connector.wrong-behavior'],
  ['resolution', '/{lang}/diagnose/provisioning/apply-patch?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address'],
  [
    'escalation',
    '/{lang}/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-other&subscriber-profile=looks-right',
  ],
  ['error', '/{lang}/diagnose/provisioning/nowhere?v=1'],
  ['error codes', '/{lang}/codes'],
  ['error code', '/{lang}/codes/200010'],
  ['log files', '/{lang}/logs'],
  ['article', '/{lang}/about/contacts'],
  ['saved cases', '/{lang}/cases'],
] as const;

const runs = [
  ...(['en', 'ro', 'nl'] as const).map((lang) => ({ lang, scheme: 'light' as const })),
  { lang: 'en' as const, scheme: 'dark' as const },
];

for (const { lang, scheme } of runs) {
  for (const [kind, url] of pages) {
    test(`no accessibility violation: ${kind} (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url.replace('{lang}', lang));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}

test('an open case panel and the share dialog have no violation either', async ({ page }) => {
  await page.goto('/ro/diagnose/provisioning/scope?v=1');
  await page.getByRole('button', { name: 'Deschideți un caz' }).click();
  await expect(page.locator('.case-panel input').first()).toBeVisible();
  await page.locator('.case-panel input').nth(1).fill('nu-este-o-adresa');
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.locator('.btn', { hasText: /Partaj/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const xspLogs = ['xsp-access.log', 'xsp-xsi-actions.log', 'xsp-authentication-service.log'].map((name) => ({
  name,
  mimeType: 'text/plain',
  buffer: readFileSync(`src/features/logs/fixtures/${name}`),
}));

for (const scheme of ['light', 'dark'] as const) {
  test(`log analysis results have no violation (en, ${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/en/analyze');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    let results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.getByLabel('Drop log files here, or choose them').setInputFiles(xspLogs);
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await expect(page.getByRole('region', { name: /Sign-in attempts/ })).toBeVisible();
    await page
      .getByText(/lines from the logs/)
      .first()
      .click();
    results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the log panel of a step, open with findings, has no violation (ro)', async ({ page }) => {
  await page.goto('/ro/diagnose/provisioning/pslog-capture?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByText('Analizați jurnalele pentru acest pas').click();
  await page.getByLabel('Fișiere jurnal').setInputFiles({
    name: 'ps.log',
    mimeType: 'text/plain',
    buffer: readFileSync('src/features/logs/fixtures/pslog-403-ip.log'),
  });
  await expect(page.getByRole('button', { name: /^Răspuns:/ }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
