import type { Page } from '@playwright/test';

/**
 * Holds back the app's main script: the built page shows, and the reader can
 * scroll, type or choose files in it before the app is ready. Returns what
 * lets the script through.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
