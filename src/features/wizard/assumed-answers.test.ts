/**
 * Issue 12, part F: answers nobody gave. A link that opens a deep step fills
 * in the questions before it; those answers travel marked as assumed
 * (`a=<node>.<node>`) until the engineer confirms or changes them. A link
 * without the marker (every link made before it) means every answer was given.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { realContent } from '../../build/real-content';
import { answersTo } from '../../content/graph-paths';
import { formatOrigin, parseOrigin, resolveOrigin } from '../../content/handover';
import { paths } from '../../shared/paths';
import { entryFor, parseSavedSteps } from '../../shared/recent-steps';
import { targetHref } from '../../shared/target-href';
import { locationFor, readStepUrl } from './step-url';
import { createWizardMachine, snapshotAt } from './wizard-machine';

const content = realContent();
const provisioning = content.flows.provisioning!;
const read = (stepId: string, query: string, flowId = 'provisioning') => {
  const result = readStepUrl(content, flowId, stepId, new URLSearchParams(query));
  if (!result.ok) throw new Error(`expected a good link: ${result.problem.kind}`);
  return result.state;
};
const DEEP = 'v=1&scope=not-sure&pslog-capture=status-403';

describe('a link into a deep step (the search, a code page, a log finding)', () => {
  it('marks every answer it fills in as assumed', () => {
    const href = targetHref('en', 'flow:provisioning/request-target');
    expect(href).toBe('/en/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403&a=scope.pslog-capture');
    const query = new URLSearchParams(href?.split('?')[1]);
    expect(readStepUrl(content, 'provisioning', 'request-target', query).ok && read('request-target', query.toString()).assumed).toEqual([
      'scope',
      'pslog-capture',
    ]);
  });

  it('marks them for every flow step a link can open, and only the answers that lead there', () => {
    for (const flow of Object.values(content.flows)) {
      for (const nodeId of Object.keys(flow.nodes)) {
        const answers = answersTo(flow, nodeId);
        const href = targetHref('en', `flow:${flow.id}/${nodeId}`);
        if (!answers) continue;
        const state = read(nodeId, new URLSearchParams(href?.split('?')[1]).toString(), flow.id);
        expect(state.assumed, `${flow.id}/${nodeId}`).toEqual(answers.map(([id]) => id));
        expect(state.stepId).toBe(nodeId);
      }
    }
  });
});

describe('the assumed marker in the URL', () => {
  it('is absent from old links, whose answers all count as given', () => {
    const state = read('request-target', DEEP);
    expect(state.assumed).toEqual([]);
    expect(paths.step('en', state.location)).toBe(`/en/diagnose/provisioning/request-target?${DEEP}`);
  });

  it('round-trips, after the answers, in path order whatever order the link gave', () => {
    const state = read('request-target', `${DEEP}&a=pslog-capture.scope`);
    expect(state.assumed).toEqual(['scope', 'pslog-capture']);
    expect(paths.step('ro', state.location)).toBe(`/ro/diagnose/provisioning/request-target?${DEEP}&a=scope.pslog-capture`);
  });

  it('keeps only questions answered on the path', () => {
    // request-target is the current step, not answered yet; user-errors is off the path; nope is no node.
    const state = read('request-target', `${DEEP}&a=scope.request-target.user-errors.nope`);
    expect(state.assumed).toEqual(['scope']);
    expect(paths.step('en', state.location)).toBe(`/en/diagnose/provisioning/request-target?${DEEP}&a=scope`);
  });

  it('takes a marker it cannot read as "nothing was given", never as "all was given"', () => {
    for (const bad of ['a=Scope', 'a=scope..pslog-capture', 'a=%3Cb%3E', 'a=']) {
      expect(read('request-target', `${DEEP}&${bad}`).assumed, bad).toEqual(['scope', 'pslog-capture']);
    }
  });

  it('is a reserved name no node may take', () => {
    expect(Object.values(content.flows).every((flow) => !('a' in flow.nodes))).toBe(true);
  });

  it('reaches the nearest step of a bad link still marked', () => {
    const result = readStepUrl(content, 'provisioning', 'apply-patch', new URLSearchParams(`${DEEP}&a=scope.pslog-capture`));
    expect(result.ok).toBe(false);
    if (!result.ok && 'nearest' in result.problem) expect(result.problem.nearest.assumed).toEqual(['scope', 'pslog-capture']);
  });
});

describe('the wizard: confirming or changing an assumed answer makes it given', () => {
  const start = (assumed: readonly string[] = ['scope', 'pslog-capture']) => {
    const machine = createWizardMachine(provisioning);
    return createActor(machine, {
      input: {},
      snapshot: snapshotAt(machine, 'request-target', { scope: 'not-sure', 'pslog-capture': 'status-403' }, assumed),
    }).start();
  };
  const location = (actor: ReturnType<typeof start>) => {
    const snapshot = actor.getSnapshot();
    return locationFor(content, provisioning, snapshot.value, snapshot.context.answers, {}, snapshot.context.assumed);
  };

  it('confirms one answer, the step and the answers unchanged', () => {
    const actor = start();
    actor.send({ type: 'answer.confirm', nodeId: 'scope' });
    expect(actor.getSnapshot().value).toBe('request-target');
    expect(actor.getSnapshot().context.answers).toEqual({ scope: 'not-sure', 'pslog-capture': 'status-403' });
    expect(location(actor).assumed).toEqual(['pslog-capture']);
  });

  it('confirms all at once', () => {
    const actor = start();
    actor.send({ type: 'answer.confirm' });
    expect(location(actor).assumed).toBeUndefined();
    expect(paths.step('en', location(actor))).toBe(`/en/diagnose/provisioning/request-target?${DEEP}`);
  });

  it('makes an answer given when the engineer chooses it, the same one or another', () => {
    const same = start();
    same.send({ type: 'step.goto', nodeId: 'pslog-capture' });
    same.send({ type: 'answer.select', answerId: 'status-403' });
    expect(same.getSnapshot().value).toBe('request-target');
    expect(location(same).assumed).toEqual(['scope']);

    const other = start();
    other.send({ type: 'step.goto', nodeId: 'scope' });
    other.send({ type: 'answer.select', answerId: 'some-users' });
    expect(location(other).assumed).toBeUndefined();
  });

  it('keeps the mark of an answer set aside on another branch, and brings it back marked', () => {
    const actor = start();
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    actor.send({ type: 'answer.select', answerId: 'whole-enterprise' });
    expect(location(actor).assumed).toBeUndefined();
    actor.send({ type: 'step.back' });
    actor.send({ type: 'answer.select', answerId: 'not-sure' });
    // scope is now given; pslog-capture's stashed answer comes back still assumed.
    expect(location(actor).answers).toEqual([
      ['scope', 'not-sure'],
      ['pslog-capture', 'status-403'],
    ]);
    expect(location(actor).assumed).toEqual(['pslog-capture']);
  });

  it('adopts the marks a URL carries (browser back after a confirm), and drops them all on restart', () => {
    const actor = start([]);
    actor.send({
      type: 'wizard.sync',
      nodeId: 'request-target',
      answers: { scope: 'not-sure', 'pslog-capture': 'status-403' },
      assumed: ['scope'],
    });
    expect(location(actor).assumed).toEqual(['scope']);
    actor.send({ type: 'wizard.restart' });
    expect(actor.getSnapshot().context.assumed).toEqual([]);
  });
});

describe('a hand-over keeps the marks of the diagnosis it came from', () => {
  it('writes an assumed answer of the origin as <node>.<answer>.a, and reads old origins as given', () => {
    const origin = {
      flowId: 'webview',
      answers: [
        ['symptom', 'link-missing'],
        ['check-calling', 'not-registered'],
        ['fix-calling', 'open-calling'],
      ] as const,
      assumed: ['symptom', 'check-calling'],
    };
    const written = formatOrigin(origin);
    expect(written).toBe('webview~symptom.link-missing.a~check-calling.not-registered.a~fix-calling.open-calling');
    expect(parseOrigin(written)).toEqual(origin);
    expect(resolveOrigin(content, origin)?.origin.assumed).toEqual(['symptom', 'check-calling']);
    const old = parseOrigin('webview~symptom.link-missing~check-calling.not-registered~fix-calling.open-calling');
    expect(old?.assumed).toBeUndefined();
    // Any other last part reads as one more ticked answer, which the content does not accept.
    const marked = parseOrigin('webview~symptom.link-missing.b~fix-calling.open-calling');
    expect(marked?.assumed).toBeUndefined();
    expect(marked && resolveOrigin(content, marked)).toBeUndefined();
  });

  it('keeps the mark on an answer that ticks several findings', () => {
    const origin = {
      flowId: 'calling',
      answers: [
        ['check-client', 'no-icon'],
        ['should-register', 'no-connector.wrong-behavior'],
      ] as const,
      assumed: ['should-register'],
    };
    const written = formatOrigin(origin);
    expect(written).toBe('calling~check-client.no-icon~should-register.no-connector.wrong-behavior.a');
    expect(parseOrigin(written)).toEqual(origin);
  });
});

describe('recent and pinned steps keep the marks', () => {
  it('stores and reads them back; entries stored before have none', () => {
    const state = read('request-target', `${DEEP}&a=scope`);
    const entry = entryFor(state.location, new Date('2026-11-25T10:00:00Z'));
    expect(entry.assumed).toEqual(['scope']);
    const back = parseSavedSteps(JSON.stringify({ recent: [entry], pinned: [] })).recent[0];
    expect(back?.assumed).toEqual(['scope']);
    expect(paths.step('en', { ...back!, assumed: back?.assumed })).toContain('&a=scope');
    const { assumed: _dropped, ...old } = entry;
    expect(parseSavedSteps(JSON.stringify({ recent: [old], pinned: [] })).recent[0]?.assumed).toBeUndefined();
  });
});
