/**
 * Several answers at once. A node marked `multiple` separates causes that can
 * hold together (should the app register? the entitlement may be missing AND
 * the calling behavior wrong), so the engineer ticks every answer that leads
 * to one of its declared causes. The value recorded for the node, in the
 * answers and in the link, is the ticked answer ids joined by dots in the
 * node's order: `should-register=no-connector.wrong-behavior`. One id alone is
 * a value as before, so a link made when the node took one answer still reads.
 * The node's other answers (a hand-over, "everything is correct") are given
 * alone.
 */
import type { Answer, FlowNode } from './types';

export const SELECTION_SEPARATOR = '.';

/** The answers of `node` that can be ticked together: on a `multiple` node, those that lead to one of its causes. */
export function tickable(node: FlowNode): readonly Answer[] {
  if (node.multiple !== true) return [];
  return node.answers.filter((a) => a.confirms === undefined && a.handover === undefined && node.causes.includes(a.next));
}

/**
 * The answers a recorded value names, in the node's order; undefined when the
 * value is not one answer of the node nor a set of two or more of its
 * tickable answers (each once, in any order).
 */
export function readSelection(node: FlowNode, value: string | undefined): readonly Answer[] | undefined {
  if (value === undefined) return undefined;
  const single = node.answers.find((a) => a.id === value);
  if (single) return [single];
  if (node.multiple !== true) return undefined;
  const ids = value.split(SELECTION_SEPARATOR);
  const allowed = tickable(node);
  if (ids.length < 2 || new Set(ids).size !== ids.length || !ids.every((id) => allowed.some((a) => a.id === id))) return undefined;
  return allowed.filter((a) => ids.includes(a.id));
}

/** The value that records these answers: their ids joined, in the node's order. */
export function selectionValue(node: FlowNode, answers: readonly Answer[]): string {
  return node.answers
    .filter((a) => answers.includes(a))
    .map((a) => a.id)
    .join(SELECTION_SEPARATOR);
}

/** The value in its one written form (the node's order), or undefined when the node does not accept it. */
export function canonicalSelection(node: FlowNode, value: string | undefined): string | undefined {
  const selection = readSelection(node, value);
  return selection ? selectionValue(node, selection) : undefined;
}

/** The answer ids a value names, as written (for labels; no check against a node). */
export function selectedIds(value: string): readonly string[] {
  return value.split(SELECTION_SEPARATOR);
}

/**
 * Which of the selected answers the path follows first: the one whose cause
 * comes first in the node's causes (the guide's order). The others follow
 * when its fix does not help (see `untriedCauses` in fix-outcome.ts).
 */
export function leadingAnswer(node: FlowNode, selection: readonly Answer[]): Answer | undefined {
  if (selection.length < 2) return selection[0];
  const rank = (a: Answer) => node.causes.indexOf(a.next);
  return [...selection].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Every value a node accepts: each of its answers, then each set of two or
 * more tickable answers. For the content check's walk and the tests; the
 * number of sets doubles with each tickable answer, so it is capped.
 */
export function allSelections(node: FlowNode): readonly string[] {
  const values = node.answers.map((a) => a.id);
  const ticks = tickable(node);
  if (ticks.length > 12) throw new Error(`node "${node.id}" has more than 12 answers to tick together`);
  for (let mask = 1; mask < 2 ** ticks.length; mask += 1) {
    const chosen = ticks.filter((_, i) => (mask & (2 ** i)) !== 0);
    if (chosen.length >= 2) values.push(selectionValue(node, chosen));
  }
  return values;
}
