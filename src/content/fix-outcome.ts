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
import { leadingAnswer, readSelection, selectionValue, tickable } from './selection.ts';
import type { Answer, Flow, FlowNode } from './types';

export const FIXED = 'fixed';
export const NOT_FIXED = 'not-fixed';

/** The answers every fix offers; ids no authored answer may take (resolutions have none). */
export function confirmAnswers(flow: Flow, node: FlowNode): readonly Answer[] {
  return confirmAnswersWith(flow, node);
}

/**
 * An authored answer that leads to a step the path may already have been
 * through (a fix, or a check reached by a "not fixed" before) instead goes on
 * where "not fixed" would (see `nextNode`); its `options` list every such target.
 */
export function withOptions(flow: Flow, answer: Answer): Answer {
  if (!isStepEdge(answer) || !mayBeOnPath(flow, answer.next)) return answer;
  return { ...answer, options: [answer.next, ...notFixedOptions(flow, answer.next).filter((id) => id !== answer.next)] };
}

/** Whether a path can already hold `id` when an answer leads to it: it is a fix, or lies at or below a declared cause, where "not fixed" jumps. */
function mayBeOnPath(flow: Flow, id: string): boolean {
  if (flow.nodes[id]?.kind === 'resolution') return true;
  return Object.values(flow.nodes).some((node) => node.causes.some((cause) => reaches(flow, cause, id)));
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
 * on the path, and not ruled out. A check after the declaring node rules out
 * a fix it could have led straight to and was answered otherwise. The
 * declaring node's own answer rules out nothing (it is the first guess,
 * which "not fixed" has just shown wrong), with two exceptions: on a node
 * where the engineer ticks every cause that holds, an answer left unticked
 * was found not to hold; and an answer that led straight to a fix that is
 * none of the causes said that none of them is the cause.
 */
export function untriedCauses(flow: Flow, pathIds: readonly string[], answers: Readonly<Record<string, string>>): string[] {
  return ruleCauses(flow, pathIds, answers).filter((cause) => cause.status === 'open').map((cause) => cause.id);
}

export type CauseStatus = 'tried' | 'ruled-out' | 'open';

/** Each cause of the group at the end of `pathIds`, in the guide's order, with whether it was tried, ruled out, or is still open (see `untriedCauses`). */
export function ruleCauses(
  flow: Flow,
  pathIds: readonly string[],
  answers: Readonly<Record<string, string>>,
): { id: string; status: CauseStatus }[] {
  const group = causeGroup(flow, pathIds);
  const declaring = group.at === undefined ? undefined : flow.nodes[group.at];
  if (!declaring) return [];
  const ruledOut = new Set<string>();
  for (const id of pathIds.slice(pathIds.lastIndexOf(declaring.id) + 1)) {
    const node = flow.nodes[id];
    if (!node) continue;
    const chosen = readSelection(node, answers[id]) ?? [];
    for (const answer of node.answers) {
      // Only a fix is ruled out: a check not chosen may still be worth making.
      if (answer.confirms === undefined && !chosen.includes(answer) && flow.nodes[answer.next]?.kind === 'resolution') ruledOut.add(answer.next);
    }
  }
  const chosen = readSelection(declaring, answers[declaring.id]) ?? [];
  for (const answer of tickable(declaring)) if (!chosen.includes(answer)) ruledOut.add(answer.next);
  const elsewhere = chosen.length > 0 && chosen.every((a) => !declaring.causes.includes(a.next) && flow.nodes[a.next]?.kind === 'resolution');
  return group.causes.map((id) => ({
    id,
    status: pathIds.includes(id) ? 'tried' : elsewhere || ruledOut.has(id) ? 'ruled-out' : 'open',
  }));
}

/** Where "not fixed" leads at the end of `pathIds`: the first untried cause of its group, else the group's escalation. */
export function nextUntried(flow: Flow, pathIds: readonly string[], answers: Readonly<Record<string, string>>): string {
  return untriedCauses(flow, pathIds, answers)[0] ?? causeGroup(flow, pathIds).escalation;
}

