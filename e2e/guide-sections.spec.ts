import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { linksTo, meta, readFlow } from './support/flow-links';
import { expect, test } from './support/fixtures';

// Every step names the sections of the guide it follows, so an engineer can
// read the original. Each step of every diagnosis is opened by its link and
// its list is compared with the flow file, in English, with one step in
// Romanian and Dutch.
const sectionTitles = (locale: string) =>
  (parse(readFileSync(`content/text/${locale}/guide.yaml`, 'utf8')) as { sections: Record<string, string> }).sections;

const STEPS_PER_TEST = 6;

for (const flowId of meta.flows) {
  const flow = readFlow(flowId);
  const links = linksTo(flow);
  test.describe(`each step of ${flowId} lists the guide sections it follows`, () => {
    test('every step can be reached, so every step is checked', () => {
      expect([...links.keys()].sort()).toEqual(Object.keys(flow.nodes).sort());
    });
    // A few steps per test, opened one after another in the same page: a
    // fresh browser context per step cost more than the checks themselves.
    const steps = [...links];
    for (let from = 0; from < steps.length; from += STEPS_PER_TEST) {
      const group = steps.slice(from, from + STEPS_PER_TEST);
      test(group.map(([nodeId]) => nodeId).join(', '), async ({ page }) => {
        const titles = sectionTitles('en');
        for (const [nodeId, link] of group) {
          await page.goto(`/en${link}`);
          await expect(page).toHaveURL((url) => url.pathname === `/en/diagnose/${flowId}/${nodeId}`);
          const list = page.getByRole('region', { name: 'Guide sections' }).getByRole('listitem');
          const expected = (flow.nodes[nodeId]?.sources ?? []).map((id) => titles[id] ?? `missing title for ${id}`);
          expect(expected.length, `${nodeId} has sources`).toBeGreaterThan(0);
          await expect(list, nodeId).toHaveText(expected);
        }
      });
    }
  });
}

for (const [locale, heading] of [
  ['ro', 'Secțiuni din ghid'],
  ['nl', 'Secties van de handleiding'],
] as const) {
  test(`the guide sections are named in ${locale}`, async ({ page }) => {
    const flow = readFlow('provisioning');
    const titles = sectionTitles(locale);
    await page.goto(`/${locale}/diagnose/provisioning/${flow.start}?v=${String(meta.contentVersion)}`);
    const list = page.getByRole('region', { name: heading }).getByRole('listitem');
    await expect(list).toHaveText((flow.nodes[flow.start]?.sources ?? []).map((id) => titles[id] ?? id));
  });
}
