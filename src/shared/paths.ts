/**
 * Every URL of the app is built here and nowhere else. The diagnosis step's
 * answers travel in the query string keyed by node id (in path order), with
 * the content version, so a copied link reproduces the step exactly.
 */
import type { Locale } from '../content/types';

export const VERSION_PARAM = 'v';

export const routePatterns = {
  root: '/',
  home: '/:lang',
  readingList: '/:lang/reading-list',
  procedure: '/:lang/procedures/:procedureId',
  codes: '/:lang/codes',
  code: '/:lang/codes/:code',
  logs: '/:lang/logs',
  article: '/:lang/about/:articleId',
  flowStart: '/:lang/diagnose/:flowId',
  step: '/:lang/diagnose/:flowId/:stepId',
} as const;

export interface StepLocation {
  readonly flowId: string;
  readonly stepId: string;
  /** Answers in path order; the order is kept in the query string. */
  readonly answers: ReadonlyArray<readonly [nodeId: string, answerId: string]>;
  readonly version: number;
}

const seg = encodeURIComponent;

export function stepSearch(location: Pick<StepLocation, 'answers' | 'version'>): string {
  const params = new URLSearchParams();
  params.set(VERSION_PARAM, String(location.version));
  for (const [nodeId, answerId] of location.answers) params.set(nodeId, answerId);
  return `?${params.toString()}`;
}

export const paths = {
  root: () => '/',
  home: (lang: Locale) => `/${lang}`,
  readingList: (lang: Locale, referenceId?: string) => `/${lang}/reading-list${referenceId ? `#ref-${seg(referenceId)}` : ''}`,
  procedure: (lang: Locale, procedureId: string) => `/${lang}/procedures/${seg(procedureId)}`,
  codes: (lang: Locale) => `/${lang}/codes`,
  code: (lang: Locale, code: string) => `/${lang}/codes/${seg(code)}`,
  logs: (lang: Locale, logId?: string) => `/${lang}/logs${logId ? `#log-${seg(logId)}` : ''}`,
  article: (lang: Locale, articleId: string) => `/${lang}/about/${seg(articleId)}`,
  flowStart: (lang: Locale, flowId: string) => `/${lang}/diagnose/${seg(flowId)}`,
  step: (lang: Locale, location: StepLocation) =>
    `/${lang}/diagnose/${seg(location.flowId)}/${seg(location.stepId)}${stepSearch(location)}`,
  /** The same page in another language: only the first segment changes. */
  switchLocale: (pathname: string, search: string, hash: string, lang: Locale) =>
    `/${lang}${pathname.replace(/^\/[^/]*/, '')}${search}${hash}`,
} as const;
