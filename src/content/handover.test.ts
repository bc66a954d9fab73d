import { describe, expect, it } from 'vitest';
import { realContent } from '../build/real-content';
import { answersTo } from './graph-paths';
import { formatOrigin, handOverNode, handOverView, parseOrigin, resolveOrigin } from './handover';

describe('the origin of a hand-over, in a link', () => {
  it('round-trips the flow and its answers', () => {
    const origin = { flowId: 'webview', answers: [['symptom', 'link-missing'] as const, ['fix-calling', 'open-calling'] as const] };
    expect(formatOrigin(origin)).toBe('webview~symptom.link-missing~fix-calling.open-calling');
    expect(parseOrigin(formatOrigin(origin))).toEqual(origin);
    expect(handOverNode(origin)).toBe('fix-calling');
  });

  it('round-trips answers ticked together: the value after the first dot is the whole selection', () => {
    const origin = { flowId: 'calling', answers: [['check-client', 'no-icon'] as const, ['should-register', 'no-connector.wrong-behavior'] as const] };
    expect(formatOrigin(origin)).toBe('calling~check-client.no-icon~should-register.no-connector.wrong-behavior');
    expect(parseOrigin(formatOrigin(origin))).toEqual(origin);
  });

  it.each(['webview', 'webview~', 'webview~symptom', 'Webview~symptom.link-missing', 'webview~symptom.link-missing~', 'a~b.c..d', 'a~b.c.', 'x'.repeat(4001)])(
    'refuses %s',
    (value) => {
      expect(parseOrigin(value)).toBeUndefined();
    },
  );

  it('accepts only a path of its flow that ends in a hand-over, and keeps only the answers on it', () => {
    const graph = realContent();
    const resolved = resolveOrigin(graph, {
      flowId: 'webview',
      answers: [
        ['symptom', 'link-missing'],
        ['check-template', 'template-right'],
        ['check-calling', 'not-registered'],
        ['fix-calling', 'open-calling'],
        ['check-version', 'older-release'],
      ],
    });
    expect(resolved?.target).toEqual({ flow: 'calling', step: 'check-client' });
    // check-template is no longer on that path (the quick checks come first): it is left out.
    expect(resolved?.origin.answers.map(([nodeId]) => nodeId)).toEqual(['symptom', 'check-calling', 'fix-calling']);
    // Not ending in a hand-over, an unknown flow: no origin.
    expect(resolveOrigin(graph, { flowId: 'webview', answers: [['symptom', 'link-missing']] })).toBeUndefined();
    expect(resolveOrigin(graph, { flowId: 'nowhere', answers: [['symptom', 'link-missing']] })).toBeUndefined();
  });

  it('gives one view per hand-over, starting at the step handed over to', () => {
    const calling = realContent().flows['calling']!;
    const origin = { flowId: 'sign-in', answers: [['xsp-logs', 'no-token'] as const] };
    const view = handOverView(calling, 'auth-service', origin);
    expect(view.start).toBe('auth-service');
    expect(view.origin).toEqual(origin);
    expect(view.nodes).toBe(calling.nodes);
    expect(handOverView(calling, 'auth-service', { ...origin })).toBe(view);
  });
});

describe('the hand-overs of the content', () => {
  it('are where the guide has them: webview to calling, sign-in and calling to the domain claim, sign-in XSP logs to the entitlement and auth-service checks', () => {
    const graph = realContent();
    const handOvers = Object.values(graph.flows).flatMap((flow) =>
      Object.values(flow.nodes).flatMap((node) =>
        node.answers.flatMap((a) => (a.handover ? [`${flow.id}/${node.id}.${a.id} -> ${a.handover.flow}/${a.handover.step}`] : [])),
      ),
    );
    expect(handOvers.sort()).toEqual([
      'calling/should-register.domain-claimed -> domain-claim/find-claim',
      'sign-in/symptom.domain-claimed -> domain-claim/find-claim',
      'sign-in/xsp-logs.no-entitlement -> calling/should-register',
      'sign-in/xsp-logs.no-token -> calling/auth-service',
      'webview/fix-calling.open-calling -> calling/check-client',
    ]);
    // Each hand-over node is reachable in its own flow.
    for (const line of handOvers) {
      const [flowId = '', rest = ''] = line.split('/');
      expect(answersTo(graph.flows[flowId]!, rest.split('.')[0] ?? ''), line).toBeDefined();
    }
  });
});
