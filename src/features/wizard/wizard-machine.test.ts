import { createActor, initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../content/types';
import { causeGroup, FIXED, NOT_FIXED } from '../../content/fix-outcome';
import { walkFlow } from '../../content/fix-walk';
import { allSelections } from '../../content/selection';
import { derivePath } from './answer-path';
import { realContent } from '../../build/real-content';
import { createWizardMachine, machineFor, snapshotAt, withAnswer, type WizardEvent } from './wizard-machine';

const content = realContent();

/** A fix the engineer confirmed: the diagnosis ends there, resolved. */
function isResolved(flow: Flow, value: unknown, answers: Readonly<Record<string, string>>): boolean {
  return typeof value === 'string' && flow.nodes[value]?.kind === 'resolution' && answers[value] === FIXED;
}

/** A step whose answer handed over to another diagnosis: this flow's path ends there. */
function isHandedOver(flow: Flow, value: unknown, answers: Readonly<Record<string, string>>): boolean {
  const node = typeof value === 'string' ? flow.nodes[value] : undefined;
  return node?.answers.some((a) => a.id === answers[node.id] && a.handover !== undefined) ?? false;
}

function answerEvents(flow: Flow, value: unknown, answers: Readonly<Record<string, string>> = {}): WizardEvent[] {
  const node = typeof value === 'string' ? flow.nodes[value] : undefined;
  if (isResolved(flow, value, answers) || isHandedOver(flow, value, answers)) return [];
  // Every value the node takes: each answer, and where several can be ticked, each set of them.
  return (node ? allSelections(node) : []).map((answerId) => ({ type: 'answer.select', answerId }));
}

/**
 * Every root-to-end path of the flow's machine. Built inside each test, not
 * when the file is collected, so that mutation testing sees which tests run
 * the machine's code (code run at collection counts as "static").
 *
 * A depth-first walk with xstate's pure `transition`: the answers are part of
 * the state, so the same node reached by two routes is two states and the
 * state graph is a tree. (xstate/graph's getSimplePaths finds the same paths,
 * but searches again for each end state: with the ticked sets of the calling
 * flow that took ten times as long.)
 */
function machinePaths(flowId: string) {
  const flow = content.flows[flowId]!;
  const machine = createWizardMachine(flow);
  type Snapshot = ReturnType<typeof initialTransition<typeof machine>>[0];
  /** The first step is the initial state, which no event led to. */
  type Step = { state: Snapshot; event?: WizardEvent };
  const key = (snapshot: Snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers]);
  const isEnd = (snapshot: Snapshot) =>
    snapshot.hasTag('end') ||
    isResolved(flow, snapshot.value, snapshot.context.answers) ||
    isHandedOver(flow, snapshot.value, snapshot.context.answers);
  const paths: { state: Snapshot; steps: Step[] }[] = [];
  const walk = (steps: Step[], seen: ReadonlySet<string>) => {
    const state = steps.at(-1)!.state;
    if (isEnd(state)) {
      paths.push({ state, steps });
      return;
    }
    for (const event of answerEvents(flow, state.value, state.context.answers)) {
      const [next] = transition(machine, state, event);
      // An event that changes nothing, or comes back to a state of this path, makes no path.
      if (seen.has(key(next))) continue;
      walk([...steps, { state: next, event }], new Set([...seen, key(next)]));
    }
  };
  const [initial] = initialTransition(machine, {});
  walk([{ state: initial }], new Set([key(initial)]));
  return { flow, machine, paths };
}

