import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { holdAppCode } from './support/hold-app-code';
import { pdfText } from './support/pdf-text';

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
  // Back on the page, the file and its findings are still there.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analyze logs');
  await expect(page.getByRole('list', { name: 'Log files' })).toContainText('ps.log');
  await expect(result).toContainText('line 6: HTTP/1.1 403 Forbidden');
});

test('pasted XSP lines: sign-in attempts with where each stops; personal data masked', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByLabel('Or paste log lines')
    .fill(
      `${fixture('xsp-sign-in.log').toString('utf8')}${fixture('client-bwc.log').toString('utf8')}portal error 200010 for jane@acme.example\n`,
    );
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const result = page.getByRole('region', { name: /Pasted text/ });
  const attempts = page.getByRole('region', { name: /Sign-in attempts in the XSP logs \(2 sign-in attempts\)/ });
  await expect(attempts.getByRole('listitem').filter({ hasText: 'CLIENT_def-456' }).first()).toContainText(
    'Stops at “BroadWorks user looked up (UserGetLoginInfoRequest)”, which failed.',
  );
  await expect(attempts.getByRole('listitem').filter({ hasText: 'CLIENT_abc-123' }).first()).toContainText('Complete.');
  await expect(result).toContainText('The desktop client found no "Business Communicator - PC" device profile');
  await expect(result).toContainText('line 16: portal error 200010 for ‹e-mail 1›');
  await expect(result).toContainText('Error code 200010:');
  await expect(result).not.toContainText('jane@acme.example');
  // The XSP's loopback POST to its own authentication service is no finding.
  await expect(result).not.toContainText('IP address');
  await page.getByLabel('Hide personal data in what is shown: e-mail addresses, phone numbers, names, passwords and tokens').uncheck();
  await expect(result).toContainText('jane@acme.example');
});

test('three XSP logs together: each attempt followed across them, and where a failed one leads', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Drop log files here, or choose them').setInputFiles(
    ['xsp-access.log', 'xsp-xsi-actions.log', 'xsp-authentication-service.log'].map((name) => ({
      name,
      mimeType: 'text/plain',
      buffer: fixture(name),
    })),
  );
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByRole('region', { name: /xsp-xsi-actions\.log: 49 lines, detected as XSP XsiActionsLog/ })).toBeVisible();
  const attempts = page.getByRole('region', { name: /Sign-in attempts in the XSP logs \(3 sign-in attempts\)/ });
  const jane = attempts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /CLIENT_abc-123/ }) });
  await expect(jane).toContainText('Complete.');
  await expect(jane.getByRole('listitem').filter({ hasText: 'not seen' })).toHaveCount(0);
  // A complete attempt's drawing waits until it is opened; one that stops is drawn at once.
  const drawing = 'The sign-in ladder of this attempt, as the logs show it';
  await expect(jane.getByRole('img', { name: drawing })).toHaveCount(0);
  await jane.getByText('Ladder diagram').click();
  await expect(jane.getByRole('img', { name: drawing })).toBeVisible();
  await jane.getByText('Ladder diagram').click();
  await expect(jane.getByRole('img', { name: drawing })).toBeHidden();
  const carol = attempts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /CLIENT_ghi-789/ }) });
  await expect(carol).toContainText('Stops at “Long-lived token generated”, which failed.');
  await carol.getByText(/lines from the logs/).click();
  await expect(carol).toContainText('xsp-authentication-service.log, line 10:');
  const bob = attempts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /CLIENT_def-456/ }) });
  await expect(bob).toContainText('Stops at “OCI-P authentication of the user”, which failed. The log says: “ErrorResponse”');
  await expect(bob.getByRole('img', { name: drawing })).toBeVisible();
  // The ladder shows the guide's numbers, and the failed step's reason.
  await expect(bob.getByRole('listitem').first()).toHaveText(/^✗ 2\.1 Profile request from the Webex IdP proxy.*: failed401$/);
  await bob.getByRole('link', { name: 'Open the step' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with the BroadWorks Web Access password');
});

