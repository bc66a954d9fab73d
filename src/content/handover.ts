/**
 * Hand-over between diagnoses: an answer can lead to a step of another
 * diagnosis (webview "not registered for calling" → the calling diagnosis).
 * The other diagnosis is then seen through a view of its flow whose start is
 * the step handed over to, and which remembers where it came from; its link
 * carries the origin as `from=<flow>~<node>.<answer>~…`, so the path and the
 * print show both parts and Back returns across the hand-over. An answer of
 * the origin that was assumed, not given, is written `<node>.<answer>.a`.
 */
import { followAnswers } from './fix-outcome';
import { formatOrigin } from './origin-format';
import type { ContentGraph, Flow, HandOverOrigin, HandOverTarget } from './types';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
// Each answer is `<node>.<value>`; a value that ticks several answers holds
// more dots (selection.ts). An assumed answer ends in `.a` (`a` is no id).
const ORIGIN = new RegExp(`^(${ID})((?:~${ID}(?:\\.${ID}){1,21}){1,100})$`);

export { formatOrigin };

/** The origin a link names, as written; undefined when it is malformed. */
export function parseOrigin(value: string): HandOverOrigin | undefined {
  if (value.length > 4000) return undefined;
  const match = ORIGIN.exec(value);
  if (!match) return undefined;
  const pairs = (match[2] ?? '')
    .slice(1)
    .split('~')
    .map((pair) => {
      const dot = pair.indexOf('.');
      const value = pair.slice(dot + 1);
      const assumed = value.endsWith('.a');
      return { nodeId: pair.slice(0, dot), value: assumed ? value.slice(0, -2) : value, assumed };
    });
  const answers = pairs.map(({ nodeId, value }): readonly [string, string] => [nodeId, value]);
  const assumed = pairs.flatMap(({ nodeId, assumed: marked }) => (marked ? [nodeId] : []));
  return { flowId: match[1] ?? '', answers, ...(assumed.length > 0 ? { assumed } : {}) };
}

/**
 * Checks an origin against the content: its answers must be a path of its
 * flow that ends in a hand-over. Gives the origin with only the answers on
 * that path, and where the hand-over leads.
 */
export function resolveOrigin(graph: ContentGraph, origin: HandOverOrigin): { origin: HandOverOrigin; target: HandOverTarget } | undefined {
  const flow = graph.flows[origin.flowId];
  if (!flow) return undefined;
  const path = followAnswers(flow, Object.fromEntries(origin.answers));
  const last = path.at(-1);
  const answer = last?.node.answers.find((a) => a.id === last.answerId);
  if (!last || !answer?.handover) return undefined;
  const answers = path.flatMap((step) => (step.answerId === undefined ? [] : [[step.node.id, step.answerId] as const]));
  const assumed = answers.map(([nodeId]) => nodeId).filter((nodeId) => origin.assumed?.includes(nodeId));
  return { origin: { flowId: flow.id, answers, ...(assumed.length > 0 ? { assumed } : {}) }, target: answer.handover };
}

const views = new Map<string, Flow>();
/** The flow seen from the step handed over to; the same object for the same hand-over, so its machine is built once. */
export function handOverView(flow: Flow, entry: string, origin: HandOverOrigin): Flow {
  const key = `${flow.id}|${entry}|${formatOrigin(origin)}`;
  let view = views.get(key);
  if (!view || view.nodes !== flow.nodes) {
    view = { ...flow, start: entry, origin };
    views.set(key, view);
  }
  return view;
}

/** The node of the origin that handed over: the last answered one. */
export function handOverNode(origin: HandOverOrigin): string {
  return origin.answers.at(-1)?.[0] ?? '';
}
