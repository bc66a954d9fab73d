/**
 * The build's server side (src/build/prerender-plugin.ts runs it in Node):
 * renders every page of the router to HTML, so a shared link paints its step
 * before any script has run, and reads and prints without JavaScript. The
 * browser then hydrates that HTML (src/main.tsx). A page is rendered from its
 * path alone: what the query string adds is applied after hydration (see
 * src/shared/hydration.ts).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, type RouteObject, StaticRouterProvider } from 'react-router';
import { forgetLoadedLocales } from '../i18n/load-locale';
import { LOCALES } from '../i18n/locales';
import { HydratedProvider } from '../shared/hydration';
import { prerenderPages } from './prerender-pages';
import { routes } from './router';

export interface RenderedPage {
  /** The URL asked for: its path is where the HTML file is served. */
  readonly url: string;
  /** The path of the page whose HTML this is (a redirect's target). */
  readonly page: string;
  readonly lang: string;
  /** The HTML of the app's root element. */
  readonly html: string;
}

/** The full path pattern of every route that renders a page, as in prerender-pages.ts. */
export function routePatterns(list: readonly RouteObject[] = routes, parent = ''): string[] {
  return list.flatMap((route) => {
    const path = route.path === undefined ? parent : joinPath(parent, route.path);
    if (route.children) return routePatterns(route.children, path);
    return [path];
  });
}

function joinPath(parent: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${parent === '/' ? '' : parent}/${path}`;
}

/** The URLs of every page to render, in every language; throws when a route is not in prerender-pages.ts. */
export function pageUrls(list: readonly RouteObject[] = routes, pagesOf: typeof prerenderPages = prerenderPages): string[] {
  const patterns = routePatterns(list);
  const unnamed = patterns.filter((pattern) => !Object.hasOwn(pagesOf, pattern));
  const stale = Object.keys(pagesOf).filter((pattern) => !patterns.includes(pattern));
  if (unnamed.length > 0 || stale.length > 0) {
    throw new Error(
      [
        ...unnamed.map((p) => `route ${p} is not in src/app/prerender-pages.ts: list its pages, or null to leave it to the browser`),
        ...stale.map((p) => `src/app/prerender-pages.ts names ${p}, which is no route of src/app/router.tsx`),
      ].join('\n'),
    );
  }
  const urls = new Set<string>();
  for (const pattern of patterns) {
    const pages = pagesOf[pattern];
    if (!pages) continue;
    for (const lang of LOCALES) for (const url of pages(lang)) urls.add(url);
  }
  return [...urls];
}

const ORIGIN = 'http://prerender.invalid';

/** Renders one page; a page that is not found or fails to render stops the build. */
export async function renderPage(url: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes);
  forgetLoadedLocales();
  let target = url;
  for (let hops = 0; hops < 3; hops += 1) {
    const context = await handler.query(new Request(new URL(target, ORIGIN)));
    if (context instanceof Response) {
      const location = context.headers.get('Location');
      if (context.status < 300 || context.status > 399 || location === null) throw new Error(`${url}: answered ${String(context.status)}`);
      target = location;
      continue;
    }
    if (context.errors) throw new Error(`${url}: ${JSON.stringify(context.errors)}`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const errors: unknown[] = [];
    const { prelude } = await prerender(
      <StrictMode>
        <HydratedProvider value={false}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </HydratedProvider>
      </StrictMode>,
      // An error React would leave to the browser still stops the build.
      { onError: (error) => void errors.push(error) },
    );
    const html = await new Response(prelude).text();
    if (errors.length > 0) throw new Error(`${url}: ${errors.map(String).join('\n')}`, { cause: errors[0] });
    const page = new URL(target, ORIGIN).pathname;
    return { url, page, lang: page.split('/')[1] ?? '', html };
  }
  throw new Error(`${url}: too many redirects`);
}
