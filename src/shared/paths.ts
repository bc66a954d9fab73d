/**
 * Every URL of the app is built here and nowhere else. The diagnosis step's
 * answers travel in the query string keyed by node id (in path order), with
 * the content version, so a copied link reproduces the step exactly.
 */
import { formatOrigin } from '../content/origin-format';
import type { HandOverOrigin, Locale } from '../content/types';

export const VERSION_PARAM = 'v';
/**
 * A case sheet the user chose to share in a link (base64url JSON). Read once
 * by the step page, which then drops it from the address bar.
 */
export const SHARED_CASE_PARAM = 'case';
/** The diagnosis a hand-over came from, with its answers (see src/content/handover.ts). */
export const FROM_PARAM = 'from';
/** Ticked boxes: `t.<node>` (or `t.<node>.<procedure>`) = step ids joined by dots. */
export const TICKS_PREFIX = 't.';
/**
 * The answers nobody gave: `a=<node>.<node>…` names the questions whose
 * answer was filled in to open a step directly (a search hit, a code page, a
 * log finding), until the engineer confirms or changes it. A link without it
 * (every link made before it existed) means every answer was given.
 */
export const ASSUMED_PARAM = 'a';

export const routePatterns = {
  root: '/',
  home: '/:lang',
  readingList: '/:lang/reading-list',
  cases: '/:lang/cases',
  analyze: '/:lang/analyze',
  procedure: '/:lang/procedures/:procedureId',
  codes: '/:lang/codes',
  code: '/:lang/codes/:code',
  logs: '/:lang/logs',
  article: '/:lang/about/:articleId',
  flowStart: '/:lang/diagnose/:flowId',
  step: '/:lang/diagnose/:flowId/:stepId',
  map: '/:lang/diagnose/:flowId/:stepId/map',
} as const;

export interface StepLocation {
  readonly flowId: string;
  readonly stepId: string;
  /** Answers in path order; the order is kept in the query string. */
  readonly answers: ReadonlyArray<readonly [nodeId: string, answerId: string]>;
  readonly version: number;
  /** Ticked steps per checklist (see TICKS_PREFIX), in path order. */
  readonly ticks?: ReadonlyArray<readonly [checklist: string, stepIds: readonly string[]]>;
  /** The nodes among `answers` whose answer is assumed, not given (see ASSUMED_PARAM), in path order. */
  readonly assumed?: readonly string[] | undefined;
  /** Set when the diagnosis was entered by a hand-over from another one. */
  readonly from?: HandOverOrigin | undefined;
}

const seg = encodeURIComponent;

export function stepSearch(location: Pick<StepLocation, 'answers' | 'version' | 'ticks' | 'from' | 'assumed'>): string {
  const params = new URLSearchParams();
  params.set(VERSION_PARAM, String(location.version));
  if (location.from) params.set(FROM_PARAM, formatOrigin(location.from));
  for (const [nodeId, answerId] of location.answers) params.set(nodeId, answerId);
  if (location.assumed && location.assumed.length > 0) params.set(ASSUMED_PARAM, location.assumed.join('.'));
  for (const [checklist, stepIds] of location.ticks ?? []) {
    if (stepIds.length > 0) params.set(`${TICKS_PREFIX}${checklist}`, stepIds.join('.'));
  }
  return `?${params.toString()}`;
}

export const paths = {
  root: () => '/',
  home: (lang: Locale) => `/${lang}`,
  readingList: (lang: Locale, referenceId?: string) => `/${lang}/reading-list${referenceId ? `#ref-${seg(referenceId)}` : ''}`,
  procedure: (lang: Locale, procedureId: string) => `/${lang}/procedures/${seg(procedureId)}`,
  cases: (lang: Locale) => `/${lang}/cases`,
  analyze: (lang: Locale) => `/${lang}/analyze`,
  codes: (lang: Locale) => `/${lang}/codes`,
  code: (lang: Locale, code: string) => `/${lang}/codes/${seg(code)}`,
  logs: (lang: Locale, logId?: string) => `/${lang}/logs${logId ? `#log-${seg(logId)}` : ''}`,
  article: (lang: Locale, articleId: string) => `/${lang}/about/${seg(articleId)}`,
  flowStart: (lang: Locale, flowId: string) => `/${lang}/diagnose/${seg(flowId)}`,
  step: (lang: Locale, location: StepLocation) =>
    `/${lang}/diagnose/${seg(location.flowId)}/${seg(location.stepId)}${stepSearch(location)}`,
  /** The map of the diagnosis, seen from a step: the same answers, so it shows the path taken. */
  map: (lang: Locale, location: StepLocation) =>
    `/${lang}/diagnose/${seg(location.flowId)}/${seg(location.stepId)}/map${stepSearch(location)}`,
  /** The same page in another language: only the first segment changes. */
  switchLocale: (pathname: string, search: string, hash: string, lang: Locale) =>
    `/${lang}${pathname.replace(/^\/[^/]*/, '')}${search}${hash}`,
} as const;