test('a log cut off in the middle of a profile says so', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const text = fixture('pslog-profile-problems.log').toString('utf8');
  await page.getByLabel('Drop log files here, or choose them').setInputFiles({
    name: 'cut.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(text.slice(0, text.indexOf('<subscriberProfile') + 30)),
  });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByText('This file ends in the middle of a subscriberProfile')).toBeVisible();
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

test('hostile text in a log is shown as text, never run', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hostile = '<img src=x onerror="window.pwned=1"> [Error 18215] <script>window.pwned=2</script>';
  await page.getByLabel('Or paste log lines').fill(`${hostile}\n`);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByText(`line 1: ${hostile}`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('files dropped anywhere on the page are taken, and the page stays', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'errors.log', { type: 'text/plain' }));
    return transfer;
  }, fixture('as-errors.log').toString('utf8'));
  await page.dispatchEvent('h1', 'dragover', { dataTransfer });
  await page.dispatchEvent('h1', 'drop', { dataTransfer });
  await expect(page.getByRole('list', { name: 'Log files' })).toContainText('errors.log');
  await expect(page).toHaveURL(/\/en\/analyze$/);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByRole('region', { name: /errors\.log: .*Application Server error messages/ })).toContainText('(18215)');
});

test('a big log shows its progress and can be cancelled; the page stays responsive', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // About 400 MB, made in the page: long enough to be caught in the middle.
  const dataTransfer = await page.evaluateHandle(() => {
    const line = '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678 from 10.1.2.3:5060\n';
    const block = line.repeat(40_000);
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(
        Array.from({ length: 100 }, () => block),
        'big.log',
        { type: 'text/plain' },
      ),
    );
    return transfer;
  });
  await page.dispatchEvent('h1', 'drop', { dataTransfer });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  // The page answers while the worker reads: the mask box still toggles.
  await page.getByLabel('Hide personal data in what is shown: e-mail addresses, phone numbers, names, passwords and tokens').uncheck();
  await expect(
    page.getByLabel('Hide personal data in what is shown: e-mail addresses, phone numbers, names, passwords and tokens'),
  ).not.toBeChecked();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Analysis cancelled.');
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('region', { name: /big\.log/ })).toHaveCount(0);
});

test('many sign-in attempts: the failed ones first, fifty at a time', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Sixty users ask for a token (5.2); one of them is refused one (5.4).
  const lines = Array.from({ length: 60 }, (_, i) => [
    `2026-11-20 12:00:01,000 INFO  [https-jsse-nio-8443-exec-2] RequestLogger - GET /authService/token http_bw_userid: u${String(i)}@acme.example trackingid: CLIENT_n-${String(i)}`,
    `2026-11-20 12:00:01,050 INFO  [https-jsse-nio-8443-exec-2] LongLivedTokenManager - ${i === 57 ? 'Token not generated, reason: certificate not trusted' : 'Token generated, StatusCode=200'} trackingid: CLIENT_n-${String(i)}`,
  ]).flat();
  await page.getByLabel('Or paste log lines').fill(`${lines.join('\n')}\n`);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const attempts = page.getByRole('region', { name: /60 sign-in attempts/ });
  await expect(attempts.getByRole('heading', { level: 3 })).toHaveCount(50);
  // Each attempt names its user (masked by default).
  await expect(attempts.getByRole('heading', { level: 3 }).first()).toHaveText(/^Tracking ID: CLIENT_n-57 · User: ‹e-mail \d+›$/);
  await attempts.getByRole('button', { name: 'Show 10 more (10 not shown yet)' }).click();
  await expect(attempts.getByRole('heading', { level: 3 })).toHaveCount(60);
  await expect(attempts.getByRole('button', { name: /Show .* more/ })).toHaveCount(0);
});

