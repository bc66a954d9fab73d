/**
 * How the service worker answers a page (a navigation), used by the Workbox
 * config in vite.config.ts.
 *
 * The worker precaches the app shell (index.html) and the assets, not the
 * ~500 pages built at build time: a first visit would download them all. A
 * page is asked of the network first (nginx answers it with its own HTML, or
 * the shell) and kept; offline, the copy kept answers, else the precached
 * shell, which renders any page in the browser (every script is precached).
 *
 * Workbox writes these functions into the generated sw.js as their source
 * text: each must stand alone, with no reference to anything outside it.
 */

/** The pages kept at once; the oldest visited go first. */
export const PAGES_KEPT = 60;

/** A page is kept by its path: its HTML is the same whatever answers its query carries. */
export function pageKey({ request }: { request: Request }): Promise<string> {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return Promise.resolve(url.href);
}

/**
 * A page kept from an earlier version names scripts this version no longer
 * has (the precache drops them when it updates): such a copy is not used,
 * and the shell answers instead.
 */
export async function pageOfThisVersion({ cachedResponse }: { cachedResponse?: Response | null }): Promise<Response | null> {
  if (!cachedResponse) return null;
  const html = await cachedResponse.clone().text();
  const script = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
  if (script === undefined) return null;
  const precached = await caches.match(script, { ignoreSearch: true });
  return precached ? cachedResponse : null;
}

/** Offline, for a page not kept: the precached shell (index.html), which renders the page in the browser. */
export async function shellWhenOffline(): Promise<Response> {
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache')) continue;
    const shell = await (await caches.open(name)).match('/index.html', { ignoreSearch: true });
    if (shell) return shell;
  }
  return Response.error();
}
