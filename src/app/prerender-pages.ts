/**
 * The pages the build renders to HTML, per route of the router
 * (src/app/router.tsx), from the content. Every route must be named here:
 * the build stops at a route that is not, so a new route is never left out
 * by accident. `null` keeps a route in the browser: nginx and the service
 * worker answer it with the app shell (index.html).
 */
import { content } from '../content/content';
import { answersTo } from '../content/graph-paths';
import type { Flow, HandOverOrigin, Locale } from '../content/types';
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
  '/:lang/cases': (lang) => [paths.cases(lang)],
  // Unknown pages: the shell, which says what is wrong.
  '/:lang/*': null,
};

/**
 * Every step of a diagnosis. A step's HTML does not depend on the answers
 * (they are applied in the browser), but its URL must be valid: it carries
 * the answers of a shortest way to it, or, for a step only another diagnosis
 * hands over to, that hand-over.
 */
function stepPages(lang: Locale, flowId: string): string[] {
  const flow = content.flows[flowId];
  if (!flow) return [];
  return Object.keys(flow.nodes).map((stepId) => {
    const answers = answersTo(flow, stepId) ?? anyWayTo(flow, flow.start, stepId);
    if (answers) return paths.step(lang, { flowId, stepId, answers, version: content.version });
    const handOver = handOverTo(flow, stepId);
    if (!handOver) throw new Error(`prerender: no way to step ${flowId}/${stepId}`);
    return paths.step(lang, { flowId, stepId, answers: handOver.answers, version: content.version, from: handOver.from });
  });
}

/** Answers from `start` to `target` along any answer that stays in the flow (fix confirmations too). */
function anyWayTo(flow: Flow, start: string, target: string): (readonly [string, string])[] | undefined {
  const previous = new Map<string, readonly [string, string, string] | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length && !previous.has(target); i += 1) {
    const id = queue[i] ?? '';
    for (const answer of flow.nodes[id]?.answers ?? []) {
      if (answer.handover !== undefined || previous.has(answer.next)) continue;
      previous.set(answer.next, [id, answer.id, answer.next]);
      queue.push(answer.next);
    }
  }
  if (!previous.has(target)) return undefined;
  const pairs: (readonly [string, string])[] = [];
  for (let step = previous.get(target); step; step = previous.get(step[0])) pairs.unshift([step[0], step[1]]);
  return pairs;
}

/** A hand-over from another diagnosis into `flow` from which `stepId` can be reached. */
function handOverTo(flow: Flow, stepId: string): { from: HandOverOrigin; answers: (readonly [string, string])[] } | undefined {
  for (const other of Object.values(content.flows)) {
    for (const node of Object.values(other.nodes)) {
      for (const answer of node.answers) {
        const target = answer.handover;
        if (target?.flow !== flow.id) continue;
        const before = anyWayTo(other, other.start, node.id);
        const after = anyWayTo(flow, target.step, stepId);
        if (before && after) return { from: { flowId: other.id, answers: [...before, [node.id, answer.id]] }, answers: after };
      }
    }
  }
  return undefined;
}
