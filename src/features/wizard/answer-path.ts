/**
 * The path through a flow is derived, never stored: start at the flow's start
 * node and follow the recorded answers until a node has none (the walk
 * itself, "not fixed" included, is in src/content/fix-outcome.ts). The answers
 * themselves are a plain record keyed by node id, exactly as in the URL.
 */
import { followAnswers, type PathStep } from '../../content/fix-outcome';
import type { Flow, FlowNode } from '../../content/types';

export type Answers = Readonly<Record<string, string>>;

export type { PathStep } from '../../content/fix-outcome';

/** Nodes from the start, following answers; the last one has no (valid) answer, or is a fix confirmed as fixed. */
export function derivePath(flow: Flow, answers: Answers): readonly PathStep[] {
  return followAnswers(flow, answers);
}

/** The node where the diagnosis stands when nobody went back: the end of the path. */
export function frontier(flow: Flow, answers: Answers): FlowNode {
  const last = derivePath(flow, answers).at(-1);
  if (!last) throw new Error(`flow "${flow.id}" has no start node`);
  return last.node;
}

/** Splits answers into those on the derived path and those off it. */
export function splitAnswers(flow: Flow, answers: Answers): { onPath: Answers; offPath: Answers } {
  const onPath: Record<string, string> = {};
  for (const step of derivePath(flow, answers)) {
    if (step.answerId !== undefined) onPath[step.node.id] = step.answerId;
  }
  const offPath: Record<string, string> = {};
  for (const [nodeId, answerId] of Object.entries(answers)) {
    if (!(nodeId in onPath)) offPath[nodeId] = answerId;
  }
  return { onPath, offPath };
}

export function isOnPath(flow: Flow, answers: Answers, nodeId: string): boolean {
  return derivePath(flow, answers).some((step) => step.node.id === nodeId);
}

/** The node before `nodeId` on the derived path, if there is one. */
export function previousOnPath(flow: Flow, answers: Answers, nodeId: string): string | undefined {
  const path = derivePath(flow, answers);
  const index = path.findIndex((step) => step.node.id === nodeId);
  return index > 0 ? path[index - 1]?.node.id : undefined;
}

/** Escalations end a path; a fix ends it once confirmed (see `isResolved`). */
export function isTerminal(node: FlowNode): boolean {
  return node.answers.length === 0;
}
