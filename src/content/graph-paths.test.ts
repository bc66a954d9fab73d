import { describe, expect, it } from 'vitest';
import { handNode } from '../build/hand-node';
import { realContent, realFlow } from '../build/real-content';
import { answersTo, answerTowards, nodesForTarget, nodesWithCode } from './graph-paths';
import type { Flow, FlowNode } from './types';

const content = realContent();
const flow = (id: string) => {
  const found = content.flows[id];
  if (!found) throw new Error(`no flow ${id}`);
  return found;
};

describe('a target further down answers the current question', () => {
  it('a 403 from the bridge answers "which status?" with 403', () => {
    const provisioning = flow('provisioning');
    const targets = nodesForTarget(provisioning, 'flow:provisioning/request-target');
    expect(answerTowards(provisioning, 'pslog-capture', targets)).toBe('status-403');
  });

  it('a failed XSP sign-in step answers the XSP question; a stop elsewhere answers "other"', () => {
    const signIn = flow('sign-in');
    expect(answerTowards(signIn, 'xsp-logs', nodesForTarget(signIn, 'flow:sign-in/use-web-access-password'))).toBe('auth-rejected');
    expect(answerTowards(signIn, 'xsp-logs', nodesForTarget(signIn, 'flow:sign-in/escalate-sign-in'))).toBe('other');
  });

  it('gives no answer when several answers lead there equally soon, or none does', () => {
    const signIn = flow('sign-in');
    // Several questions of the flow end in the same escalation. A fix's "Did
    // this fix it?" is never answered for the engineer, so fixes give none.
    const escalate = nodesForTarget(signIn, 'flow:sign-in/escalate-sign-in');
    const answersToEscalation = Object.values(signIn.nodes).filter(
      (node) => node.kind !== 'resolution' && node.answers.length > 1 && answerTowards(signIn, node.id, escalate) === undefined,
    );
    for (const fix of Object.values(signIn.nodes).filter((node) => node.kind === 'resolution'))
      expect(answerTowards(signIn, fix.id, escalate), fix.id).toBeUndefined();
    expect(answersToEscalation.map((node) => node.id)).toEqual(['portal-scope', 'portal-other-client', 'sign-in-id']);
    expect(answerTowards(signIn, 'xsp-logs', nodesForTarget(signIn, 'flow:provisioning/request-target'))).toBeUndefined();
    expect(answerTowards(signIn, 'no-such-node', escalate)).toBeUndefined();
  });

  it('finds the nodes a code or a procedure target points at', () => {
    const signIn = flow('sign-in');
    expect(nodesForTarget(signIn, 'procedure:analyze-xsp-sign-in-logs')).toEqual(['xsp-logs']);
    expect(nodesForTarget(signIn, 'code:100006')).toEqual(['end-user-code']);
    expect(nodesForTarget(signIn, 'article:whatever')).toEqual([]);
  });
});

/** A small flow written out by hand, so each expectation can be checked by eye. */
const node = handNode;

function flowOf(id: string, start: string, nodes: FlowNode[]): Flow {
  return { id, start, sources: [], escalation: 'escalate', nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) };
}

//   a --x--> b --y--> d --z--> e
//   a --w--> c --v--> d         (c also loops back to a)
//   f is not reachable from a
const small = flowOf('small', 'a', [
  node('a', [
    ['x', 'b'],
    ['w', 'c'],
  ]),
  node('b', [['y', 'd']], { codes: ['42'] }),
  node('c', [
    ['back', 'a'],
    ['v', 'd'],
  ]),
  node('d', [['z', 'e']], { codes: ['42', '7'], procedures: ['check'] }),
  node('e', [], { procedures: ['check'] }),
  node('f', [['u', 'e']]),
]);

describe('answersTo', () => {
  it('gives the answers of a shortest path from the start, in path order', () => {
    expect(answersTo(small, 'a')).toEqual([]);
    expect(answersTo(small, 'b')).toEqual([['a', 'x']]);
    expect(answersTo(small, 'c')).toEqual([['a', 'w']]);
    // Two routes are equally short: the one through the first answer is taken.
    expect(answersTo(small, 'd')).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    expect(answersTo(small, 'e')).toEqual([
      ['a', 'x'],
      ['b', 'y'],
      ['d', 'z'],
    ]);
  });

  it('prefers the shorter route even when a longer one comes first', () => {
    const flow = flowOf('detour', 's', [
      node('s', [
        ['long', 'm'],
        ['short', 't'],
      ]),
      node('m', [['on', 't']]),
      node('t', []),
    ]);
    expect(answersTo(flow, 't')).toEqual([['s', 'short']]);
    expect(answersTo(flow, 'm')).toEqual([['s', 'long']]);
  });

  it('gives nothing for a node that is not in the flow or cannot be reached', () => {
    expect(answersTo(small, 'nope')).toBeUndefined();
    expect(answersTo(small, 'f')).toBeUndefined();
  });

  it('answers every reachable node of the real flows with a path that leads there', () => {
    for (const flowId of content.flowOrder) {
      const real = flow(flowId);
      for (const nodeId of Object.keys(real.nodes)) {
        const answers = answersTo(real, nodeId);
        expect(answers, `${flowId}/${nodeId}`).toBeDefined();
        let at = real.start;
        for (const [from, answerId] of answers ?? []) {
          expect(from).toBe(at);
          at = real.nodes[from]?.answers.find((a) => a.id === answerId)?.next ?? '';
        }
        expect(at).toBe(nodeId);
      }
    }
  });
});

