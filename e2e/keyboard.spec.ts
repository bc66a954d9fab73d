import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (text: string, tag: string) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const { text, tag } = await page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      tag: document.activeElement?.tagName ?? '',
    }));
    if (matches(text, tag)) return;
  }
  throw new Error('focus never reached the element');
}

test('a whole diagnosis with the keyboard alone: focus lands on each new step, answers with Enter and Space', async ({ page }) => {
  await page.goto('/en');
  // The app renders after its language is loaded: wait for it, as a person would.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await tabTo(page, (text, tag) => tag === 'A' && text.includes('User is not provisioned'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is affected?');

  await tabTo(page, (text) => text.includes("I don't know yet"));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText("Capture a PSLog and read the provisioning bridge's answer");
  // Focus moved to the new step's heading, which screen readers announce.
  await expect(heading).toBeFocused();

  // The answers come right under the question, the steps to find the answer after them (issue 12 G).
  // Tick a box of the procedure with Space, then go back up to the answers.
  await tabTo(page, (_text, tag) => tag === 'INPUT');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('checkbox').first()).toBeChecked();
  await tabTo(page, (text, tag) => tag === 'BUTTON' && text === 'Back to the answers');
  await page.keyboard.press('Enter');
  // Focus lands on the first answer (none is chosen yet).
  await expect(page.getByRole('button', { name: 'The bridge answered 200 OK' })).toBeFocused();

  await tabTo(page, (text) => text.includes('The bridge answered 403'));
  await page.keyboard.press('Space');
  await expect(heading).toHaveText('Where was the provisioning request sent?');
  await expect(heading).toBeFocused();

  await tabTo(page, (text) => text.includes('The target is an IP address'));
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Install the missing Application Server patch');
  await expect(heading).toBeFocused();

  // Back with the keyboard, from the page's own Back button.
  await tabTo(page, (text, tag) => tag === 'BUTTON' && text === 'Back');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Where was the provisioning request sent?');
  await expect(heading).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the focus ring is visible on every kind of control (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/en/diagnose/provisioning/enterprise-settings?v=1&scope=whole-enterprise');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'none';
        const style = getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline, `focus ${String(i)}`).not.toMatch(/^none|0px$/);
    }
  });
}

test('motion is reduced when the system asks for it, and only then', async ({ page }) => {
  // Whatever moves on a page (a transition, an animation, smooth scrolling)
  // must stop for a reader who asked the system for less motion. A probe
  // element with its own motion shows whether the app's rule applies: with
  // the rule deleted, the probe keeps its 300 ms.
  const probe = async () =>
    page.evaluate(() => {
      const el = document.createElement('div');
      el.style.transition = 'opacity 300ms ease';
      el.style.animation = 'none 300ms';
      el.style.scrollBehavior = 'smooth';
      document.querySelector('main')?.append(el);
      const style = getComputedStyle(el);
      const result = {
        transition: parseFloat(style.transitionDuration) * (style.transitionDuration.endsWith('ms') ? 1 : 1000),
        animation: parseFloat(style.animationDuration) * (style.animationDuration.endsWith('ms') ? 1 : 1000),
        scroll: style.scrollBehavior,
      };
      el.remove();
      return result;
    });
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await probe()).toEqual({ transition: 300, animation: 300, scroll: 'smooth' });

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await probe();
  expect(reduced.transition).toBeLessThan(1);
  expect(reduced.animation).toBeLessThan(1);
  expect(reduced.scroll).toBe('auto');
});
