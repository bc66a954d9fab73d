import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { holdAppCode } from './support/hold-app-code';
import { pdfText } from './support/pdf-text';

// Issue 15: every page is built to HTML at build time, so a shared link
// paints its step before any script runs; the app then hydrates that HTML
// and applies what only the browser knows (the answers in the query string).

const TICKED = '/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise&t.enterprise-settings=read-system.open-template';
const BACK_AT_START = '/en/diagnose/provisioning/scope?v=1&scope=some-users&user-errors=error-18215-18211';
const HANDED_OVER =
  '/en/diagnose/calling/check-client?v=1&from=webview~symptom.link-missing~check-calling.not-registered~fix-calling.open-calling';

test('a step link is answered with the step itself: it reads, prints and changes language without JavaScript', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/en/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409');
  await expect(page).toHaveTitle(
    'A user with this e-mail address already exists in Webex · User is not provisioned · BroadWorks Troubleshooter',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A user with this e-mail address already exists in Webex');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Provisioning a user who already exists in Webex' })).toHaveAttribute(
    'href',
    'https://help.webex.com/ndta402',
  );
  // The shell's "needs JavaScript" notice is not on a page that reads without it.
  await expect(page.getByText('needs JavaScript')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');
  expect(printed).toContain('A user with this e-mail address already exists in Webex');
  expect(printed).toContain('<https://help.webex.com/ndta402>');
  for (const control of ['Print checklist', 'Copy link to this step']) expect(printed).not.toContain(control);
  await page.emulateMedia({ media: 'screen' });

  // Another language is another page of its own.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Română' }).click();
  await expect(page).toHaveURL('/ro/diagnose/provisioning/user-in-ci');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('În Webex există deja un utilizator cu această adresă de e-mail');

  // The other pages read too: home, a code, a procedure.
  await page.goto('/nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is het probleem van de klant?');
  await page.getByRole('link', { name: 'Foutcodes' }).first().click();
  await expect(page).toHaveURL('/nl/codes');
  await page.goto('/en/codes/200010');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 200010');
  await page.goto('/en/procedures/check-user-helpdesk');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('the app hydrates the step it was sent, then applies the answers and ticks of the link', async ({ page, context }) => {
  // The heading element painted from the HTML is the one the app keeps.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('h1');
      if (!heading) return;
      observer.disconnect();
      Reflect.set(window, 'builtHeading', heading);
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(TICKED);
  await expect(page.locator('#root')).toHaveAttribute('data-page', '/en/diagnose/provisioning/enterprise-settings');
  expect(await page.evaluate(() => Reflect.get(window, 'builtHeading') === document.querySelector('h1'))).toBe(true);
  const boxes = page.getByRole('region', { name: 'Steps' }).getByRole('checkbox');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(page.getByRole('complementary')).toContainText('Provisioning fails for every user of the enterprise');
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' })).toHaveAttribute(
    'href',
    `/nl${TICKED.slice(3)}`,
  );

  await page.goto(BACK_AT_START);
  expect(await page.evaluate(() => Reflect.get(window, 'builtHeading') === document.querySelector('h1'))).toBe(true);
  await expect(page.getByRole('button', { name: 'Some users' })).toHaveAttribute('aria-pressed', 'true');
  // And it answers at once.
  await page.getByRole('button', { name: 'Provisioning fails for every user of the enterprise' }).click();
  await expect(page).toHaveURL(/\/en\/diagnose\/provisioning\/enterprise-settings\?v=1&scope=whole-enterprise$/);
});

/**
 * The tree once parts that load on demand have rendered: the same tree
 * twice, half a second apart.
 */
async function settledTree(page: Page): Promise<string> {
  let tree = await rootTree(page);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(500);
    const again = await rootTree(page);
    if (again === tree) return tree;
    tree = again;
  }
  throw new Error('the page kept changing for 10 s');
}

