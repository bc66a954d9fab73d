/**
 * The test fixture every end-to-end test uses. It records every request the
 * page makes and every console error; a test fails if anything went to
 * another origin, or if the page logged an error (CSP violations included).
 */
import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Pages arrive as HTML built at build time and become live when the app has
 * hydrated them (`<html data-hydrated>`, see src/main.tsx): a click before
 * that would do nothing. Every navigation of a page kept live waits for it,
 * as a user waits for the page to respond; a document without the app (a
 * file, the browser's offline page) is not waited for.
 */
export function keepLive(page: Page): Page {
  const live = async () => {
    await page.waitForFunction(() => !document.getElementById('root') || document.documentElement.hasAttribute('data-hydrated'));
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const goBack = page.goBack.bind(page);
  const goForward = page.goForward.bind(page);
  return Object.assign(page, {
    goto: async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      if (args[1]?.waitUntil !== 'commit') await live();
      return response;
    },
    reload: async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await live();
      return response;
    },
    goBack: async (...args: Parameters<Page['goBack']>) => {
      const response = await goBack(...args);
      await live();
      return response;
    },
    goForward: async (...args: Parameters<Page['goForward']>) => {
      const response = await goForward(...args);
      await live();
      return response;
    },
  });
}

/** Every page of the context is kept live (see keepLive). */
export function keepContextLive(context: BrowserContext): BrowserContext {
  context.on('page', keepLive);
  for (const page of context.pages()) keepLive(page);
  return context;
}

export interface Watch {
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
  /** Console errors a test expects (e.g. a 404 it provoked on purpose). */
  allowConsole(pattern: RegExp): void;
  /** Another origin of our own that a test serves the app from. */
  allowOrigin(origin: string): void;
}

export const test = base.extend<{ watch: Watch }>({
  context: async ({ context }, provide) => {
    await provide(keepContextLive(context));
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const origins = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin]);
      const allowed: RegExp[] = [];
      const watch: Watch = {
        foreignRequests: [],
        consoleErrors: [],
        allowConsole: (pattern) => allowed.push(pattern),
        allowOrigin: (origin) => origins.add(origin),
      };
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!origins.has(new URL(url).origin)) watch.foreignRequests.push(url);
      });
      // External links are followed by nobody: block them so a stray click
      // could never leave the machine either.
      await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed.some((p) => p.test(message.text()))) watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
