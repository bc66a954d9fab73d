/**
 * "Did this fix it?" A fix (a resolution node) is a hypothesis until the
 * customer confirms it, so every fix carries two answers the loader adds:
 * `fixed` ends the diagnosis as resolved, `not-fixed` leads on.
 *
 * Where "not fixed" leads depends on the path: a question or procedure that
 * separates the causes of one symptom declares them once, in the guide's
 * order (`causes`), with the escalation to end at (`escalation`). A fix
 * belongs to the nearest such node before it on the path; "not fixed" goes
 * to the first of its causes not yet on the path, then to its escalation.
 * A fix under no such node goes to the flow's own escalation.
 */
import { isStepEdge, nextSteps } from './flow-graph.ts';
import type { Answer, Flow, FlowNode } from './types';

export const FIXED = 'fixed';
export const NOT_FIXED = 'not-fixed';

/** The answers every fix offers; ids no authored answer may take (resolutions have none). */
export function confirmAnswers(flow: Flow, node: FlowNode): readonly Answer[] {
  return confirmAnswersWith(flow, node);
}

/**
 * An authored answer that leads to a fix may instead go on where that fix's
 * "not fixed" goes (see `nextNode`); its `options` list every such target.
 */
export function withOptions(flow: Flow, answer: Answer): Answer {
  const target = flow.nodes[answer.next];
  if (!isStepEdge(answer) || target?.kind !== 'resolution') return answer;
  return { ...answer, options: [answer.next, ...notFixedOptions(flow, answer.next).filter((id) => id !== answer.next)] };
}

function confirmAnswersWith(flow: Flow, node: FlowNode): readonly Answer[] {
  return [
    { id: FIXED, next: node.id, confirms: 'fixed' },
    { id: NOT_FIXED, next: flow.escalation, confirms: 'not-fixed', options: notFixedOptions(flow, node.id) },
  ];
}

/** Every node "not fixed" at `fixId` may lead to, on some path: the causes and escalations of the groups above it. */
function notFixedOptions(flow: Flow, fixId: string): readonly string[] {
  const options = new Set<string>();
  for (const node of Object.values(flow.nodes)) {
    if (node.causes.length === 0 || !reaches(flow, node.id, fixId)) continue;
    for (const id of node.causes) if (id !== fixId) options.add(id);
    options.add(node.escalation ?? flow.escalation);
  }
  options.add(flow.escalation);
  return [...options];
}

/** Whether `to` can be reached from `from` by step edges (authored answers). */
export function reaches(flow: Flow, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] ?? '';
    if (id === to) return true;
    for (const target of nextSteps(flow, id)) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return false;
}

export interface CauseGroup {
  /** The node that declares the causes; undefined for the flow's fallback. */
  readonly at: string | undefined;
  /** The causes in the guide's order (empty for the fallback). */
  readonly causes: readonly string[];
  readonly escalation: string;
}

/** The cause group a fix at the end of `pathIds` belongs to: the nearest declaring node before it. */
export function causeGroup(flow: Flow, pathIds: readonly string[]): CauseGroup {
  for (let i = pathIds.length - 2; i >= 0; i -= 1) {
    const node = flow.nodes[pathIds[i] ?? ''];
    if (node && node.causes.length > 0) return { at: node.id, causes: node.causes, escalation: node.escalation ?? flow.escalation };
  }
  return { at: undefined, causes: [], escalation: flow.escalation };
}

/**
 * The causes of the group that are still open at the end of `pathIds`: not
 * on the path, and not ruled out by a check after the declaring node (a
 * question on the path that could have led straight to the cause, a fix,
 * and was answered otherwise). The declaring node's own answer rules nothing out: it is the
 * first guess, which "not fixed" has just shown wrong.
 */