/**
 * #root as a tree: elements with their attributes in order of name, the
 * state of form fields, the text (however React split it into nodes);
 * React's generated ids numbered in order, so two renders compare.
 */
async function rootTree(page: Page): Promise<string> {
  const tree = await page.locator('#root').evaluate((root) => {
    const walk = (node: Node): string => {
      if (node instanceof Text) return node.data;
      if (!(node instanceof Element)) return '';
      // A field's state is its property (React hydrates it as such, without the attribute).
      const attributes = [...node.attributes]
        .filter((a) => !(node instanceof HTMLInputElement && a.name === 'checked'))
        .map((a) => `${a.name}="${a.value}"`)
        .sort();
      if (node instanceof HTMLInputElement) attributes.push(`(value=${node.value} checked=${String(node.checked)})`);
      return `<${node.localName} ${attributes.join(' ')}>${[...node.childNodes].map(walk).join('')}</${node.localName}>\n`;
    };
    return [...root.childNodes].map(walk).join('');
  });
  const ids = new Map<string, string>();
  return tree.replace(/_[rR]_[A-Za-z0-9]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${String(ids.size)}`);
    return ids.get(id) ?? id;
  });
}

const SHELL = readFileSync('dist/index.html', 'utf8');

for (const url of [
  TICKED,
  BACK_AT_START,
  HANDED_OVER,
  '/en/diagnose/provisioning/apply-patch?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address',
  '/ro/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-200&wait-for-user=user-missing',
  '/en/codes/200010',
  '/nl/procedures/check-user-helpdesk',
  '/en/reading-list#ref-solution-guide-templates',
  '/ro/cases',
]) {
  test(`hydrated, ${url} is the page the app renders on its own`, async ({ page }) => {
    test.slow();
    // The printed date is the same in both renders.
    await page.clock.setFixedTime(new Date('2026-01-05T11:00:00Z'));
    // This browser has used a step before: its own lists are not in the HTML.
    await page.addInitScript(() => {
      if (location.protocol !== 'http:') return;
      localStorage.setItem(
        'wbt.steps',
        JSON.stringify({
          recent: [{ flowId: 'provisioning', stepId: 'scope', answers: [], version: 1, at: '2026-01-05T10:00:00Z' }],
          pinned: [],
        }),
      );
    });
    await page.goto(url);
    await expect(page.locator('#root')).toHaveAttribute('data-page', /./);
    // Parts that load on demand (case work, the report link) have arrived.
    await page.waitForLoadState('networkidle');
    const hydrated = await settledTree(page);
    // The same address, answered with the app shell: rendered in the browser alone.
    await page.route(
      (address) => address.pathname === new URL(url, 'http://x').pathname,
      (route) => route.fulfill({ body: SHELL, contentType: 'text/html' }),
    );
    // (A new document, even for an address with a #hash.)
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.locator('#root')).not.toHaveAttribute('data-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Loaded parts render a moment after their code arrives (a busy machine): wait for the same tree.
    await expect.poll(() => rootTree(page)).toBe(hydrated);
  });
}

test('the home page shows this browser’s recent steps once hydrated', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'wbt.steps',
      JSON.stringify({
        recent: [{ flowId: 'provisioning', stepId: 'scope', answers: [], version: 1, at: '2026-01-05T10:00:00Z' }],
        pinned: [],
      }),
    );
  });
  await page.goto('/en');
  await expect(page.locator('#root')).toHaveAttribute('data-page', '/en');
  await expect(page.getByRole('heading', { name: 'Recently used' })).toBeVisible();
});

test('a reader who scrolled before the app was ready keeps their place', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 400 });
  // The app's code waits until the reader has scrolled.
  const release = await holdAppCode(page);
  await page.goto(
    '/en/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-200&wait-for-user=user-missing',
    {
      waitUntil: 'commit',
    },
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const before = await page.evaluate(() => window.scrollY);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});
