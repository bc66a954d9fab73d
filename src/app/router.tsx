import { createBrowserRouter, data, type LoaderFunctionArgs, redirect } from 'react-router';
import { HomePage } from '../features/home/home-page';
import { ProcedurePage, procedureLoader } from '../features/procedures/procedure-page';
import { ProcedureExtras } from './procedure-extras';
import { ReadingListPage } from '../features/reading-list/reading-list-page';
import { ArticlePage, articleLoader } from '../features/reference/article-page';
import { CodePage, codeLoader } from '../features/reference/code-page';
import { CodesPage } from '../features/reference/codes-page';
import { LogsPage } from '../features/reference/logs-page';
import { flowStartLoader, stepLoader } from '../features/wizard/step-loader';
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

export function createRouter() {
  return createBrowserRouter([
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
            { path: 'reading-list', element: <ReadingListPage /> },
            { path: 'codes', element: <CodesPage /> },
            { path: 'codes/:code', loader: codeLoader, element: <CodePage /> },
            { path: 'logs', element: <LogsPage /> },
            { path: 'analyze', lazy: () => import('../features/logs/analyze-page').then((m) => ({ Component: m.AnalyzePage })) },
            { path: 'about/:articleId', loader: articleLoader, element: <ArticlePage /> },
            { path: 'procedures/:procedureId', loader: procedureLoader, element: <ProcedurePage After={ProcedureExtras} /> },
            { path: 'diagnose/:flowId', loader: flowStartLoader },
            {
              path: 'diagnose/:flowId/:stepId',
              loader: stepLoader,
              lazy: () => import('./step-route').then((m) => ({ Component: m.StepRoute })),
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
  ]);
}
