/**
 * Ways into a flow from outside it: a code page, the search box or a log
 * signature may point at any node, and a node is only reachable with the
 * answers that lead to it. This finds the shortest such set of answers.
 */
import type { Flow } from './types';

export type AnswerPairs = ReadonlyArray<readonly [nodeId: string, answerId: string]>;

/** Answers (in path order) of a shortest path from the start to `nodeId`. */
export function answersTo(flow: Flow, nodeId: string): AnswerPairs | undefined {
  if (!(nodeId in flow.nodes)) return undefined;
  const previous = new Map<string, { from: string; answer: string } | null>([[flow.start, null]]);
  const queue = [flow.start];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] ?? '';
    if (id === nodeId) break;
    for (const answer of flow.nodes[id]?.answers ?? []) {
      if (previous.has(answer.next)) continue;
      previous.set(answer.next, { from: id, answer: answer.id });
      queue.push(answer.next);
    }
  }
  if (!previous.has(nodeId)) return undefined;
  const pairs: (readonly [string, string])[] = [];
  let step = previous.get(nodeId);
  while (step) {
    pairs.unshift([step.from, step.answer]);
    step = previous.get(step.from);
  }
  return pairs;
}

/** Flow nodes that mention a given error code, as [flowId, nodeId] pairs. */
export function nodesWithCode(flows: Readonly<Record<string, Flow>>, code: string): (readonly [string, string])[] {
  const found: (readonly [string, string])[] = [];
  for (const flow of Object.values(flows)) {
    for (const node of Object.values(flow.nodes)) {
      if (node.codes.includes(code)) found.push([flow.id, node.id]);
    }
  }
  return found;
}
