import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText } from './support/pdf-text';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STEP = '/{lang}/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403';
const MAP = '/en/diagnose/provisioning/request-target/map?v=1&scope=not-sure&pslog-capture=status-403';

const words = {
  en: { whereAmI: 'Where am I?', heading: /^Map: /, here: 'You are here', outline: 'The diagnosis as a list' },
  ro: { whereAmI: 'Unde mă aflu?', heading: /^Hartă: /, here: 'Sunteți aici', outline: 'Diagnosticul sub formă de listă' },
  nl: { whereAmI: 'Waar ben ik?', heading: /^Kaart: /, here: 'U bent hier', outline: 'De diagnose als lijst' },
} as const;

const drawing = (page: Page) => page.locator('svg.flow-map');
const outline = (page: Page) => page.locator('.map-outline');
const ids = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-node') ?? element.getAttribute('data-edge') ?? ''));

for (const lang of ['en', 'ro', 'nl'] as const) {
  test(`"Where am I?" opens the map with the path taken and the current step highlighted (${lang})`, async ({ page }) => {
    // axe reads every element of a large drawing and list.
    test.slow();
    await page.goto(STEP.replace('{lang}', lang));
    const stepTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('link', { name: words[lang].whereAmI }).click();

    await expect(page).toHaveURL(`/${lang}/diagnose/provisioning/request-target/map?v=1&scope=not-sure&pslog-capture=status-403`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[lang].heading);
    // The drawing, in the language, with the path and the current step.
    const current = drawing(page).locator('.map-node.is-current');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('data-node', 'request-target');
    expect((await current.textContent())?.replace(/\s+/g, '')).toContain(stepTitle.replace(/\s+/g, ''));
    await expect(current).toContainText(words[lang].here);
    expect(await ids(page, 'svg.flow-map .map-node.on-path')).toEqual(['scope', 'pslog-capture', 'request-target']);
    expect(await ids(page, 'svg.flow-map .map-edge.on-path')).toEqual([
      'scope.not-sure>pslog-capture',
      'pslog-capture.status-403>request-target',
    ]);
    // The current step is scrolled into view inside the drawing.
    await expect(current).toBeInViewport();

    // The outline has the same steps, and says where the engineer is.
    await expect(page.getByRole('heading', { level: 2, name: words[lang].outline })).toBeVisible();
    const inDrawing = new Set(await ids(page, 'svg.flow-map [data-node]'));
    const inOutline = new Set(await ids(page, '.map-outline [data-node]'));
    expect([...inOutline].sort()).toEqual([...inDrawing].sort());
    expect(inDrawing.size).toBe(25);
    const here = outline(page).locator('[aria-current="step"]');
    await expect(here).toHaveText(stepTitle);
    await expect(here).toHaveAttribute('data-node', 'request-target');

    // Presentation attributes and classes only: nothing the strict CSP would refuse.
    await expect(drawing(page).locator('[style]')).toHaveCount(0);
    expect(await drawing(page).getAttribute('style')).toBeNull();

    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a node of the drawing opens its step with the answers that reach it', async ({ page }) => {
  await page.goto(MAP);
  // On the path: the case's own answers.
  await drawing(page).locator('[data-node="pslog-capture"]').click();
  await expect(page).toHaveURL('/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure&pslog-capture=status-403');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  await expect(page.getByRole('region', { name: 'Your answer' }).getByRole('button', { pressed: true })).toHaveText(
    /The bridge answered 403/,
  );

  // Off the path: the answers of a shortest path from the start.
  await page.goto(MAP);
  await drawing(page).locator('[data-node="user-in-ci"]').click();
  await expect(page).toHaveURL('/en/diagnose/provisioning/user-in-ci?v=1&scope=not-sure&pslog-capture=status-409');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A user with this e-mail address already exists in Webex');
  await expect(page.getByRole('complementary')).toContainText('The bridge answered 409');
});

test('the outline opens the same steps from the keyboard', async ({ page }) => {
  await page.goto(MAP);
  const link = outline(page).getByRole('link', { name: 'Install the missing Application Server patch' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    '/en/diagnose/provisioning/apply-patch?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Install the missing Application Server patch');
});

test('a hand-over on the map opens the other diagnosis where the answer hands over', async ({ page }) => {
  await page.goto('/en/diagnose/webview/check-calling?v=1&symptom=external-browser');
  await page.getByRole('link', { name: 'Where am I?' }).click();
  const node = drawing(page).locator('[data-node="calling/check-client"]');
  await expect(node).toHaveClass(/map-handover/);
  expect((await node.textContent())?.replace(/\s+/g, '')).toContain('Webexappdoesnotregisterforcalling');
  await node.click();
  await expect(page).toHaveURL(
    '/en/diagnose/calling/check-client?v=1&from=webview%7Esymptom.external-browser%7Echeck-calling.not-registered%7Efix-calling.open-calling',
  );
  await expect(page.getByRole('complementary')).toContainText(
    'Handed over from: Self-care (call settings webview) link missing or not working',
  );
});

test('at 320 px the page does not scroll sideways: the drawing pans inside its own frame', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(MAP);
  await expect(drawing(page).locator('.map-node.is-current')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const frame = page.getByRole('region', { name: /Drawing of the diagnosis/ });
  const size = await frame.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, left: element.scrollLeft }));
  expect(size.scroll).toBeGreaterThan(size.client);
  // Opened at the current step, not at the drawing's left edge.
  expect(size.left).toBeGreaterThan(0);
  await frame.scrollIntoViewIfNeeded();
  await expect(drawing(page).locator('.map-node.is-current')).toBeInViewport();
  // The keyboard pans it too.
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(size.left);
  // Zooming out shows more of it, still inside the frame.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByText('Zoom: 80 %')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the map has no accessibility violation in the dark theme either', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(MAP);
  await expect(drawing(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the map prints on ${format}: the whole drawing on the first page, then the list`, async ({ page }) => {
    await page.goto(MAP);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print map' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    // Scaled to the page: nothing of the drawing is cut off at the side.
    const fits = await drawing(page).evaluate((svg) => svg.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);

    const pdf = await page.pdf({ format });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const first = (pages[0] ?? '').replace(/\s+/g, ' ');
    expect(first).toContain('Map: User is not provisioned');
    // The drawing's own text is on the first page: it is printed as text, not as a picture.
    expect(first).toContain('You are here');
    const rest = pages.slice(1).join('\n').replace(/\s+/g, ' ');
    expect(rest).toContain('The diagnosis as a list');
    expect(rest).toContain('Where was the provisioning request sent?');
    for (const control of ['Print map', 'Zoom in', 'Back to the step']) expect(pages.join('\n')).not.toContain(control);
  });
}

test('the map and its drawing code load with the map page only, and only the diagnosis and language shown', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(STEP.replace('{lang}', 'ro'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.filter((path) => /\/assets\/map-/.test(path))).toEqual([]);
  await page.getByRole('link', { name: words.ro.whereAmI }).click();
  await expect(drawing(page)).toBeVisible();
  const maps = scripts.filter((path) => /\/assets\/map-/.test(path)).map((path) => path.replace(/-[\w-]{8}\.js$/, ''));
  expect(maps.sort()).toEqual(['/assets/map-ro-provisioning', '/assets/map-route']);
});

test('a cold link to a map is answered by the app shell (no page of its own) and drawn in the browser', async ({ page }) => {
  // Maps are not built at build time (src/app/prerender-pages.ts): nginx's history fallback answers with index.html.
  const response = await page.goto(MAP);
  expect(response?.status()).toBe(200);
  await expect(page.locator('#root')).not.toHaveAttribute('data-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.heading);
  await expect(drawing(page).locator('.map-node.is-current')).toHaveAttribute('data-node', 'request-target');
  await expect(outline(page)).toContainText('Install the missing Application Server patch');
});
