import { expect, test } from './support/fixtures';

const cases: { name: string; url: string; message: RegExp; nearest?: { label: RegExp; url: string } }[] = [
  {
    name: 'unknown flow',
    url: '/en/diagnose/no-such-flow/scope?v=1',
    message: /There is no diagnosis called “no-such-flow”/,
  },
  {
    name: 'unknown step',
    url: '/en/diagnose/provisioning/no-such-step?v=1&scope=not-sure',
    message: /The diagnosis has no step called “no-such-step”/,
    nearest: { label: /Capture a PSLog/, url: '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure' },
  },
  {
    name: 'step the answers do not reach',
    url: '/en/diagnose/provisioning/apply-patch?v=1&scope=not-sure',
    message: /cannot be reached with the answers in this link/,
    nearest: { label: /Capture a PSLog/, url: '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure' },
  },
  {
    name: 'unknown question',
    url: '/en/diagnose/provisioning/scope?v=1&favourite-colour=blue',
    message: /does not ask/,
    nearest: { label: /Who is affected/, url: '/en/diagnose/provisioning/scope?v=1' },
  },
  {
    name: 'unknown answer',
    url: '/en/diagnose/provisioning/scope?v=1&scope=maybe',
    message: /“maybe” is not one of the answers to “Who is affected\?”/,
    nearest: { label: /Who is affected/, url: '/en/diagnose/provisioning/scope?v=1' },
  },
  {
    name: 'malformed query',
    url: '/en/diagnose/provisioning/scope?v=1&scope=not-sure&scope=some-users',
    message: /query string is damaged near “scope”/,
    nearest: { label: /Capture a PSLog/, url: '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure' },
  },
  {
    name: 'bad content version',
    url: '/en/diagnose/provisioning/scope?v=abc',
    message: /query string is damaged near “v”/,
    nearest: { label: /Who is affected/, url: '/en/diagnose/provisioning/scope?v=1' },
  },
  {
    name: 'newer content version',
    url: '/en/diagnose/provisioning/scope?v=42',
    message: /newer version of the content \(version 42\)/,
    nearest: { label: /Who is affected/, url: '/en/diagnose/provisioning/scope?v=1' },
  },
  {
    name: 'unknown language',
    url: '/xx/diagnose/provisioning/scope?v=1',
    message: /“xx” is not a language this app offers/,
    nearest: { label: /nearest valid step/, url: '/en/diagnose/provisioning/scope?v=1' },
  },
  { name: 'unknown page', url: '/en/no/such/page', message: /There is no page at this address/ },
  {
    name: 'flow named like a JavaScript built-in',
    url: '/en/diagnose/constructor/valueOf?v=1',
    message: /There is no diagnosis called “constructor”/,
  },
  {
    name: 'procedure named like a JavaScript built-in',
    url: '/en/procedures/toString',
    message: /There is no procedure called “toString”/,
  },
  { name: 'unknown procedure', url: '/en/procedures/no-such-procedure', message: /There is no procedure called “no-such-procedure”/ },
];

for (const { name, url, message, nearest } of cases) {
  test(`a bad URL (${name}) explains itself and offers a way on`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page cannot be shown');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('link', { name: 'Go to the list of diagnoses' })).toBeVisible();
    if (nearest) {
      await page.getByRole('link', { name: nearest.label }).click();
      await expect(page).toHaveURL(nearest.url);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page cannot be shown');
    }
  });
}

test('a hostile query is shown as text, never run', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/scope?v=1&scope=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('alert')).toContainText('query string is damaged near “scope”');
  await expect(page.locator('img')).toHaveCount(0);
});

test('a link for the flow alone opens its first question', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning');
  await expect(page).toHaveURL('/en/diagnose/provisioning/scope?v=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');
});

test('a link without a version, or with stray answers, is tidied in place', async ({ page }) => {
  await page.goto('/en/diagnose/provisioning/scope?scope=not-sure&user-errors=no-error');
  await expect(page).toHaveURL('/en/diagnose/provisioning/scope?v=1&scope=not-sure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');
});
