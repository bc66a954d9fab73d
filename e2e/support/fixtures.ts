/**
 * The test fixture every end-to-end test uses. It records every request the
 * page makes and every console error; a test fails if anything went to
 * another origin, or if the page logged an error (CSP violations included).
 */
import { test as base, expect } from '@playwright/test';

export interface Watch {
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
  /** Console errors a test expects (e.g. a 404 it provoked on purpose). */
  allowConsole(pattern: RegExp): void;
  /** Another origin of our own that a test serves the app from. */
  allowOrigin(origin: string): void;
}

export const test = base.extend<{ watch: Watch }>({
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