export function untriedCauses(flow: Flow, pathIds: readonly string[], answers: Readonly<Record<string, string>>): string[] {
  const group = causeGroup(flow, pathIds);
  if (group.at === undefined) return [];
  const after = pathIds.slice(pathIds.lastIndexOf(group.at) + 1);
  const ruledOut = new Set<string>();
  for (const id of after) {
    for (const answer of flow.nodes[id]?.answers ?? []) {
      // Only a fix is ruled out: a check not chosen may still be worth making.
      if (answer.confirms === undefined && answer.id !== answers[id] && flow.nodes[answer.next]?.kind === 'resolution') ruledOut.add(answer.next);
    }
  }
  return group.causes.filter((id) => !pathIds.includes(id) && !ruledOut.has(id));
}

/** Where "not fixed" leads at the end of `pathIds`: the first untried cause of its group, else the group's escalation. */
export function nextUntried(flow: Flow, pathIds: readonly string[], answers: Readonly<Record<string, string>>): string {
  return untriedCauses(flow, pathIds, answers)[0] ?? causeGroup(flow, pathIds).escalation;
}

/**
 * Where an answer leads, given the nodes on the path up to and including its
 * own and the answers: "fixed" ends the path, "not fixed" goes to the first
 * untried cause. An answer that points at a fix already tried without
 * success (a log showing the cause the engineer has just ruled out) goes on
 * as that fix's "not fixed" would: the fix is not offered twice.
 */
export function nextNode(
  flow: Flow,
  answer: Answer,
  pathIds: readonly string[],
  answers: Readonly<Record<string, string>>,
): string | undefined {
  if (answer.confirms === 'fixed' || answer.handover !== undefined) return undefined;
  if (answer.confirms === 'not-fixed') return nextUntried(flow, pathIds, answers);
  if (pathIds.includes(answer.next) && answers[answer.next] === NOT_FIXED) return nextUntried(flow, pathIds, answers);
  return answer.next;
}

/** The fixes on a path that the engineer said did not fix it, in path order. */
export function triedFixes(flow: Flow, answers: Readonly<Record<string, string>>, pathIds: readonly string[]): string[] {
  return pathIds.filter((id) => flow.nodes[id]?.kind === 'resolution' && answers[id] === NOT_FIXED);
}

/**
 * The other causes of the fix's symptom, in the guide's order, with whether
 * the path already went through them. The cause that led to this fix (the
 * latest of them on the path) is left out.
 */
export function otherCauses(flow: Flow, pathIds: readonly string[]): { id: string; tried: boolean }[] {
  const group = causeGroup(flow, pathIds);
  if (group.at === undefined) return [];
  const onPath = new Set(pathIds);
  let own: string | undefined;
  let latest = -1;
  for (const id of group.causes) {
    const index = pathIds.lastIndexOf(id);
    if (index > latest) [own, latest] = [id, index];
  }
  return group.causes.filter((id) => id !== own).map((id) => ({ id, tried: onPath.has(id) }));
}

export interface PathStep {
  readonly node: FlowNode;
  /** The answer recorded for this node, if any. */
  readonly answerId?: string;
}

/**
 * The path through a flow: from the start, following the recorded answers,
 * until a node has none (or a fix is confirmed as fixed). Derived, never
 * stored; the wizard, the case summary and the checks all read it here.
 */
export function followAnswers(flow: Flow, answers: Readonly<Record<string, string>>): PathStep[] {
  const steps: PathStep[] = [];
  const seen: string[] = [];
  let node = flow.nodes[flow.start];
  while (node && !seen.includes(node.id)) {
    seen.push(node.id);
    const answerId = answers[node.id];
    const answer = node.answers.find((a) => a.id === answerId);
    if (!answer) {
      steps.push({ node });
      break;
    }
    steps.push({ node, answerId: answer.id });
    const next = nextNode(flow, answer, seen, answers);
    node = next === undefined ? undefined : flow.nodes[next];
  }
  return steps;
}

/** The fix the path ends at, confirmed as fixed: where the diagnosis was resolved. */
export function resolvedAt(flow: Flow, answers: Readonly<Record<string, string>>): string | undefined {
  const last = followAnswers(flow, answers).at(-1);
  return last && last.node.kind === 'resolution' && last.answerId === FIXED ? last.node.id : undefined;
}
