/**
 * The pages the build renders to HTML, per route of the router
 * (src/app/router.tsx), from the content. Every route must be named here:
 * the build stops at a route that is not, so a new route is never left out
 * by accident. `null` keeps a route in the browser: nginx and the service
 * worker answer it with the app shell (index.html).
 */
import { content } from '../content/content';
import { answersTo } from '../content/graph-paths';
import type { Locale } from '../content/types';
import { paths } from '../shared/paths';

type Pages = (lang: Locale) => readonly string[];

export const prerenderPages: Readonly<Record<string, Pages | null>> = {
  // Goes to the language this browser prefers: only the browser knows it.
  '/': null,
  '/:lang': (lang) => [paths.home(lang)],
  '/:lang/reading-list': (lang) => [paths.readingList(lang)],
  '/:lang/codes': (lang) => [paths.codes(lang)],
  '/:lang/codes/:code': (lang) => content.codes.map((code) => paths.code(lang, code.code)),
  '/:lang/logs': (lang) => [paths.logs(lang)],
  '/:lang/analyze': (lang) => [paths.analyze(lang)],
  '/:lang/about/:articleId': (lang) => content.articles.map((article) => paths.article(lang, article.id)),
  '/:lang/procedures/:procedureId': (lang) => Object.keys(content.procedures).map((id) => paths.procedure(lang, id)),
  // Redirects to the first step: its HTML is that step's.
  '/:lang/diagnose/:flowId': (lang) => content.flowOrder.map((flowId) => paths.flowStart(lang, flowId)),
  '/:lang/diagnose/:flowId/:stepId': (lang) => content.flowOrder.flatMap((flowId) => stepPages(lang, flowId)),
  // The map seen from a step: drawn in the browser, from the app shell. One
  // per step (264 pages), up to ~75 KB of drawing each, would add well over
  // 10 MB to a 7 MB build, and what it highlights (the path taken) is in the
  // query, which a built page cannot know. It is opened from its step, rarely
  // cold; a cold link gets the shell (e2e/map.spec.ts).
  '/:lang/diagnose/:flowId/:stepId/map': null,
  '/:lang/cases': (lang) => [paths.cases(lang)],
  // Unknown pages: the shell, which says what is wrong.
  '/:lang/*': null,
};

/**
 * Every step of a diagnosis. A step's HTML does not depend on the answers
 * (they are applied in the browser), but its URL must be valid: it carries
 * the answers of a shortest way to it from the start, the one the code
 * pages and the search use.
 */
function stepPages(lang: Locale, flowId: string): string[] {
  const flow = content.flows[flowId];
  if (!flow) return [];
  return Object.keys(flow.nodes).map((stepId) => {
    const answers = answersTo(flow, stepId);
    if (!answers)
      throw new Error(`prerender: no way into ${flowId}/${stepId} without a fix tried first; give it a link in src/app/prerender-pages.ts`);
    return paths.step(lang, { flowId, stepId, answers, version: content.version });
  });
}
