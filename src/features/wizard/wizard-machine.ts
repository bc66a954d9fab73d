/**
 * The wizard's state machine, generated from a flow of the content: one state
 * per node, one guarded `answer.select` transition per answer, `step.back`
 * to the node before on the path. Imports only xstate and content types; the
 * router is joined to it in use-wizard-route.ts.
 */
import { assign, setup } from 'xstate';
import { canonicalSelection, selectedIds, tickable } from '../../content/selection';
import type { Flow } from '../../content/types';
import { type Answers, derivePath, isOnPath, previousOnPath, splitAnswers } from './answer-path';

export interface WizardContext {
  /** Answers on the current path, keyed by node id (what the URL carries). */
  readonly answers: Answers;
  /**
   * Answers given on a branch the user has since left. Kept so that switching
   * back to that branch brings them back; never put in the URL.
   */
  readonly stash: Answers;
  /**
   * Nodes whose answer nobody gave: filled in to open a step directly (a
   * search hit, a code page, a log finding). An answer chosen on its node, or
   * confirmed, leaves the list. Kept for stashed answers too, so a branch
   * switched back to brings them back still marked.
   */
  readonly assumed: readonly string[];
}

export type WizardEvent =
  /** One answer, or on a node that takes several, the ticked answer ids joined by dots (content/selection.ts). */
  | { type: 'answer.select'; answerId: string }
  /** The engineer confirms an assumed answer (of `nodeId`), or all of them. */
  | { type: 'answer.confirm'; nodeId?: string }
  | { type: 'step.back' }
  | { type: 'step.goto'; nodeId: string }
  | { type: 'wizard.restart' }
  /** The URL changed (deep link, browser back/forward): adopt its state. */
  | { type: 'wizard.sync'; nodeId: string; answers: Answers; assumed?: readonly string[] };

export interface WizardInput {
  readonly answers?: Answers;
}

/** Records `answerId` for `nodeId`, now given, then re-derives which answers are on the path. */
export function withAnswer(flow: Flow, context: WizardContext, nodeId: string, answerId: string): WizardContext {
  const merged = { ...context.stash, ...context.answers, [nodeId]: answerId };
  const { onPath, offPath } = splitAnswers(flow, merged);
  return { answers: onPath, stash: offPath, assumed: context.assumed.filter((id) => id !== nodeId) };
}

/** The assumed answers once `nodeId`'s (or, without it, every one) is confirmed. */
export function withConfirmed(assumed: readonly string[], nodeId: string | undefined): readonly string[] {
  return nodeId === undefined ? [] : assumed.filter((id) => id !== nodeId);
}

