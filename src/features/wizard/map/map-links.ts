/**
 * What the map of a diagnosis shows of the engineer's case: the path taken
 * up to the current step, and where each node of the map leads. A node on
 * the path opens its step with the answers in the link (later answers kept,
 * as going back in the wizard keeps them); any other node opens its step
 * with the case's answers up to where the way to it leaves the path, then
 * a shortest way on (from the start when no step of the path leads there);
 * a hand-over opens the other diagnosis's step as its answer would.
 */
import { answersTo } from '../../../content/graph-paths';
import { readSelection } from '../../../content/selection';
import type { ContentGraph, Flow, HandOverTarget } from '../../../content/types';
import type { StepLocation } from '../../../shared/paths';
import { type Answers, derivePath, isOnPath } from '../answer-path';
import { locationFor, type Ticks } from '../step-url';

export interface MapEdgeRef {
  readonly from: string;
  readonly to: string;
  readonly answer: string;
}

/** How the map and the path name an edge: its answer and where it goes ("not fixed" may go to several). */
export function edgeKey(edge: MapEdgeRef): string {
  return `${edge.from}.${edge.answer}>${edge.to}`;
}

export interface TakenPath {
  /** The steps from the start to the current one, in order. */
  readonly nodes: readonly string[];
  /** The edges between them (`edgeKey`). */
  readonly edges: ReadonlySet<string>;
  readonly current: string;
}

/** The path the answers take from the start up to `stepId` (the current step); later answers are not part of it. */
export function takenPath(flow: Flow, answers: Answers, stepId: string): TakenPath {
  const path = derivePath(flow, answers);
  const end = path.findIndex((step) => step.node.id === stepId);
  const taken = end < 0 ? path : path.slice(0, end + 1);
  const edges = new Set<string>();
  taken.forEach((step, i) => {
    const next = taken[i + 1];
    if (!next || step.answerId === undefined) return;
    // Answers ticked together lead along the edge of the one the path follows.
    const answer = readSelection(step.node, step.answerId)?.find((a) => a.next === next.node.id)?.id ?? step.answerId;
    edges.add(edgeKey({ from: step.node.id, answer, to: next.node.id }));
  });
  return { nodes: taken.map((step) => step.node.id), edges, current: stepId };
}

/**
 * The answers that reach `nodeId`, keeping as many of the case's as can be:
 * its path up to the last step from which `nodeId` can be reached, then a
 * shortest way from there. Undefined when no step of the path leads there.
 */
function wayFromPath(flow: Flow, answers: Answers, nodeId: string): (readonly [string, string])[] | undefined {
  const path = derivePath(flow, answers);
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const branch = path[i]?.node.id ?? '';
    const way = answersTo(flow, nodeId, branch);
    if (!way) continue;
    const before = path.slice(0, i).flatMap((step) => (step.answerId === undefined ? [] : [[step.node.id, step.answerId] as const]));
    const answersThere = [...before, ...way];
    // A fix the case already tried is not offered again ("not fixed" moved on): then this way does not lead there.
    if (isOnPath(flow, Object.fromEntries(answersThere), nodeId)) return answersThere;
  }
  return undefined;
}

/** Where a step of the map opens: with the case's answers when it is on their path, else by the nearest way off it. */
export function stepLocation(graph: ContentGraph, flow: Flow, answers: Answers, ticks: Ticks, nodeId: string): StepLocation {
  if (isOnPath(flow, answers, nodeId)) return locationFor(graph, flow, nodeId, answers, ticks);
  const way = wayFromPath(flow, answers, nodeId);
  if (way) return locationFor(graph, flow, nodeId, Object.fromEntries(way), ticks);
  // A diagnosis entered by a hand-over starts at the step handed over to;
  // a step above it is reached from the diagnosis's own start instead.
  const plain = graph.flows[flow.id] ?? flow;
  return locationFor(graph, plain, nodeId, Object.fromEntries(answersTo(plain, nodeId) ?? []));
}

/** The answers on the way to `nodeId` (not its own), by the case's path where it can. */
function answersBefore(flow: Flow, answers: Answers, nodeId: string): (readonly [string, string])[] {
  const path = derivePath(flow, answers);
  const index = path.findIndex((step) => step.node.id === nodeId);
  if (index >= 0)
    return path.slice(0, index).flatMap((step) => (step.answerId === undefined ? [] : [[step.node.id, step.answerId] as const]));
  return wayFromPath(flow, answers, nodeId) ?? [...(answersTo(flow, nodeId) ?? [])];
}

/**
 * Where a hand-over opens: the other diagnosis's step, with this one as its
 * origin up to the hand-over answer (as the step page hands over).
 */
export function handoverLocation(
  graph: ContentGraph,
  flow: Flow,
  answers: Answers,
  edge: { readonly from: string; readonly answer: string; readonly handover: HandOverTarget },
): StepLocation {
  // An origin is a path of the diagnosis from its own start (handover.ts).
  const plain = graph.flows[flow.id] ?? flow;
  const before = flow.origin ? [...(answersTo(plain, edge.from) ?? [])] : answersBefore(plain, answers, edge.from);
  return {
    flowId: edge.handover.flow,
    stepId: edge.handover.step,
    answers: [],
    version: graph.version,
    from: { flowId: plain.id, answers: [...before, [edge.from, edge.answer]] },
  };
}
