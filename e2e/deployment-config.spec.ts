import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { controlledByServiceWorker } from './support/service-worker';
import { freePort } from './support/free-port';
import { pdfText } from './support/pdf-text';

// Requests the service worker makes itself are not seen by page.route(): keep it out.
test.use({ serviceWorkers: 'block' });

const ESCALATION =
  '/{lang}/diagnose/provisioning/escalate-provisioning?v=1&scope=not-sure&pslog-capture=status-other&subscriber-profile=looks-right';
const QUESTION = '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure';
const at = (lang: string) => ESCALATION.replace('{lang}', lang);

/** The README's example config.json, exactly as documented. */
function readmeExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Your own settings: `config.json`'));
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no config.json example');
  return block;
}

async function serveConfig(page: Page, body: string, status = 200): Promise<void> {
  await page.route('**/config.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

test('a valid config: own contacts on escalation steps (printed too), the organization, the feedback address and a ticket link shown before it opens', async ({
  page,
}) => {
  // The config arrives only after the step has rendered: the heading must not move.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/config.json', async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'application/json', body: readmeExample() });
  });
  await page.goto(at('en'));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Escalate to Cisco');
  const before = await heading.boundingBox();
  release();
  const own = page.getByRole('region', { name: 'First escalate inside Example Telecom' });
  await expect(own).toBeVisible();
  expect(await heading.boundingBox()).toEqual(before);
  // Under the heading, before the hand-over to Cisco.
  expect((await own.boundingBox())?.y).toBeGreaterThan(before?.y ?? Infinity);
  const cisco = page.getByRole('heading', { name: 'Procedure: Raise a case with Cisco' });
  expect((await own.boundingBox())?.y).toBeLessThan((await cisco.boundingBox())?.y ?? -Infinity);

  await expect(own).toContainText('Example Telecom voice tier 2 (tier 2)');
  await expect(own.getByRole('link', { name: 'voice-tier2@example.net' })).toHaveAttribute('href', 'mailto:voice-tier2@example.net');
  await expect(own.getByRole('link', { name: '+31 20 555 0100' })).toHaveAttribute('href', 'tel:+31205550100');
  await expect(own).toContainText('Mon–Fri 08:00–18:00 CET');
  await expect(own).toContainText('Example Telecom NOC (NOC)');
  await expect(own).toContainText('24/7');
  await expect(page.getByRole('contentinfo')).toContainText('Provided by Example Telecom');
  await expect(page.getByRole('contentinfo')).toContainText('Second-line support desk: internal use only');
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toHaveCount(0);

  // "Report a problem" writes to the configured address.
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  const report = page.getByRole('dialog', { name: 'Report a problem with this step' });
  await expect(report).toContainText('It goes to troubleshooter-content@example.net.');
  expect(await report.getByRole('link', { name: 'Write e-mail' }).getAttribute('href')).toMatch(
    /^mailto:troubleshooter-content@example\.net\?/,
  );
  await report.getByRole('button', { name: 'Close' }).click();

  // The ticket link: shown first, with the step only while no case is open.
  await own.getByRole('button', { name: 'Open a ticket in Example Telecom ticket desk…' }).click();
  const ticket = page.getByRole('dialog', { name: 'Open a ticket in Example Telecom ticket desk' });
  await expect(ticket).toContainText('No case is open for this diagnosis, so only the step goes in.');
  const address = ticket.getByLabel('The address that will open');
  const shown = new URL(await address.inputValue());
  expect(shown.origin + shown.pathname).toBe('https://tickets.example.net/new');
  expect(shown.searchParams.get('summary')).toBe('User is not provisioned');
  expect(shown.searchParams.get('step')).toBe('Escalate to Cisco');
  expect(shown.searchParams.get('link')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/diagnose\/provisioning\/escalate-provisioning\?v=1&/);
  expect(shown.searchParams.get('user')).toBe('');
  const go = ticket.getByRole('link', { name: 'Open Example Telecom ticket desk' });
  await expect(go).toHaveAttribute('href', shown.href);
  await expect(go).toHaveAttribute('rel', 'noopener noreferrer');
  await ticket.getByRole('button', { name: 'Close' }).click();

  // With a case open, its data goes in only once ticked.
  await page.getByRole('button', { name: 'Start a case' }).click();
  const panel = page.getByRole('region', { name: 'Case', exact: true });
  await panel.getByLabel('User (CI e-mail address or UUID)').fill('jane+1@example.com');
  await panel.getByLabel('Organization ID').fill('org/1 & 2');
  await own.getByRole('button', { name: 'Open a ticket in Example Telecom ticket desk…' }).click();
  const include = ticket.getByRole('checkbox', { name: 'Add the open case (personal data)' });
  await expect(include).not.toBeChecked();
  await expect(address).not.toHaveValue(/jane/);
  await include.check();
  await expect(address).toHaveValue(/user=jane%2B1%40example\.com&org=org%2F1%20%26%202&/);
  const filled = new URL(await address.inputValue());
  expect(filled.searchParams.get('org')).toBe('org/1 & 2');
  await expect(go).toHaveAttribute('href', filled.href);
  await ticket.getByRole('button', { name: 'Close' }).click();

  // On paper: the contacts, not the ticket button.
  await page.emulateMedia({ media: 'print' });
  await expect(own).toBeVisible();
  await expect(own.getByRole('button')).toBeHidden();
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');
  expect(printed).toContain('First escalate inside Example Telecom');
  expect(printed).toContain('voice-tier2@example.net');
  expect(printed).toContain('+31 20 555 0199');
  expect(printed).not.toContain('Open a ticket in');
  await page.emulateMedia({ media: 'screen' });

  // A question is not an escalation: no contacts there.
  await page.goto(QUESTION);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Provided by Example Telecom');
  await expect(page.getByRole('region', { name: /First escalate inside/ })).toHaveCount(0);
});