describe.each(content.flowOrder)('the %s flow, as a machine', (flowId) => {
  it('has one generated path for every way through the graph', () => {
    const { flow, paths } = machinePaths(flowId);
    expect(paths.length).toBeGreaterThan(0);
    // Counted by the content check's own walk of the graph, which knows nothing of xstate.
    expect(paths.length).toBe(walkFlow(flow).paths);
    console.info(`${flowId}: ${String(paths.length)} paths generated from the machine`);
  });

  it('ends every path at an escalation or at a fix the engineer confirmed', () => {
    const { flow, paths } = machinePaths(flowId);
    for (const path of paths) {
      const last = path.state;
      const node = flow.nodes[last.value];
      if (isHandedOver(flow, last.value, last.context.answers)) expect(node?.kind).not.toBe('escalation');
      else if (node?.kind === 'resolution') expect(last.context.answers[last.value], `path ending in ${last.value}`).toBe(FIXED);
      else expect(node?.kind, `path ending in ${last.value}`).toBe('escalation');
      expect(answerEvents(flow, last.value, last.context.answers)).toEqual([]);
    }
  });

  it('asks "Did this fix it?" at every fix, on every path that reaches one', () => {
    const { flow, machine, paths } = machinePaths(flowId);
    let fixes = 0;
    for (const path of paths) {
      for (const step of path.steps) {
        if (flow.nodes[step.state.value]?.kind !== 'resolution' || step.state.context.answers[step.state.value] !== undefined) continue;
        fixes += 1;
        // Both answers move the machine: "yes" records the outcome on the fix, "no" leaves it.
        const from = () =>
          createActor(machine, { input: {}, snapshot: snapshotAt(machine, step.state.value, step.state.context.answers) }).start();
        const yes = from();
        yes.send({ type: 'answer.select', answerId: FIXED });
        expect(yes.getSnapshot().value).toBe(step.state.value);
        expect(yes.getSnapshot().context.answers[step.state.value]).toBe(FIXED);
        const no = from();
        no.send({ type: 'answer.select', answerId: NOT_FIXED });
        expect(no.getSnapshot().value, `"not fixed" at ${step.state.value}`).not.toBe(step.state.value);
        expect(no.getSnapshot().context.answers[step.state.value]).toBe(NOT_FIXED);
      }
    }
    expect(fixes).toBeGreaterThan(0);
  });

  it('leads every "not fixed" to a cause of the same symptom not yet tried, or else to an escalation', () => {
    const { flow, paths } = machinePaths(flowId);
    let checked = 0;
    for (const path of paths) {
      path.steps.forEach((step, i) => {
        const after = path.steps[i + 1];
        if (after?.event?.type !== 'answer.select' || after.event.answerId !== NOT_FIXED) return;
        if (flow.nodes[step.state.value]?.kind !== 'resolution') return;
        checked += 1;
        const before = path.steps.slice(0, i + 1).map((s) => s.state.value);
        const target = after.state.value;
        const group = causeGroup(flow, before);
        if (group.causes.includes(target))
          expect(before, `"${target}" was tried already, after ${before.join(' > ')}`).not.toContain(target);
        else {
          expect(target, `after ${before.join(' > ')}`).toBe(group.escalation);
          expect(flow.nodes[target]?.kind).toBe('escalation');
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('records exactly the answers of each path, and the URL state replays it', () => {
    const { flow, machine, paths } = machinePaths(flowId);
    for (const path of paths) {
      const replay = createActor(machine, { input: {} }).start();
      for (const step of path.steps.slice(1)) if (step.event) replay.send(step.event);
      expect(replay.getSnapshot().value).toBe(path.state.value);
      expect(replay.getSnapshot().context.answers).toEqual(path.state.context.answers);
      replay.stop();
      const answers = path.state.context.answers;
      const derived = derivePath(flow, answers);
      expect(derived.at(-1)?.node.id).toBe(path.state.value);
      // Confirming a fix, or handing over, records the answer without moving: one step on the machine, none on the path.
      const confirmed = isResolved(flow, path.state.value, answers) || isHandedOver(flow, path.state.value, answers) ? 1 : 0;
      expect(derived.length).toBe(path.steps.length - confirmed);
      // Starting an actor from the same answers lands on the same step.
      const actor = createActor(machine, { input: {}, snapshot: snapshotAt(machine, path.state.value, answers) }).start();
      expect(actor.getSnapshot().value).toBe(path.state.value);
      actor.stop();
    }
  });

  it('reaches every node of the flow on some path', () => {
    const { flow, paths } = machinePaths(flowId);
    const visited = new Set(paths.flatMap((path) => path.steps.map((step) => step.state.value)));
    expect([...visited].sort()).toEqual(Object.keys(flow.nodes).sort());
  });
});

describe('wizard events', () => {
  const flow = content.flows.provisioning!;
  const start = () => createActor(createWizardMachine(flow), { input: {} }).start();

  it('goes back along the path without losing later answers', () => {
    const actor = start();
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    actor.send({ type: 'answer.select', answerId: 'no-error' });
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('scope');
    expect(actor.getSnapshot().context.answers).toEqual({ scope: 'some-users', 'user-errors': 'no-error' });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('scope');
  });

  it('keeps answers of a branch that was left, and restores them on return', () => {
    const actor = start();
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    actor.send({ type: 'answer.select', answerId: 'error-18215-18211' });
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    actor.send({ type: 'answer.select', answerId: 'whole-enterprise' });
    expect(actor.getSnapshot().context.answers).toEqual({ scope: 'whole-enterprise' });
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    expect(actor.getSnapshot().context.answers).toEqual({ scope: 'some-users', 'user-errors': 'error-18215-18211' });
  });

  it('keeps answers on a shared part of the path when an earlier answer changes', () => {
    const actor = start();
    actor.send({ type: 'answer.select', answerId: 'not-sure' });
    actor.send({ type: 'answer.select', answerId: 'status-409' });
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    actor.send({ type: 'answer.select', answerId: 'no-error' });
    // pslog-capture is on the new path too, so its answer is still there.
    expect(actor.getSnapshot().context.answers['pslog-capture']).toBe('status-409');
  });

  it('ignores a jump to a step that is not on the path, and restarts from scratch', () => {
    const actor = start();
    actor.send({ type: 'answer.select', answerId: 'whole-enterprise' });
    actor.send({ type: 'step.goto', nodeId: 'apply-patch' });
    expect(actor.getSnapshot().value).toBe('enterprise-settings');
    actor.send({ type: 'wizard.restart' });
    expect(actor.getSnapshot().value).toBe('scope');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, stash: {}, assumed: [] });
  });

  it('after "not fixed" goes to the next untried cause, Back returns to the fix, and "fixed" ends there', () => {
    const actor = start();
    for (const answerId of ['some-users', 'error-18215-18211', 'missing']) actor.send({ type: 'answer.select', answerId });
    expect(actor.getSnapshot().value).toBe('assign-primary-number');
    actor.send({ type: 'answer.select', answerId: 'not-fixed' });
    expect(actor.getSnapshot().value).toBe('email-in-helpdesk');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('assign-primary-number');
    actor.send({ type: 'answer.select', answerId: 'fixed' });
    expect(actor.getSnapshot().value).toBe('assign-primary-number');
    expect(actor.getSnapshot().context.answers['assign-primary-number']).toBe('fixed');
    expect(actor.getSnapshot().context.stash).toEqual({});
  });

  it('records a hand-over answer and stays: the path of this diagnosis ends there, Back still works', () => {
    const webview = content.flows.webview!;
    const actor = createActor(createWizardMachine(webview), { input: {} }).start();
    for (const answerId of ['link-missing', 'template-right', 'not-registered']) actor.send({ type: 'answer.select', answerId });
    expect(actor.getSnapshot().value).toBe('fix-calling');
    actor.send({ type: 'answer.select', answerId: 'open-calling' });
    expect(actor.getSnapshot().value).toBe('fix-calling');
    expect(actor.getSnapshot().context.answers['fix-calling']).toBe('open-calling');
    expect(derivePath(webview, actor.getSnapshot().context.answers).at(-1)?.node.id).toBe('fix-calling');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('check-calling');
  });

  it('takes several faults ticked together, walks their fixes in turn, and goes back through them', () => {
    const calling = content.flows.calling!;
    const actor = createActor(createWizardMachine(calling), { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'no-icon' });
    // A set that mixes in an answer given alone, or names an answer twice, moves nothing.
    actor.send({ type: 'answer.select', answerId: 'no-connector.all-correct' });
    actor.send({ type: 'answer.select', answerId: 'no-connector.no-connector' });
    expect(actor.getSnapshot().value).toBe('should-register');
    actor.send({ type: 'answer.select', answerId: 'wrong-behavior.no-connector' });
    expect(actor.getSnapshot().value).toBe('enable-calling');
    expect(actor.getSnapshot().context.answers['should-register']).toBe('no-connector.wrong-behavior');
    actor.send({ type: 'answer.select', answerId: NOT_FIXED });
    expect(actor.getSnapshot().value).toBe('fix-calling-behavior');
    actor.send({ type: 'answer.select', answerId: NOT_FIXED });
    expect(actor.getSnapshot().value).toBe('escalate-no-icon');
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('should-register');
    // One of them alone, as an older link gives it, still leads to its fix.
    actor.send({ type: 'answer.select', answerId: 'has-broadcloud' });
    expect(actor.getSnapshot().value).toBe('other-calling-service');
  });

  it('adopts the state of a URL (browser back/forward)', () => {
    const actor = start();
    actor.send({ type: 'wizard.sync', nodeId: 'request-target', answers: { scope: 'not-sure', 'pslog-capture': 'status-403' } });
    expect(actor.getSnapshot().value).toBe('request-target');
    actor.send({ type: 'wizard.sync', nodeId: 'apply-patch', answers: {} });
    expect(actor.getSnapshot().value).toBe('request-target');
  });
});

describe('the machine of a flow', () => {
  const flow = content.flows.provisioning!;

  it('is named after the flow and starts at its start node, with the answers given that are on the path', () => {
    const machine = createWizardMachine(flow);
    expect(machine.id).toBe('wizard.provisioning');
    const fresh = createActor(machine, { input: {} }).start();
    expect(fresh.getSnapshot().value).toBe('scope');
    expect(fresh.getSnapshot().context).toStrictEqual({ answers: {}, stash: {}, assumed: [] });
    const given = createActor(machine, {
      input: { answers: { scope: 'not-sure', 'user-errors': 'no-error', 'pslog-capture': 'status-403' } },
    }).start();
    expect(given.getSnapshot().context).toStrictEqual({
      answers: { scope: 'not-sure', 'pslog-capture': 'status-403' },
      stash: {},
      assumed: [],
    });
  });

  it('tags each state with its kind, and the ends with "end" as well', () => {
    const machine = createWizardMachine(flow);
    const at = (stepId: string, answers: Record<string, string>) =>
      machine.resolveState({ value: stepId, context: { answers, stash: {}, assumed: [] } });
    expect([...at('scope', {}).tags].sort()).toEqual(['question']);
    expect([...at('pslog-capture', { scope: 'not-sure' }).tags].sort()).toEqual(['procedure']);
    // A fix is no end of its own: it asks "Did this fix it?".
    expect([...at('fix-enterprise-settings', { scope: 'whole-enterprise', 'enterprise-settings': 'mismatch' }).tags].sort()).toEqual([
      'resolution',
    ]);
    expect([...at('escalate-provisioning', {}).tags].sort()).toEqual(['end', 'escalation']);
  });

  it('ignores an answer the current question does not have', () => {
    const machine = createWizardMachine(flow);
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'status-403' });
    expect(actor.getSnapshot().value).toBe('scope');
    expect(actor.getSnapshot().context).toStrictEqual({ answers: {}, stash: {}, assumed: [] });
  });

  it('jumps to any step on the path, and only there', () => {
    const machine = createWizardMachine(flow);
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    actor.send({ type: 'answer.select', answerId: 'no-error' });
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    expect(actor.getSnapshot().value).toBe('scope');
    // Later steps stay on the path while the answers do.
    actor.send({ type: 'step.goto', nodeId: 'pslog-capture' });
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    actor.send({ type: 'step.goto', nodeId: 'user-errors' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    actor.send({ type: 'step.goto', nodeId: 'enterprise-settings' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    actor.send({ type: 'step.goto', nodeId: 'no-such-node' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    expect(actor.getSnapshot().context).toStrictEqual({
      answers: { scope: 'some-users', 'user-errors': 'no-error' },
      stash: {},
      assumed: [],
    });
  });

  it('goes back to the parent the path came through', () => {
    const machine = createWizardMachine(flow);
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'whole-enterprise' });
    actor.send({ type: 'answer.select', answerId: 'all-match' });
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('enterprise-settings');
  });

  it('adopts the answers of a URL, stashing the ones it no longer carries', () => {
    const machine = createWizardMachine(flow);
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    actor.send({ type: 'answer.select', answerId: 'error-18215-18211' });
    actor.send({ type: 'wizard.sync', nodeId: 'pslog-capture', answers: { scope: 'not-sure', 'user-errors': 'no-error' } });
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    expect(actor.getSnapshot().context).toStrictEqual({
      answers: { scope: 'not-sure' },
      stash: { 'user-errors': 'error-18215-18211' },
      assumed: [],
    });
    // Switching back to the branch brings its answer back.
    actor.send({ type: 'step.goto', nodeId: 'scope' });
    actor.send({ type: 'answer.select', answerId: 'some-users' });
    expect(actor.getSnapshot().value).toBe('user-errors');
    expect(actor.getSnapshot().context).toStrictEqual({
      answers: { scope: 'some-users', 'user-errors': 'error-18215-18211' },
      stash: {},
      assumed: [],
    });
  });

  it('ignores a URL whose step is not on the path of its own answers', () => {
    const machine = createWizardMachine(flow);
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', answerId: 'not-sure' });
    actor.send({ type: 'wizard.sync', nodeId: 'request-target', answers: { scope: 'not-sure' } });
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    expect(actor.getSnapshot().context).toStrictEqual({ answers: { scope: 'not-sure' }, stash: {}, assumed: [] });
  });
});

describe('withAnswer', () => {
  const flow = content.flows.provisioning!;

  it('records the answer and moves what left the path to the stash', () => {
    expect(
      withAnswer(flow, { answers: { scope: 'some-users', 'user-errors': 'no-error' }, stash: {}, assumed: [] }, 'scope', 'not-sure'),
    ).toStrictEqual({
      answers: { scope: 'not-sure' },
      stash: { 'user-errors': 'no-error' },
      assumed: [],
    });
  });

  it('brings stashed answers back onto the path, the current ones first', () => {
    expect(
      withAnswer(
        flow,
        {
          answers: { scope: 'not-sure', 'pslog-capture': 'status-409' },
          stash: { 'user-errors': 'no-error', 'pslog-capture': 'status-403' },
          assumed: [],
        },
        'scope',
        'some-users',
      ),
    ).toStrictEqual({
      answers: { scope: 'some-users', 'user-errors': 'no-error', 'pslog-capture': 'status-409' },
      stash: {},
      assumed: [],
    });
  });
});

describe('machineFor', () => {
  it('builds one machine per flow and reuses it', () => {
    const provisioning = content.flows.provisioning!;
    const signIn = content.flows['sign-in']!;
    const first = machineFor(provisioning);
    expect(machineFor(provisioning)).toBe(first);
    expect(first.id).toBe('wizard.provisioning');
    expect(machineFor(signIn)).not.toBe(first);
    expect(machineFor(signIn).id).toBe('wizard.sign-in');
  });
});

describe('snapshotAt', () => {
  it('stands at the step with the answers and an empty stash', () => {
    const machine = createWizardMachine(content.flows.provisioning!);
    const actor = createActor(machine, { input: {}, snapshot: snapshotAt(machine, 'pslog-capture', { scope: 'not-sure' }) }).start();
    expect(actor.getSnapshot().value).toBe('pslog-capture');
    expect(actor.getSnapshot().context).toStrictEqual({ answers: { scope: 'not-sure' }, stash: {}, assumed: [] });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().value).toBe('scope');
  });
});
