import { describe, expect, it } from 'vitest';
import { realContent } from '../../../build/real-content';
import { resolveOrigin } from '../../../content/handover';
import { flowGraph } from '../../../content/flow-graph';
import { paths, stepSearch } from '../../../shared/paths';
import { readStepUrl } from '../step-url';
import { edgeKey, handoverLocation, stepLocation, takenPath } from './map-links';

const graph = realContent();
const provisioning = graph.flows.provisioning;
if (!provisioning) throw new Error('no provisioning flow');
const answers = { scope: 'not-sure', 'pslog-capture': 'status-403', 'request-target': 'ip-address' };

describe('the path the map highlights', () => {
  it('runs from the start to the current step, by the answers given; later answers are not part of it', () => {
    const taken = takenPath(provisioning, answers, 'request-target');
    expect(taken.nodes).toEqual(['scope', 'pslog-capture', 'request-target']);
    expect([...taken.edges]).toEqual(['scope.not-sure>pslog-capture', 'pslog-capture.status-403>request-target']);
    expect(taken.current).toBe('request-target');
    expect(takenPath(provisioning, answers, 'apply-patch').nodes).toEqual(['scope', 'pslog-capture', 'request-target', 'apply-patch']);
  });

  it('takes, for faults ticked together, the edge of the one the path follows: an edge the map draws', () => {
    const calling = graph.flows.calling;
    if (!calling) throw new Error('no calling flow');
    const ticked = { 'check-client': 'no-icon', 'should-register': 'no-connector.wrong-behavior', 'enable-calling': 'not-fixed' };
    const taken = takenPath(calling, ticked, 'fix-calling-behavior');
    expect([...taken.edges]).toEqual([
      'check-client.no-icon>should-register',
      'should-register.no-connector>enable-calling',
      'enable-calling.not-fixed>fix-calling-behavior',
    ]);
    const drawn = new Set(flowGraph(calling).edges.map(edgeKey));
    expect(drawn.has('should-register.no-connector>enable-calling')).toBe(true);
  });

  it('takes the "not fixed" edge the path took, to the cause it went on with', () => {
    const webview = graph.flows.webview;
    if (!webview) throw new Error('no webview flow');
    const path = { symptom: 'link-missing', 'check-calling': 'registered', 'check-version': 'older-release', 'update-app': 'not-fixed' };
    const taken = takenPath(webview, path, 'check-template');
    expect(taken.nodes).toEqual(['symptom', 'check-calling', 'check-version', 'update-app', 'check-template']);
    expect(taken.edges.has('update-app.not-fixed>check-template')).toBe(true);
    // That edge is on the map: the path highlights an edge that is drawn.
    const model = flowGraph(webview, [['update-app', 'check-template']]);
    expect(model.edges.map(edgeKey)).toContain('update-app.not-fixed>check-template');
  });
});

describe('where each node of the map opens', () => {
  it("opens a step on the path with the case's answers, later ones kept", () => {
    const location = stepLocation(graph, provisioning, answers, { 'pslog-capture': [] }, 'pslog-capture');
    expect(paths.step('en', location)).toBe(
      '/en/diagnose/provisioning/pslog-capture?v=1&scope=not-sure&pslog-capture=status-403&request-target=ip-address',
    );
  });

  it("opens any other step with the case's answers up to where the way there leaves them, then the shortest way on", () => {
    const location = stepLocation(graph, provisioning, answers, {}, 'user-in-ci');
    expect(stepSearch(location)).toBe('?v=1&scope=not-sure&pslog-capture=status-409');
    const otherCase = { scope: 'whole-enterprise', 'enterprise-settings': 'all-match', 'pslog-capture': 'status-403' };
    expect(stepSearch(stepLocation(graph, provisioning, otherCase, {}, 'user-in-ci'))).toBe(
      '?v=1&scope=whole-enterprise&enterprise-settings=all-match&pslog-capture=status-409',
    );
    // No step of the case's path leads to it: from the start.
    expect(stepSearch(stepLocation(graph, provisioning, otherCase, {}, 'user-errors'))).toBe('?v=1&scope=some-users');
  });

  it('never offers again, on the way to a step, a fix the case already tried', () => {
    const webview = graph.flows.webview;
    if (!webview) throw new Error('no webview flow');
    const tried = { symptom: 'link-missing', 'check-calling': 'registered', 'check-version': 'older-release', 'update-app': 'not-fixed' };
    for (const nodeId of Object.keys(webview.nodes)) {
      const location = stepLocation(graph, webview, tried, {}, nodeId);
      const read = readStepUrl(graph, 'webview', nodeId, new URLSearchParams(stepSearch(location)));
      expect(read.ok && read.state.stepId, nodeId).toBe(nodeId);
    }
  });

  it('gives every step of every diagnosis a link the step page accepts, on that step', () => {
    for (const flow of Object.values(graph.flows)) {
      for (const nodeId of Object.keys(flow.nodes)) {
        const location = stepLocation(graph, flow, {}, {}, nodeId);
        const read = readStepUrl(graph, flow.id, location.stepId, new URLSearchParams(stepSearch(location)));
        expect(read.ok && read.state.stepId, `${flow.id}/${nodeId}`).toBe(nodeId);
      }
    }
  });

  it("opens a hand-over as the answer would: the other diagnosis's step, with this one as its origin", () => {
    const webview = graph.flows.webview;
    if (!webview) throw new Error('no webview flow');
    const edge = { from: 'fix-calling', answer: 'open-calling', handover: { flow: 'calling', step: 'check-client' } };
    const location = handoverLocation(graph, webview, { symptom: 'external-browser', 'check-calling': 'not-registered' }, edge);
    expect(paths.step('en', location)).toBe(
      '/en/diagnose/calling/check-client?v=1&from=webview%7Esymptom.external-browser%7Echeck-calling.not-registered%7Efix-calling.open-calling',
    );
    const from = location.from;
    if (!from) throw new Error('no origin');
    expect(resolveOrigin(graph, from)?.target).toEqual(edge.handover);
    // The case's answers, as far as they lead towards it.
    expect(handoverLocation(graph, webview, { symptom: 'external-browser' }, edge).from?.answers[0]).toEqual([
      'symptom',
      'external-browser',
    ]);
    // With no answers, by a shortest path.
    const other = handoverLocation(graph, webview, {}, edge);
    expect(other.from?.answers).toEqual([
      ['symptom', 'link-missing'],
      ['check-calling', 'not-registered'],
      ['fix-calling', 'open-calling'],
    ]);
    const read = readStepUrl(graph, 'calling', 'check-client', new URLSearchParams(stepSearch(other)));
    expect(read.ok && read.state.flow.origin?.flowId).toBe('webview');
  });

  it("from a diagnosis entered by a hand-over, opens a step above the entry from the diagnosis's own start", () => {
    const read = readStepUrl(
      graph,
      'calling',
      'check-client',
      new URLSearchParams('v=1&from=webview~symptom.link-missing~check-calling.not-registered~fix-calling.open-calling'),
    );
    if (!read.ok) throw new Error(read.problem.kind);
    const view = read.state.flow;
    expect(view.start).toBe('check-client');
    const calling = graph.flows.calling;
    if (!calling) throw new Error('no calling flow');
    for (const nodeId of Object.keys(calling.nodes)) {
      const location = stepLocation(graph, view, read.state.answers, read.state.ticks, nodeId);
      const again = readStepUrl(graph, 'calling', nodeId, new URLSearchParams(stepSearch(location)));
      expect(again.ok && again.state.stepId, nodeId).toBe(nodeId);
    }
  });
});
