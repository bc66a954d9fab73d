import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../content/types';
import { handNode } from '../../build/hand-node';
import { realFlow } from '../../build/real-content';
import { derivePath, frontier, isOnPath, isTerminal, previousOnPath, splitAnswers } from './answer-path';

const node = handNode;

function flowOf(start: string, nodes: FlowNode[]): Flow {
  return { id: 'test', start, sources: [], escalation: 'escalate', nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) };
}

//   a --yes--> b --go--> c (end)
//   a --no---> d (end)
//   b --loop-> a            (a way back, as content may have)
//   b --lost-> missing      (an answer whose node is not in the flow)
const flow = flowOf('a', [
  node('a', [
    ['yes', 'b'],
    ['no', 'd'],
  ]),
  node('b', [
    ['go', 'c'],
    ['loop', 'a'],
    ['lost', 'missing'],
  ]),
  node('c', []),
  node('d', []),
]);
const at = (id: string) => flow.nodes[id]!;
const ids = (answers: Record<string, string>) => derivePath(flow, answers).map((step) => [step.node.id, step.answerId]);

describe('derivePath', () => {
  it('follows the answers from the start to the first node without one', () => {
    expect(derivePath(flow, {})).toStrictEqual([{ node: at('a') }]);
    expect(derivePath(flow, { a: 'yes' })).toStrictEqual([{ node: at('a'), answerId: 'yes' }, { node: at('b') }]);
    expect(derivePath(flow, { a: 'yes', b: 'go' })).toStrictEqual([
      { node: at('a'), answerId: 'yes' },
      { node: at('b'), answerId: 'go' },
      { node: at('c') },
    ]);
    expect(ids({ a: 'no', b: 'go' })).toEqual([
      ['a', 'no'],
      ['d', undefined],
    ]);
  });

  it('stops at an answer the node does not have', () => {
    expect(derivePath(flow, { a: 'maybe', b: 'go' })).toStrictEqual([{ node: at('a') }]);
  });

  it('stops when the path comes back to a node it already passed', () => {
    expect(ids({ a: 'yes', b: 'loop' })).toEqual([
      ['a', 'yes'],
      ['b', 'loop'],
    ]);
  });

  it('stops after an answer that leads to a node the flow lacks', () => {
    expect(ids({ a: 'yes', b: 'lost' })).toEqual([
      ['a', 'yes'],
      ['b', 'lost'],
    ]);
  });

  it('is empty for a flow whose start node is missing', () => {
    expect(derivePath(flowOf('nowhere', [node('a', [])]), {})).toEqual([]);
  });

  it('follows the real provisioning flow', () => {
    const provisioning = realFlow('provisioning');
    expect(
      derivePath(provisioning, { scope: 'not-sure', 'pslog-capture': 'status-403', 'user-errors': 'no-error' }).map((s) => s.node.id),
    ).toEqual(['scope', 'pslog-capture', 'request-target']);
  });
});

describe('frontier', () => {
  it('is the last node of the path', () => {
    expect(frontier(flow, {}).id).toBe('a');
    expect(frontier(flow, { a: 'yes' }).id).toBe('b');
    expect(frontier(flow, { a: 'yes', b: 'go' }).id).toBe('c');
    expect(frontier(flow, { a: 'yes', b: 'loop' }).id).toBe('b');
  });

  it('fails clearly for a flow without its start node', () => {
    expect(() => frontier(flowOf('nowhere', []), {})).toThrow(new Error('flow "test" has no start node'));
  });
});

describe('splitAnswers', () => {
  it('separates the answers on the path from the others, keeping each answer', () => {
    expect(splitAnswers(flow, { a: 'no', b: 'go', zz: 'x' })).toStrictEqual({ onPath: { a: 'no' }, offPath: { b: 'go', zz: 'x' } });
    expect(splitAnswers(flow, { a: 'yes', b: 'go' })).toStrictEqual({ onPath: { a: 'yes', b: 'go' }, offPath: {} });
    expect(splitAnswers(flow, {})).toStrictEqual({ onPath: {}, offPath: {} });
  });

  it('counts an answer the node does not have as off the path', () => {
    expect(splitAnswers(flow, { a: 'maybe' })).toStrictEqual({ onPath: {}, offPath: { a: 'maybe' } });
  });
});

describe('isOnPath and previousOnPath', () => {
  it('tell whether a node is on the path', () => {
    expect(isOnPath(flow, { a: 'yes' }, 'a')).toBe(true);
    expect(isOnPath(flow, { a: 'yes' }, 'b')).toBe(true);
    expect(isOnPath(flow, { a: 'yes' }, 'c')).toBe(false);
    expect(isOnPath(flow, { a: 'yes' }, 'd')).toBe(false);
    expect(isOnPath(flow, { a: 'yes' }, 'nope')).toBe(false);
  });

  it('give the node before one on the path, none for the start or a node off it', () => {
    const answers = { a: 'yes', b: 'go' };
    expect(previousOnPath(flow, answers, 'c')).toBe('b');
    expect(previousOnPath(flow, answers, 'b')).toBe('a');
    expect(previousOnPath(flow, answers, 'a')).toBeUndefined();
    expect(previousOnPath(flow, answers, 'd')).toBeUndefined();
  });
});

describe('isTerminal', () => {
  it('is true only for a node without answers', () => {
    expect(isTerminal(at('c'))).toBe(true);
    expect(isTerminal(at('a'))).toBe(false);
    expect(isTerminal(node('one', [['only', 'c']]))).toBe(false);
  });
});
