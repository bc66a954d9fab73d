import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

const pages = [
  ['home', '/en'],
  ['reading list', '/en/reading-list'],
  ['procedure', '/en/procedures/check-user-helpdesk'],
  ['question', '/en/diagnose/provisioning/scope?v=1&scope=not-sure'],
  ['procedure step', '/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise'],
  ['resolution', '/en/diagnose/provisioning/apply-patch?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address'],
  [
    'escalation',
    '/ro/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-other&subscriber-profile=looks-right',
  ],
  ['error', '/nl/diagnose/provisioning/nowhere?v=1'],
  ['question (Dutch)', '/nl/diagnose/provisioning/message-400?v=1&scope=not-sure&pslog-capture=status-400'],
  ['error codes', '/en/codes'],
  ['error code (Romanian)', '/ro/codes/200010'],
  ['log files', '/nl/logs'],
  ['article', '/en/about/contacts'],
  ['calling step (Romanian)', '/ro/diagnose/calling/check-client?v=1'],
  ['sign-in step', '/en/diagnose/sign-in/symptom?v=1'],
] as const;

for (const [kind, url] of pages) {
  test(`no serious or critical accessibility violation: ${kind}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
