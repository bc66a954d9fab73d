import { createBrowserRouter, data, type LoaderFunctionArgs, redirect, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { SearchBox } from '../features/search/search-box';
import { addSearchIdentifierToCase } from './search-actions';
import type { I18n } from '../i18n/i18n-context';
import { loadLocaleWithFlow } from '../i18n/load-locale';
import { isLocale } from '../i18n/locales';
import { FROM_PARAM, paths, routePatterns } from '../shared/paths';
import { AppLayout } from './app-layout';
import { preferredLocale } from './preferred-locale';
import { PageError, StandaloneError } from './route-error';

function langLoader({ params, request }: LoaderFunctionArgs): Promise<I18n> {
  const lang = params.lang;
  if (!isLocale(lang)) throw data({ kind: 'unknown-language', lang: lang ?? '' }, { status: 404 });
  // A diagnosis's full step text comes with the page that shows it.
  const url = new URL(request.url);
  const flowId = /^\/[^/]+\/diagnose\/([^/]+)\/[^/]+/.exec(url.pathname)?.[1];
  // A diagnosis entered by a hand-over shows the other one's answers too.
  const originFlow = /^([a-z0-9-]+)~/.exec(url.searchParams.get(FROM_PARAM) ?? '')?.[1];
  return loadLocaleWithFlow(lang, flowId === undefined ? undefined : decodeURIComponent(flowId), originFlow);
}

function notFoundLoader(): never {
  throw data({ kind: 'not-found' }, { status: 404 });
}

/**
 * Every route of the app. The build renders each page of them to HTML
 * (src/app/prerender.tsx, with the list of pages in src/app/prerender-pages.ts);
 * the browser hydrates it.
 */
export const routes: RouteObject[] = [
  { path: routePatterns.root, loader: () => redirect(paths.home(preferredLocale())) },
  {
    id: 'lang',
    path: routePatterns.home,
    loader: langLoader,
    element: <AppLayout />,
    errorElement: <StandaloneError />,
    hydrateFallbackElement: <p className="p-8">…</p>,
    children: [
      {
        errorElement: <PageError />,
        children: [
          { index: true, element: <HomePage search={<SearchBox large addToCase={addSearchIdentifierToCase} />} /> },
          // Every page but the home page is code of its own, loaded with the
          // page: the first page stays small.
          {
            path: 'reading-list',
            lazy: () => import('../features/reading-list/reading-list-page').then((m) => ({ Component: m.ReadingListPage })),
          },
          { path: 'codes', lazy: () => import('../features/reference/codes-page').then((m) => ({ Component: m.CodesPage })) },
          {
            path: 'codes/:code',
            lazy: () => import('../features/reference/code-page').then((m) => ({ loader: m.codeLoader, Component: m.CodePage })),
          },
          { path: 'logs', lazy: () => import('../features/reference/logs-page').then((m) => ({ Component: m.LogsPage })) },
          { path: 'analyze', lazy: () => import('../features/logs/analyze-page').then((m) => ({ Component: m.AnalyzePage })) },
          {
            path: 'about/:articleId',
            lazy: () => import('../features/reference/article-page').then((m) => ({ loader: m.articleLoader, Component: m.ArticlePage })),
          },
          { path: 'procedures/:procedureId', lazy: () => import('./procedure-route').then((m) => m.procedureRoute) },
          { path: 'diagnose/:flowId', lazy: () => import('./step-route').then((m) => ({ loader: m.flowStartLoader })) },
          {
            path: 'diagnose/:flowId/:stepId',
            lazy: () => import('./step-route').then((m) => ({ loader: m.stepLoader, Component: m.StepRoute })),
          },
          {
            path: 'diagnose/:flowId/:stepId/map',
            lazy: () => import('../features/wizard/map/map-route').then((m) => ({ loader: m.mapLoader, Component: m.MapPage })),
          },
          { path: 'cases', lazy: () => import('../features/case/cases-page').then((m) => ({ Component: m.CasesPage })) },
          { path: '*', loader: notFoundLoader },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
