import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

interface CodesFile {
  codes: { code: string; family: string }[];
}
interface ProceduresFile {
  procedures: { id: string }[];
}
const codes = (parse(readFileSync('content/codes.yaml', 'utf8')) as CodesFile).codes;
const procedures = (parse(readFileSync('content/procedures.yaml', 'utf8')) as ProceduresFile).procedures;

test('every error code is two clicks from the home page', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('main').getByRole('link', { name: 'Error codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error codes');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(codes.length + 2);
  for (const { code } of codes)
    // Each row's own link (a description may link a related code too).
    await expect(page.locator(`#code-${code}`).getByRole('link', { name: code, exact: true }).first()).toHaveAttribute(
      'href',
      `/en/codes/${code}`,
    );
  await page.locator('#code-200010').getByRole('link', { name: '200010', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 200010');
  await expect(page.getByRole('heading', { name: 'Suggested action' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Steps that deal with this code' })).toBeVisible();
});

test('every procedure is one click from the home page', async ({ page }) => {
  await page.goto('/en');
  const list = page.getByRole('region', { name: 'Procedures' });
  await expect(list.getByRole('link')).toHaveCount(procedures.length);
  for (const { id } of procedures) await expect(list.locator(`a[href="/en/procedures/${id}"]`)).toHaveCount(1);
});

test('the log files page gives client paths per platform', async ({ page }) => {
  await page.goto('/en/logs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Useful log files');
  await expect(page.getByText('\\Users\\{username}\\AppData\\Local\\CiscoSpark\\current_log.txt', { exact: true })).toBeVisible();
  await expect(page.getByText('/Users/{username}/Library/Logs/SparkMacDesktop/bwc/current_log', { exact: true })).toBeVisible();
});

interface ArticlesFile {
  articles: { id: string }[];
}
const articles = (parse(readFileSync('content/articles.yaml', 'utf8')) as ArticlesFile).articles;
// Error codes, log files and the reading list, then every article.
const referenceLinks = 3 + articles.length;

test('the home page lists every reference page', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('region', { name: 'References' }).getByRole('link')).toHaveCount(referenceLinks);
  for (const { id } of articles)
    await expect(page.getByRole('region', { name: 'References' }).locator(`a[href="/en/about/${id}"]`)).toHaveCount(1);
});

// One test per link: each stays short on a slow machine, and a failure names its page.
for (let i = 0; i < referenceLinks; i += 1)
  test(`reference page ${String(i + 1)} of ${String(referenceLinks)} opens from the home page and comes back`, async ({ page }) => {
    await page.goto('/en');
    const link = page.getByRole('region', { name: 'References' }).getByRole('link').nth(i);
    const href = (await link.getAttribute('href')) ?? 'missing';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page cannot be shown');
    await page.goBack();
    await expect(page.getByRole('region', { name: 'References' })).toBeVisible();
  });

test('the about page names the guide version it is built from', async ({ page }) => {
  await page.goto('/en/about/about');
  await expect(page.getByRole('main')).toContainText('1.19');
});

interface FlowFile {
  id: string;
  nodes: Record<string, { codes?: string[] }>;
}
interface CodeTexts {
  codes: Record<string, { meaning: string; action?: string }>;
}
const flowFiles = readdirSync('content/flows').map((f) => parse(readFileSync(`content/flows/${f}`, 'utf8')) as FlowFile);
const codeTexts = (parse(readFileSync('content/text/en/codes.yaml', 'utf8')) as CodeTexts).codes;
/** What the reader sees of a text written with inline `code` marks. */
const shown = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
const visible = (text: string | null) =>
  (text ?? '')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The steps that list a code, from the flow files themselves. */
function stepsListing(code: string): string[] {
  return flowFiles.flatMap((flow) =>
    Object.entries(flow.nodes)
      .filter(([, node]) => (node.codes ?? []).includes(code))
      .map(([nodeId]) => `/en/diagnose/${flow.id}/${nodeId}`),
  );
}

test.describe('every code page gives its meaning and action, and links to each step that lists the code', () => {
  for (const { code } of codes) {
    test(`code ${code}`, async ({ page }) => {
      await page.goto(`/en/codes/${code}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Error code ${code}`);
      const texts = codeTexts[code];
      expect(texts, `text for ${code}`).toBeDefined();
      const meaning = page.getByRole('region', { name: 'Meaning' });
      expect(visible(await meaning.textContent())).toBe(`Meaning${shown(texts?.meaning ?? '')}`);
      const action = page.getByRole('region', { name: 'Suggested action' });
      if (texts?.action === undefined) await expect(action).toHaveCount(0);
      else expect(visible(await action.textContent())).toBe(`Suggested action${shown(texts.action)}`);
      const expected = stepsListing(code);
      const related = page.getByRole('region', { name: 'Steps that deal with this code' });
      if (expected.length === 0) {
        await expect(related).toHaveCount(0);
        return;
      }
      const hrefs = await related.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.map((h) => h.split('?')[0]).sort()).toEqual([...expected].sort());
      // The link opens the step itself (its answers lead there), and the
      // step lists the code, linked back to this page.
      await related.getByRole('link').first().click();
      await expect(page).toHaveURL((url) => url.pathname === hrefs[0]?.split('?')[0]);
      const list = page.getByRole('region', { name: 'Error codes' });
      await expect(list.getByRole('link', { name: code, exact: true })).toHaveAttribute('href', `/en/codes/${code}`);
    });
  }
});

test('a code listed in a step opens its page, and the page leads back to the step', async ({ page }) => {
  await page.goto('/en/diagnose/sign-in/symptom?v=1');
  await page.getByRole('button', { name: /error code/i }).click();
  await expect(page).toHaveURL(/\/en\/diagnose\/sign-in\/end-user-code\?/);
  const stepUrl = page.url();
  await page.getByRole('region', { name: 'Error codes' }).getByRole('link', { name: '100006', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/codes\/100006$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error code 100006');
  await page.getByRole('region', { name: 'Steps that deal with this code' }).getByRole('link').first().click();
  expect(page.url().split('?')[0]).toBe(stepUrl.split('?')[0]);
  await expect(page.getByRole('region', { name: 'Error codes' }).getByRole('link', { name: '100006', exact: true })).toBeVisible();
});