/**
 * Where an answer leads, given the nodes on the path up to and including its
 * own and the answers: "fixed" ends the path, "not fixed" goes to the first
 * untried cause. An answer that points at a step already on the path (a fix
 * tried without success, a log showing the cause the engineer has just ruled
 * out, a check made after an earlier "not fixed") goes on as "not fixed"
 * would: nothing is offered twice.
 */
export function nextNode(
  flow: Flow,
  answer: Answer,
  pathIds: readonly string[],
  answers: Readonly<Record<string, string>>,
): string | undefined {
  if (answer.confirms === 'fixed' || answer.handover !== undefined) return undefined;
  if (answer.confirms === 'not-fixed') return nextUntried(flow, pathIds, answers);
  // The graph has no cycles: only a "not fixed" that jumped ahead can have put the target on the path.
  if (pathIds.includes(answer.next)) return nextUntried(flow, pathIds, answers);
  return answer.next;
}

/** Where the value recorded at `node` leads (one answer, or the ticked ones: the first in the guide's order). */
export function nextFromSelection(
  flow: Flow,
  node: FlowNode,
  selection: readonly Answer[],
  pathIds: readonly string[],
  answers: Readonly<Record<string, string>>,
): string | undefined {
  const answer = leadingAnswer(node, selection);
  return answer ? nextNode(flow, answer, pathIds, answers) : undefined;
}

/** The fixes on a path that the engineer said did not fix it, in path order. */
export function triedFixes(flow: Flow, answers: Readonly<Record<string, string>>, pathIds: readonly string[]): string[] {
  return pathIds.filter((id) => flow.nodes[id]?.kind === 'resolution' && answers[id] === NOT_FIXED);
}

/**
 * The other causes of the fix's symptom, in the guide's order, with whether
 * the path already tried them, the answers ruled them out, or they are still
 * open (and then whether the engineer ticked them: those come next). The
 * cause that led to this fix (the latest of them on the path) is left out.
 */
export function otherCauses(
  flow: Flow,
  pathIds: readonly string[],
  answers: Readonly<Record<string, string>>,
): { id: string; status: CauseStatus; ticked: boolean }[] {
  const group = causeGroup(flow, pathIds);
  const declaring = group.at === undefined ? undefined : flow.nodes[group.at];
  if (!declaring) return [];
  let own: string | undefined;
  let latest = -1;
  for (const id of group.causes) {
    const index = pathIds.lastIndexOf(id);
    if (index > latest) [own, latest] = [id, index];
  }
  const ticked = new Set(
    (readSelection(declaring, answers[declaring.id]) ?? []).filter((a) => tickable(declaring).includes(a)).map((a) => a.next),
  );
  return ruleCauses(flow, pathIds, answers)
    .filter((cause) => cause.id !== own)
    .map((cause) => ({ ...cause, ticked: ticked.has(cause.id) }));
}

export interface PathStep {
  readonly node: FlowNode;
  /** The answer recorded for this node, if any: one answer id, or on a `multiple` node the ticked ones joined by dots (selection.ts). */
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
    const selection = readSelection(node, answers[node.id]);
    if (!selection) {
      steps.push({ node });
      break;
    }
    steps.push({ node, answerId: selectionValue(node, selection) });
    const next = nextFromSelection(flow, node, selection, seen, answers);
    node = next === undefined ? undefined : flow.nodes[next];
  }
  return steps;
}

/** The fix the path ends at, confirmed as fixed: where the diagnosis was resolved. */
export function resolvedAt(flow: Flow, answers: Readonly<Record<string, string>>): string | undefined {
  const last = followAnswers(flow, answers).at(-1);
  return last && last.node.kind === 'resolution' && last.answerId === FIXED ? last.node.id : undefined;
}
