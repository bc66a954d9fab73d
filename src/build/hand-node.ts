/**
 * A node of a small flow written out by hand in a unit test, so each
 * expectation can be checked by eye: answers as [answer id, next node] pairs,
 * and a node without answers is a resolution.
 */
import type { FlowNode } from '../content/types.ts';

export function handNode(id: string, answers: readonly (readonly [string, string])[], extra: Partial<FlowNode> = {}): FlowNode {
  return {
    id,
    kind: answers.length === 0 ? 'resolution' : 'question',
    sources: [],
    links: [],
    procedures: [],
    codes: [],
    steps: [],
    answers: answers.map(([answerId, next]) => ({ id: answerId, next })),
    causes: [],
    ...extra,
  };
}