describe('nodesWithCode', () => {
  it('lists the [flow, node] pairs that name a code, in flow and node order', () => {
    const other = flowOf('other', 'p', [node('p', [['q', 'r']], { codes: ['7'] }), node('r', [])]);
    expect(nodesWithCode({ small, other }, '42')).toEqual([
      ['small', 'b'],
      ['small', 'd'],
    ]);
    expect(nodesWithCode({ small, other }, '7')).toEqual([
      ['small', 'd'],
      ['other', 'p'],
    ]);
    expect(nodesWithCode({ small, other }, '8')).toEqual([]);
  });

  it('finds the real nodes about an end-user code', () => {
    expect(nodesWithCode(content.flows, '100006')).toEqual([['sign-in', 'end-user-code']]);
  });
});

describe('nodesForTarget', () => {
  it('points a flow target at its node, only in that flow and only when the node exists', () => {
    expect(nodesForTarget(small, 'flow:small/d')).toEqual(['d']);
    expect(nodesForTarget(small, 'flow:other/d')).toEqual([]);
    expect(nodesForTarget(small, 'flow:small/nope')).toEqual([]);
    expect(nodesForTarget(small, 'flow:small')).toEqual([]);
  });

  it('points a code or procedure target at every node that names it', () => {
    expect(nodesForTarget(small, 'code:42')).toEqual(['b', 'd']);
    expect(nodesForTarget(small, 'code:7')).toEqual(['d']);
    expect(nodesForTarget(small, 'code:8')).toEqual([]);
    expect(nodesForTarget(small, 'procedure:check')).toEqual(['d', 'e']);
    expect(nodesForTarget(small, 'procedure:other')).toEqual([]);
  });

  it('points other targets at nothing', () => {
    expect(nodesForTarget(small, 'article:check')).toEqual([]);
    expect(nodesForTarget(small, 'check')).toEqual([]);
    expect(nodesForTarget(small, '')).toEqual([]);
  });
});

describe('answerTowards', () => {
  it('takes the answer with the fewest steps to a target', () => {
    // From a: x reaches d in 1 more step (b), w too (c): a tie.
    expect(answerTowards(small, 'a', ['d'])).toBeUndefined();
    expect(answerTowards(small, 'a', ['b'])).toBe('x');
    expect(answerTowards(small, 'a', ['c'])).toBe('w');
    // From c: "v" leads to d at once, "back" only through a and b.
    expect(answerTowards(small, 'c', ['d'])).toBe('v');
    expect(answerTowards(small, 'c', ['e'])).toBe('v');
    // Any of several targets will do: the nearest counts.
    expect(answerTowards(small, 'a', ['c', 'e'])).toBe('w');
  });

  it('takes a nearer answer that comes after two farther ones that tie', () => {
    const flow = flowOf('fan', 's', [
      node('s', [
        ['one', 'm1'],
        ['two', 'm2'],
        ['three', 't'],
        ['four', 'm3'],
      ]),
      node('m1', [['on', 't']]),
      node('m2', [['on', 't']]),
      node('m3', [['on', 't']]),
      node('t', []),
    ]);
    expect(answerTowards(flow, 's', ['t'])).toBe('three');
    // The first of answers at distance 1 and 2 wins, whichever order they come in.
    const near = flowOf('near', 's', [
      node('s', [
        ['near', 't'],
        ['far', 'm'],
      ]),
      node('m', [['on', 't']]),
      node('t', []),
    ]);
    expect(answerTowards(near, 's', ['t'])).toBe('near');
    const far = flowOf('far', 's', [
      node('s', [
        ['far', 'm'],
        ['near', 't'],
      ]),
      node('m', [['on', 'n']]),
      node('n', [['on', 't']]),
      node('t', []),
    ]);
    expect(answerTowards(far, 's', ['t'])).toBe('near');
    expect(answerTowards(far, 's', ['n'])).toBe('far');
  });

  it('gives nothing when no answer leads there, even through a loop', () => {
    expect(answerTowards(small, 'a', ['f'])).toBeUndefined();
    expect(answerTowards(small, 'c', ['f'])).toBeUndefined();
    expect(answerTowards(small, 'e', ['e'])).toBeUndefined();
    expect(answerTowards(small, 'a', [])).toBeUndefined();
  });
});

describe('a flow with an answer that leads nowhere', () => {
  // Content is checked when it is loaded; these functions still must not
  // trip over a flow that was not.
  const dangling = flowOf('dangling', 's', [
    node('s', [
      ['lost', 'missing'],
      ['on', 'm'],
    ]),
    node('m', [['on', 't']]),
    node('t', []),
  ]);

  it('finds the way around the missing node', () => {
    expect(answersTo(dangling, 't')).toEqual([
      ['s', 'on'],
      ['m', 'on'],
    ]);
    expect(answersTo(dangling, 'missing')).toBeUndefined();
    expect(answerTowards(dangling, 's', ['t'])).toBe('on');
    expect(answerTowards(dangling, 's', ['missing'])).toBe('lost');
  });
});

describe('ways in and hand-overs', () => {
  it('never answers a question with a hand-over, even towards the question itself', () => {
    // q --go--> end ; q --away--> (hand-over: its `next` is q itself)
    const q = handNode('q', [['go', 'end']], {
      answers: [
        { id: 'go', next: 'end' },
        { id: 'away', next: 'q', handover: { flow: 'other', step: 's' } },
      ],
    });
    const hand = flowOf('hand', 'q', [q, handNode('end', [])]);
    expect(answerTowards(hand, 'q', ['q'])).toBeUndefined();
    expect(answerTowards(hand, 'q', ['end'])).toBe('go');
    const signIn = realFlow('sign-in');
    expect(answerTowards(signIn, 'xsp-logs', ['escalate-sign-in'])).toBe('other');
  });
});
