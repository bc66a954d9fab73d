import { describe, expect, it } from 'vitest';
import { realContent } from '../build/real-content';
import { answerTowards, nodesForTarget } from './graph-paths';

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
    // Several questions of the flow end in the same escalation.
    const escalate = nodesForTarget(signIn, 'flow:sign-in/escalate-sign-in');
    const answersToEscalation = Object.values(signIn.nodes).filter(
      (node) => node.answers.length > 1 && answerTowards(signIn, node.id, escalate) === undefined,
    );
    expect(answersToEscalation.length).toBeGreaterThan(0);
    expect(answerTowards(signIn, 'xsp-logs', nodesForTarget(signIn, 'flow:provisioning/request-target'))).toBeUndefined();
    expect(answerTowards(signIn, 'no-such-node', escalate)).toBeUndefined();
  });

  it('finds the nodes a code or a procedure target points at', () => {
    const signIn = flow('sign-in');
    expect(nodesForTarget(signIn, 'procedure:analyze-xsp-sign-in-logs')).toEqual(['xsp-logs']);
    expect(nodesForTarget(signIn, 'code:100006').length).toBeGreaterThan(0);
    expect(nodesForTarget(signIn, 'article:whatever')).toEqual([]);
  });
});