test('"Copy the findings" gives a text report for a support case, masked as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByLabel('Drop log files here, or choose them')
    .setInputFiles(['xsp-access.log', 'pslog-403-ip.log'].map((name) => ({ name, mimeType: 'text/plain', buffer: fixture(name) })));
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await page.getByRole('button', { name: 'Copy the findings' }).click();
  await expect(page.getByRole('status')).toHaveText('Findings copied, masked as shown on the page.');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('The provisioning bridge refused the request (403).');
  expect(report).toContain('pslog-403-ip.log, line 6: HTTP/1.1 403 Forbidden');
  expect(report).toContain('Tracking ID: CLIENT_def-456.');
  expect(report).toContain('xsp-access.log, line 2:');
  expect(report).not.toMatch(/bob%40acme|bob@acme/);
});

test('bytes that are not UTF-8, far into a file, get a clear message and the rest is still read', async ({ page }) => {
  await page.goto('/en/analyze');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const filler = Buffer.from('2026.11.20 09:31:02:114 CET | Info | CallP | nothing to see\n'.repeat(3000));
  const buffer = Buffer.concat([filler, Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('[Error 18215] at the end\n')]);
  await page.getByLabel('Drop log files here, or choose them').setInputFiles({ name: 'mixed.log', mimeType: 'text/plain', buffer });
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  const result = page.getByRole('region', { name: /mixed\.log/ });
  await expect(result).toContainText('Parts of this file are not valid UTF-8 text');
  await expect(result).toContainText('line 3002: [Error 18215] at the end');
});

