import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

// A sample of paths through every diagnosis, walked by clicking as a person
// would: always the first answer, always the last, and a zig-zag between.
// (Every path is generated and checked from the machine in the unit tests.)
const flows = (parse(readFileSync('content/meta.yaml', 'utf8')) as { flows: string[] }).flows;
const strategies = {
  first: () => 0,
  last: (_step: number, count: number) => count - 1,
  zigzag: (step: number, count: number) => (step % 2 === 0 ? count - 1 : 0),
} as const;

for (const flowId of flows) {
  for (const [name, choose] of Object.entries(strategies)) {
    test(`walk ${flowId} (${name} answers) to a confirmed fix or an escalation`, async ({ page }) => {
      await page.goto(`/en/diagnose/${flowId}`);
      // A fix asks "Did this fix it?" with two more answer buttons: "yes" ends
      // the walk there as resolved, "no" goes on to the next cause.
      const resolved = page.getByRole('status').filter({ hasText: 'Resolved: the user confirmed' });
      for (let step = 0; step < 60; step += 1) {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const answers = page.locator('button.answer');
        const count = await answers.count();
        if (count === 0) break;
        const before = page.url();
        await answers.nth(choose(step, count)).click();
        await expect(page).not.toHaveURL(before);
        if (await resolved.isVisible()) break;
      }
      const kind = (await page.locator('.kind-badge').textContent()) ?? '';
      expect(kind).toMatch(/Fix|Escalation/);
      if (kind.includes('Fix')) {
        await expect(resolved).toBeVisible();
        await expect(page.getByRole('button', { name: 'Yes, it is fixed' })).toHaveAttribute('aria-pressed', 'true');
      } else {
        await expect(page.locator('button.answer')).toHaveCount(0);
        await expect(page.getByText(/The diagnosis ends here/)).toBeVisible();
      }
    });
  }
}
