import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageKey, pageOfThisVersion, shellWhenOffline } from './sw-pages';

/** A Cache Storage holding the given caches, each a map from URL (with its query) to body. */
function fakeCaches(stores: Record<string, Record<string, string>>) {
  const origin = 'https://troubleshooter.example';
  const find = (entries: Record<string, string>, url: string, ignoreSearch: boolean) => {
    const wanted = new URL(url, origin);
    for (const [key, body] of Object.entries(entries)) {
      const have = new URL(key, origin);
      if (have.pathname === wanted.pathname && (ignoreSearch || have.search === wanted.search)) return new Response(body);
    }
    return undefined;
  };
  const open = (name: string) =>
    Promise.resolve({
      match: (url: string, options?: { ignoreSearch?: boolean }) =>
        Promise.resolve(find(stores[name] ?? {}, url, options?.ignoreSearch ?? false)),
    });
  vi.stubGlobal('caches', {
    keys: () => Promise.resolve(Object.keys(stores)),
    open,
    match: (url: string, options?: { ignoreSearch?: boolean }) =>
      Promise.resolve(
        Object.values(stores)
          .map((entries) => find(entries, url, options?.ignoreSearch ?? false))
          .find((found) => found !== undefined),
      ),
  });
}

const page = (script: string) =>
  `<!doctype html><html lang="en"><head><script type="module" crossorigin src="${script}"></script></head><body><div id="root" data-page="/en/codes"><h1>Codes</h1></div></body></html>`;

const PRECACHE = 'workbox-precache-v2-https://troubleshooter.example/';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the service worker keeps pages', () => {
  it('by path: the answers in the query string do not make another copy', async () => {
    const request = new Request('https://troubleshooter.example/en/diagnose/provisioning/scope?v=1&scope=one#top');
    expect(await pageKey({ request })).toBe('https://troubleshooter.example/en/diagnose/provisioning/scope');
  });

  it('uses a copy kept whose scripts this version has', async () => {
    fakeCaches({ [PRECACHE]: { '/assets/index-abc123.js': 'js', '/index.html?__WB_REVISION__=1': 'shell' } });
    const cachedResponse = new Response(page('/assets/index-abc123.js'));
    expect(await pageOfThisVersion({ cachedResponse })).toBe(cachedResponse);
  });

  it('passes over a copy kept from an earlier version (its scripts are gone) or with no script of the app', async () => {
    fakeCaches({ [PRECACHE]: { '/assets/index-new456.js': 'js' } });
    expect(await pageOfThisVersion({ cachedResponse: new Response(page('/assets/index-abc123.js')) })).toBeNull();
    expect(await pageOfThisVersion({ cachedResponse: new Response('<p>Bad gateway</p>') })).toBeNull();
    expect(await pageOfThisVersion({ cachedResponse: null })).toBeNull();
  });

  it('answers a page not kept with the precached shell when offline', async () => {
    fakeCaches({ pages: { '/index.html': 'a page kept' }, [PRECACHE]: { '/index.html?__WB_REVISION__=7': 'the shell' } });
    expect(await (await shellWhenOffline()).text()).toBe('the shell');
  });

  it('answers with a network error when there is no shell either', async () => {
    fakeCaches({ pages: {} });
    expect((await shellWhenOffline()).type).toBe('error');
  });
});