export function createWizardMachine(flow: Flow) {
  /** The answers of a node that can be ticked together (none on most nodes). */
  const ticks = (nodeId: string) => {
    const node = flow.nodes[nodeId];
    return node ? tickable(node).map((a) => a.id) : [];
  };
  /**
   * The step an answer leads to from a context. The guards of one event ask
   * it once per possible target with the same context: the last answer is kept.
   */
  let last: { context: WizardContext; nodeId: string; value: string; next: string | undefined } | undefined;
  const nextAfter = (context: WizardContext, nodeId: string, value: string): string | undefined => {
    if (last?.context === context && last.nodeId === nodeId && last.value === value) return last.next;
    const path = derivePath(flow, withAnswer(flow, context, nodeId, value).answers);
    const index = path.findIndex((step) => step.node.id === nodeId);
    const next = index >= 0 ? path[index + 1]?.node.id : undefined;
    last = { context, nodeId, value, next };
    return next;
  };
  const wizard = setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
      input: {},
    },
    guards: {
      isAnswer: ({ event }, params: { answerId: string }) => event.type === 'answer.select' && event.answerId === params.answerId,
      /** "Not fixed" leads where the path says: the first cause not yet tried, or the escalation. */
      leadsTo: ({ context, event }, params: { nodeId: string; answerId: string; target: string }) => {
        if (event.type !== 'answer.select' || event.answerId !== params.answerId) return false;
        return nextAfter(context, params.nodeId, params.answerId) === params.target;
      },
      /** Answers ticked together on a node that takes several: they lead where the path says, the first in the guide's order. */
      picks: ({ context, event }, params: { nodeId: string; target: string }) => {
        const node = flow.nodes[params.nodeId];
        if (event.type !== 'answer.select' || !node) return false;
        const value = canonicalSelection(node, event.answerId);
        // An answer given alone has transitions of its own.
        if (value === undefined || !selectedIds(value).every((id) => ticks(params.nodeId).includes(id))) return false;
        return nextAfter(context, params.nodeId, value) === params.target;
      },
      cameFrom: ({ context }, params: { node: string; parent: string }) =>
        previousOnPath(flow, context.answers, params.node) === params.parent,
      canGoTo: ({ context, event }, params: { nodeId: string }) =>
        event.type === 'step.goto' && event.nodeId === params.nodeId && isOnPath(flow, context.answers, params.nodeId),
      syncsTo: ({ event }, params: { nodeId: string }) =>
        event.type === 'wizard.sync' && event.nodeId === params.nodeId && isOnPath(flow, event.answers, params.nodeId),
    },
    actions: {
      recordAnswer: assign(({ context }, params: { nodeId: string; answerId: string }) =>
        withAnswer(flow, context, params.nodeId, params.answerId),
      ),
      recordPick: assign(({ context, event }, params: { nodeId: string }) => {
        const node = flow.nodes[params.nodeId];
        const value = event.type === 'answer.select' && node ? canonicalSelection(node, event.answerId) : undefined;
        return value === undefined ? {} : withAnswer(flow, context, params.nodeId, value);
      }),
      adoptUrl: assign(({ context, event }) => {
        if (event.type !== 'wizard.sync') return {};
        const { onPath } = splitAnswers(flow, event.answers);
        // Answers the URL no longer carries stay available for a switch back.
        const merged = { ...context.stash, ...context.answers };
        const stash = Object.fromEntries(Object.entries(merged).filter(([nodeId]) => !(nodeId in onPath)));
        // The URL says which answers on the path are assumed; stashed ones keep their mark.
        const assumed = [...context.assumed.filter((nodeId) => !(nodeId in onPath)), ...(event.assumed ?? [])];
        return { answers: onPath, stash, assumed };
      }),
      confirm: assign(({ context, event }) =>
        event.type === 'answer.confirm' ? { assumed: withConfirmed(context.assumed, event.nodeId) } : {},
      ),
      clear: assign({ answers: {}, stash: {}, assumed: [] }),
    },
  });

  const nodes = Object.values(flow.nodes);
  /** On a node that takes several answers, the tickable ones, alone or together, move by where the path leads. */
  const pickTransitions = (nodeId: string) => {
    const node = flow.nodes[nodeId];
    const targets = new Set(node ? tickable(node).flatMap((a) => a.options ?? [a.next]) : []);
    return [...targets].map((target) => ({
      guard: { type: 'picks' as const, params: { nodeId, target } },
      target,
      actions: { type: 'recordPick' as const, params: { nodeId } },
    }));
  };
  const parents = new Map<string, string[]>();
  for (const node of nodes) {
    for (const answer of node.answers) {
      for (const target of answer.options ?? [answer.next]) {
        if (target === node.id) continue;
        const list = parents.get(target) ?? [];
        if (!list.includes(node.id)) list.push(node.id);
        parents.set(target, list);
      }
    }
  }

  const states = Object.fromEntries(
    nodes.map((node) => [
      node.id,
      {
        tags: node.answers.length === 0 ? ['end', node.kind] : [node.kind],
        on: {
          'answer.select': [
            ...pickTransitions(node.id),
            ...node.answers.flatMap((answer) => {
              if (ticks(node.id).includes(answer.id)) return [];
              const actions = { type: 'recordAnswer' as const, params: { nodeId: node.id, answerId: answer.id } };
              // "Fixed" leads back to the fix itself, now answered: the diagnosis ends there as resolved.
              const targets = answer.options ?? [answer.next];
              return targets.map((target) => ({
                guard:
                  answer.options === undefined
                    ? { type: 'isAnswer' as const, params: { answerId: answer.id } }
                    : { type: 'leadsTo' as const, params: { nodeId: node.id, answerId: answer.id, target } },
                target,
                actions,
              }));
            }),
          ],
          'step.back': (parents.get(node.id) ?? []).map((parent) => ({
            guard: { type: 'cameFrom' as const, params: { node: node.id, parent } },
            target: parent,
          })),
        },
      },
    ]),
  );

  return wizard.createMachine({
    id: `wizard.${flow.id}`,
    context: ({ input }: { input: WizardInput }) => ({ answers: splitAnswers(flow, input.answers ?? {}).onPath, stash: {}, assumed: [] }),
    initial: flow.start,
    states,
    on: {
      'step.goto': nodes.map((node) => ({
        guard: { type: 'canGoTo' as const, params: { nodeId: node.id } },
        target: `.${node.id}`,
      })),
      'wizard.sync': nodes.map((node) => ({
        guard: { type: 'syncsTo' as const, params: { nodeId: node.id } },
        target: `.${node.id}`,
        actions: 'adoptUrl' as const,
      })),
      'wizard.restart': { target: `.${flow.start}`, actions: 'clear' },
      // Confirming changes no step: the answer stays, only its mark goes.
      'answer.confirm': { actions: 'confirm' },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;

/** A snapshot standing at `stepId` with `answers` (those of `assumed` not given), to start an actor from a URL. */
export function snapshotAt(machine: WizardMachine, stepId: string, answers: Answers, assumed: readonly string[] = []) {
  return machine.getPersistedSnapshot(machine.resolveState({ value: stepId, context: { answers, stash: {}, assumed } }));
}

const machines = new WeakMap<Flow, WizardMachine>();
/** One machine per flow, built on first use. */
export function machineFor(flow: Flow): WizardMachine {
  let machine = machines.get(flow);
  if (!machine) {
    machine = createWizardMachine(flow);
    machines.set(flow, machine);
  }
  return machine;
}
