/**
 * Ways into a flow from outside it: a code page, the search box or a log
 * signature may point at any node, and a node is only reachable with the
 * answers that lead to it. This finds the shortest such set of answers.
 */
import { isStepEdge, nextSteps } from './flow-graph.ts';
import type { Flow } from './types';

export type AnswerPairs = ReadonlyArray<readonly [nodeId: string, answerId: string]>;

/** Answers (in path order) of a shortest path from the start (or from `from`) to `nodeId`. */
export function answersTo(flow: Flow, nodeId: string, from = flow.start): AnswerPairs | undefined {
  if (!(nodeId in flow.nodes) || !(from in flow.nodes)) return undefined;
  const previous = new Map<string, { from: string; answer: string } | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] ?? '';
    if (id === nodeId) break;
    // A way in never assumes the engineer already tried a fix: step edges only.
    for (const answer of (flow.nodes[id]?.answers ?? []).filter(isStepEdge)) {
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

/**
 * The nodes of `flow` a content target points at: the node itself for
 * `flow:<this flow>/<node>`, the nodes that name the code for `code:<code>`,
 * the nodes that hold the procedure for `procedure:<id>`.
 */
export function nodesForTarget(flow: Flow, target: string): string[] {
  const [kind, rest = ''] = target.split(':', 2);
  const nodes = Object.values(flow.nodes);
  if (kind === 'flow') {
    const [flowId, nodeId = ''] = rest.split('/');
    return flowId === flow.id && nodeId in flow.nodes ? [nodeId] : [];
  }
  if (kind === 'code') return nodes.filter((n) => n.codes.includes(rest)).map((n) => n.id);
  if (kind === 'procedure') return nodes.filter((n) => n.procedures.includes(rest)).map((n) => n.id);
  return [];
}

/**
 * The answer of question `fromId` that leads to one of `targets` by the
 * fewest steps, when exactly one answer does: a log finding that points
 * further down the flow answers the current question. Undefined when no
 * answer leads there, or when two lead there equally soon.
 */
export function answerTowards(flow: Flow, fromId: string, targets: readonly string[]): string | undefined {
  const wanted = new Set(targets);
  let best: { answer: string; distance: number } | undefined;
  let tie = false;
  for (const answer of (flow.nodes[fromId]?.answers ?? []).filter(isStepEdge)) {
    const distance = distanceTo(flow, answer.next, wanted);
    if (distance === undefined) continue;
    if (!best || distance < best.distance) {
      best = { answer: answer.id, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.answer : undefined;
}

function distanceTo(flow: Flow, from: string, wanted: ReadonlySet<string>): number | undefined {
  const seen = new Set([from]);
  let level = [from];
  for (let distance = 0; level.length > 0; distance += 1) {
    if (level.some((id) => wanted.has(id))) return distance;
    const next: string[] = [];
    for (const id of level) {
      for (const target of nextSteps(flow, id)) {
        if (seen.has(target)) continue;
        seen.add(target);
        next.push(target);
      }
    }
    level = next;
  }
  return undefined;
}
