import { linksTo, meta, readFlow } from './support/flow-links';
import { expect, test } from './support/fixtures';

// Issue 12 G: on a step that embeds a procedure, the question's answers
// used to sit some 2,000 px below it. Now they come right under the
// question (a fix: "Did this fix it?" right after its own short steps), and
// the procedure follows. Every such step of every diagnosis is opened by its
// link, in each language, on a desktop and on a 320 px wide phone; the first
// answer must be within the first screenful, without scrolling.
/** Every step that embeds a procedure and asks something: a question, a procedure with answers, a fix. */
const steps = meta.flows.flatMap((flowId) => {
  const flow = readFlow(flowId);
  const links = linksTo(flow);
  return Object.entries(flow.nodes)
    .filter(([, node]) => (node.procedures ?? []).length > 0 && node.kind !== 'escalation')
    .map(([nodeId]) => ({ flowId, nodeId, link: links.get(nodeId) ?? '' }));
});

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 320, height: 720 },
] as const;

test('the list of steps that embed a procedure is not empty', () => {
  expect(steps.length).toBeGreaterThan(10);
  expect(steps.every((step) => step.link !== '')).toBe(true);
});

for (const locale of ['en', 'ro', 'nl'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`${locale}, ${String(viewport.width)}×${String(viewport.height)}: the first answer of every step that embeds a procedure is in the first screenful`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      const report: string[] = [];
      for (const step of steps) {
        await page.goto(`/${locale}${step.link}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The embedded procedure is there, and after the answers.
        const procedure = page.locator('section[aria-labelledby^="procedure-"]').first();
        await expect(procedure).toBeVisible();
        // The first answer: a button, or on a step where several findings can be ticked, the first box.
        const answer = page.locator('button.answer, label.answer').first();
        await expect(answer).toBeVisible();
        const box = await answer.boundingBox();
        const procedureBox = await procedure.boundingBox();
        const scrolled = await page.evaluate(() => window.scrollY);
        const bottom = (box?.y ?? Infinity) + (box?.height ?? 0);
        report.push(`${step.flowId}/${step.nodeId}: first answer ends at ${String(Math.round(bottom))} px`);
        expect(scrolled, `${step.flowId}/${step.nodeId} opened scrolled`).toBe(0);
        expect
          .soft(bottom, `${step.flowId}/${step.nodeId}: first answer ends at ${String(bottom)} px`)
          .toBeLessThanOrEqual(viewport.height);
        expect.soft(box?.y ?? 0, `${step.flowId}/${step.nodeId}: the answer comes before the procedure`).toBeLessThan(procedureBox?.y ?? 0);
      }
      console.log(`${locale} ${String(viewport.width)}: ${report.join('; ')}`);
    });
  }
}