const DAY = ['access_log.txt', 'XsiActionsLog.txt', 'authenticationService.log'];
const dropDay = async (page: import('@playwright/test').Page, locale: string) => {
  await page.goto(`/${locale}/analyze`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .locator('input[type=file]')
    .setInputFiles(DAY.map((name) => ({ name, mimeType: 'text/plain', buffer: fixture(`xsp-day/${name}`) })));
  await page.locator('button.btn-primary').first().click();
};

test('a day of XSP logs: sign-ins apart from signed-in clients, the id that failed, the missing desktop device', async ({ page }) => {
  await dropDay(page, 'en');
  const attempts = page.getByRole('region', { name: /Sign-in attempts in the XSP logs \(4 sign-in attempts\)/ });
  await expect(attempts).toBeVisible();
  // Clients that were already signed in are not attempts, and are folded away.
  const signedIn = attempts.getByText('Signed-in clients (3 tracking IDs)');
  await expect(signedIn).toBeVisible();
  await expect(attempts.getByText(/CLIENT_jane-2/)).toBeHidden();
  await signedIn.click();
  await expect(attempts.getByText(/CLIENT_jane-2/)).toBeVisible();
  await expect(attempts.getByRole('heading', { name: /CLIENT_jane-2|CLIENT_erin-7|CLIENT_frank-3/ })).toHaveCount(0);

  const card = (id: string) => attempts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(id) }) });
  // Carol: the user look-up failed; the id sent is named, masked by default.
  const carol = card('CLIENT_carol-1');
  await expect(carol).toContainText('Stops at “BroadWorks user looked up (UserGetLoginInfoRequest)”, which failed.');
  await expect(carol).toContainText('The log says: “[Error 4008] User not found: ‹e-mail');
  await expect(carol).toContainText(
    /BroadWorks did not confirm that the user ID the token request sent, ‹e-mail \d›, belongs to a BroadWorks user\./,
  );
  // The ladder diagram: one arrow per step, and its text equivalent.
  const ladder = carol.getByRole('img', { name: 'The sign-in ladder of this attempt, as the logs show it' });
  await expect(ladder).toBeVisible();
  await expect(ladder).toHaveAccessibleDescription(
    /5\.2 Token request to the authentication service, Webex IdP proxy → XSP authService: seen; 5\.3 BroadWorks user looked up \(UserGetLoginInfoRequest\), XSP authService → Application Server \(OCI-P\): failed \(\[Error 4008\] User not found: ‹e-mail \d›\); 5\.4 .*: failed \(user not found\); 6 Device profile requested with the token, Webex app → XSP Xsi-Actions: not seen;/,
  );
  await expect(ladder.locator('g.ladder-step.ladder-failed')).toHaveCount(2);
  await expect(ladder.locator('g.ladder-step')).toHaveCount(10);
  await page.getByLabel(/Hide personal data in what is shown/).uncheck();
  await expect(carol).toContainText(
    'BroadWorks did not confirm that the user ID the token request sent, carol@acme.example, belongs to a BroadWorks user.',
  );
  await expect(carol).toContainText('The profile step returned the BroadWorks user ID carol_bw@acme.example: compare the two.');
  // Dan: signed in, but his desktop client has no device to use.
  const dan = card('CLIENT_dan-1');
  await expect(dan).toContainText('The device list of this desktop client holds no “Business Communicator - PC” device.');
  // The access_log's statuses show in the steps they answer.
  await expect(dan).toContainText('HTTP 200 in the access_log');
  await expect(card('CLIENT_bob-1')).toContainText('HTTP 401 in the access_log');
  // The button says where it goes.
  await dan.getByRole('link', { name: /^Open the step “Provision the device profile the client is missing” \(/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provision the device profile the client is missing');
});

for (const [locale, heading, lacks] of [
  ['ro', /Clienți deja conectați \(3 ID-uri de urmărire\)/, 'nu conține niciun dispozitiv „Business Communicator - PC”'],
  ['nl', /Al aangemelde clients \(3 tracking-ID's\)/, 'bevat geen apparaat ‘Business Communicator - PC’'],
] as const) {
  test(`a day of XSP logs, in ${locale}`, async ({ page }) => {
    await dropDay(page, locale);
    await expect(page.getByText(heading)).toBeVisible();
    await expect(page.getByText(lacks)).toBeVisible();
  });
}

test('the procedure for XSP logs draws the reference ladder, on screen and on paper', async ({ page }) => {
  await page.goto('/ro/procedures/analyze-xsp-sign-in-logs');
  const ladder = page.getByRole('img', { name: 'Pașii de conectare XSP din ghid, unul câte unul' });
  await expect(ladder).toBeVisible();
  await expect(ladder.locator('g.ladder-step')).toHaveCount(10);
  await expect(ladder.locator('g.ladder-step.ladder-reference')).toHaveCount(10);
  await expect(ladder).toHaveAccessibleDescription(
    /^2\.1 Cererea de profil de la proxy-ul IdP Webex.*, Proxy-ul IdP Webex → XSP Xsi-Actions; /,
  );
  await page.emulateMedia({ media: 'print' });
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n');
  for (const label of ['5.3 UserGetLoginInfoRequest', '5.4 LongLivedTokenManager', 'XSP authService', 'Aplicația Webex'])
    expect(printed.replace(/\s+/g, ' ')).toContain(label);
});

test('files chosen and lines pasted before the app was ready are analyzed, not lost', async ({ page }) => {
  // The app's code waits until the engineer has chosen a file and pasted lines into the built page.
  const release = await holdAppCode(page);
  await page.goto('/en/analyze', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analyze logs');
  await page
    .getByLabel('Drop log files here, or choose them')
    .setInputFiles({ name: 'ps.log', mimeType: 'text/plain', buffer: fixture('pslog-403-ip.log') });
  await page.getByLabel('Or paste log lines').fill('portal error 200010 for jane@acme.example\n');
  await page.getByLabel(/Hide personal data/).uncheck();
  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  await expect(page.getByRole('list', { name: 'Log files' })).toContainText('ps.log');
  await expect(page.getByLabel('Or paste log lines')).toHaveValue('portal error 200010 for jane@acme.example\n');
  await expect(page.getByLabel(/Hide personal data/)).not.toBeChecked();
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByRole('region', { name: /ps\.log: 6 lines, detected as Application Server PSLog/ })).toBeVisible();
  // Unmasked, as the engineer chose before the app was ready; the pasted lines analyzed too.
  await expect(page.getByRole('region', { name: /ps\.log/ })).toContainText('jane.doe@acme.example');
  await expect(page.getByRole('region', { name: /Pasted text: 1 line/ })).toBeVisible();
});
