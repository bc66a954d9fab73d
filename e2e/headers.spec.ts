import { expect, test } from './support/fixtures';

// These checks are about the shipped deploy/nginx.conf; under the vite
// preview fallback only the security headers are the same.
const nginx = process.env.E2E_SERVER === 'nginx';

test('every response carries the security headers; the CSP is strict', async ({ request }) => {
  for (const path of ['/', '/en/diagnose/provisioning/scope?v=1', '/favicon.svg']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
});

test('nginx: history fallback, caching and compression', async ({ page, request }) => {
  test.skip(!nginx, 'only with nginx');
  // A step's link is answered with the step's own HTML, built at build time,
  // whatever its answers; a path that is no built page gets the app shell.
  const deep = await request.get('/ro/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409');
  expect(deep.status()).toBe(200);
  expect(deep.headers()['cache-control']).toBe('no-cache');
  const html = await deep.text();
  expect(html).toContain('<html lang="ro">');
  expect(html).toContain('<div id="root" data-page="/ro/diagnose/provisioning/user-in-ci">');
  expect(html).toMatch(/<h1 [^>]*>În Webex există deja un utilizator cu această adresă de e-mail<\/h1>/);
  // A diagnosis's own address has the HTML of its first step, where the app takes it.
  expect(await (await request.get('/ro/diagnose/provisioning')).text()).toContain('data-page="/ro/diagnose/provisioning/scope"');
  for (const shell of ['/ro/no-such-page', '/xx/diagnose/provisioning/user-in-ci', '/']) {
    const response = await request.get(shell);
    expect(response.status(), shell).toBe(200);
    expect(response.headers()['cache-control'], shell).toBe('no-cache');
    expect(await response.text(), shell).toContain('<div id="root"></div>');
  }

  const assets: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/assets/')) assets.push(response.url());
  });
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(assets.length).toBeGreaterThan(1);
  const asset = await request.get(assets[0] ?? '', { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect((await request.get('/assets/no-such-file.js')).status()).toBe(404);
});