test('the contacts speak the page language', async ({ page }) => {
  await serveConfig(page, readmeExample());
  await page.goto(at('ro'));
  const own = page.getByRole('region', { name: 'Escaladați mai întâi în Example Telecom' });
  await expect(own).toContainText('Example Telecom voice tier 2 (nivelul 2)');
  await expect(page.getByRole('contentinfo')).toContainText('Oferit de Example Telecom');
  await page.goto(at('nl'));
  await expect(page.getByRole('region', { name: 'Escaleer eerst binnen Example Telecom' })).toContainText('Telefoon');
  await expect(page.getByRole('button', { name: 'Ticket openen in Example Telecom ticket desk…' })).toBeVisible();
});

test('a broken config is ignored with a notice that can be closed, the console names each problem, and the app still works', async ({
  page,
  watch,
}) => {
  watch.allowConsole(/^config\.json \(/);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  await serveConfig(
    page,
    JSON.stringify({
      organization: { name: 'Example Telecom' },
      contacts: [{ role: 'tier3', name: 'Voice', phone: '+31 20 555 0100' }],
      ticket: { url: 'javascript:alert(document.domain)//{flow}' },
      feedbak: { email: 'x@example.net' },
    }),
  );
  await page.goto(at('en'));
  const notice = page.getByRole('status').filter({ hasText: 'config.json' });
  await expect(notice).toContainText("This site's own settings file (config.json) is broken, so it is ignored");
  await expect.poll(() => logged.join('\n')).toContain('config.json: contacts[0].role: must be "tier2" or "noc"');
  const errors = logged.join('\n');
  expect(errors).toContain('config.json: ticket.url: must start with https:// or http://');
  expect(errors).toContain('config.json: feedbak: is not a known field');
  // Nothing of it is used.
  await expect(page.getByRole('region', { name: /First escalate inside/ })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).not.toContainText('Provided by');
  await expect(page.getByRole('button', { name: /Open a ticket/ })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  // The diagnosis works as ever.
  await page.goto(QUESTION);
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toBeVisible();
  await page.getByRole('button', { name: /The bridge answered 409/ }).click();
  await expect(page).toHaveURL(/pslog-capture=status-409/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText("Capture a PSLog and read the provisioning bridge's answer");

  // In the page language.
  await page.goto('/nl/diagnose/provisioning/scope?v=1');
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toContainText('is defect');
  await page.goto('/ro/diagnose/provisioning/scope?v=1');
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toContainText('este defect');
});

test('no config: the app is as built, and says nothing', async ({ page }) => {
  // The build ships none; the server answers for the missing file by itself.
  const answer = page.waitForResponse((response) => response.url().endsWith('/config.json'));
  await page.goto(at('en'));
  expect([204, 404, 200]).toContain((await answer).status());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalate to Cisco');
  await expect(page.getByRole('heading', { name: 'Procedure: Raise a case with Cisco' })).toBeVisible();
  await expect(page.getByRole('region', { name: /First escalate inside/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Open a ticket/ })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).not.toContainText('Provided by');
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  await expect(page.getByRole('dialog', { name: 'Report a problem with this step' })).toContainText(
    'No address for content feedback is set up here',
  );
});

test('a plain 404 for config.json is silent too', async ({ page, watch }) => {
  // The browser itself logs the failed request; the app adds nothing.
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  await serveConfig(page, 'Not found', 404);
  await page.goto(at('en'));
  await expect(page.getByRole('heading', { name: 'Procedure: Raise a case with Cisco' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /First escalate inside/ })).toHaveCount(0);
  expect(logged.filter((text) => text.includes('is ignored'))).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('nginx and the service worker serve config.json fresh like index.html; offline the last copy answers; a removed one is forgotten', async ({
    page,
    context,
    watch,
  }) => {
    test.skip(process.env.E2E_SERVER !== 'nginx', 'needs nginx');
    // A copy of the build with a config.json of its own, on its own nginx.
    const dir = mkdtempSync(join(tmpdir(), 'troubleshooter-config-'));
    cpSync('dist', dir, { recursive: true });
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ organization: { name: 'First Telecom' } }));
    const port = await freePort();
    const base = `http://127.0.0.1:${String(port)}`;
    watch.allowOrigin(base);
    const server: ChildProcess = spawn('node', ['e2e/support/nginx.mjs', String(port), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      await expect(async () => {
        expect((await page.request.get(`${base}/en`)).ok()).toBe(true);
      }).toPass();
      const answer = await page.request.get(`${base}/config.json`);
      expect(answer.status()).toBe(200);
      expect(answer.headers()['cache-control']).toBe('no-cache');
      expect(answer.headers()['content-type']).toBe('application/json');

      const footer = page.getByRole('contentinfo');
      await page.goto(`${base}/en`);
      await expect(footer).toContainText('Provided by First Telecom');
      await controlledByServiceWorker(page);
      // A new file is seen on the next load: nothing holds the old one.
      writeFileSync(file, JSON.stringify({ organization: { name: 'Second Telecom' } }));
      await page.reload();
      await expect(footer).toContainText('Provided by Second Telecom');
      // Offline, the last copy still answers.
      await context.setOffline(true);
      await page.goto(`${base}/en/diagnose/provisioning/scope?v=1`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(footer).toContainText('Provided by Second Telecom');
      // Taken away: gone online, and offline too.
      await context.setOffline(false);
      rmSync(file);
      expect((await page.request.get(`${base}/config.json`)).status()).toBe(204);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(footer).toContainText('Content version');
      await expect(footer).not.toContainText('Provided by');
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(footer).toContainText('Content version');
      await expect(footer).not.toContainText('Provided by');
      await context.setOffline(false);
    } finally {
      await context.setOffline(false);
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('offline with no copy of a config, the app runs as built and nothing fails in the console', async ({ page, context }) => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await page.goto(at('en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Escalate to Cisco');
    await expect(page.getByRole('region', { name: /First escalate inside/ })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'config.json' })).toHaveCount(0);
    await context.setOffline(false);
  });
});
