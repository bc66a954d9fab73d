/**
 * Walks every path through a flow, "not fixed" jumps included, and says
 * where a path could strand the engineer. Build time and tests only: the
 * number of paths grows with the causes, which is fine for the content's
 * size and is capped so a mistake cannot hang the check.
 */
import { causeGroup, FIXED, NOT_FIXED, nextFromSelection, untriedCauses } from './fix-outcome.ts';
import { allSelections, readSelection } from './selection.ts';
import type { Flow } from './types';

export interface WalkProblem {
  readonly field: string;
  readonly message: string;
}

export interface WalkResult {
  readonly problems: readonly WalkProblem[];
  /** Complete paths walked (each ends confirmed as fixed or at an escalation). */
  readonly paths: number;
  /** "Not fixed" answers taken, over all paths. */
  readonly notFixed: number;
  /** Each (fix, step) pair "not fixed" leads to on some path, in the order first met: the graph's `not-fixed` edges (flow-graph.ts). */
  readonly notFixedEdges: ReadonlyArray<readonly [from: string, to: string]>;
}

const MAX_PATHS = 500_000;

/**
 * `onPath`, when given, sees every complete path with its answers: one that
 * ends at an escalation (or a node without answers), at a fix confirmed as
 * fixed, or at a hand-over.
 */
export function walkFlow(flow: Flow, onPath?: (path: readonly string[], answers: Readonly<Record<string, string>>) => void): WalkResult {
  const problems = new Map<string, WalkProblem>();
  const problem = (field: string, message: string) => problems.set(`${field}\u0000${message}`, { field, message });
  for (const node of Object.values(flow.nodes)) {
    if (node.kind !== 'resolution') continue;
    const ids = node.answers.map((a) => `${a.id}:${a.confirms ?? ''}`);
    if (ids.join(' ') !== `${FIXED}:fixed ${NOT_FIXED}:not-fixed`)
      problem(`nodes.${node.id}`, 'a fix must ask "Did this fix it?" with exactly the answers fixed and not-fixed');
  }
  let paths = 0;
  let notFixed = 0;
  const notFixedEdges = new Map<string, readonly [string, string]>();
  const stack: { path: string[]; answers: Record<string, string> }[] = [{ path: [flow.start], answers: {} }];
  while (stack.length > 0) {
    const { path, answers } = stack.pop() ?? { path: [], answers: {} };
    const id = path.at(-1) ?? '';
    const node = flow.nodes[id];
    if (!node) continue;
    if (node.answers.length === 0) {
      paths += 1;
      onPath?.(path, answers);
      if (node.kind !== 'escalation') problem(`nodes.${id}`, `the path ${path.join(' -> ')} ends here, at a step that is neither a fix nor an escalation`);
      if (paths > MAX_PATHS) {
        problem('nodes', `more than ${String(MAX_PATHS)} paths: too many to check`);
        break;
      }
      continue;
    }
    // Every value the node takes: each answer, and on a node with several to tick, each set of them.
    for (const value of allSelections(node)) {
      const selection = readSelection(node, value) ?? [];
      const chosen = { ...answers, [id]: value };
      const next = nextFromSelection(flow, node, selection, path, chosen);
      if (next === undefined) {
        paths += 1;
        onPath?.(path, chosen);
        continue;
      }
      if (selection[0]?.confirms === 'not-fixed') {
        notFixed += 1;
        if (!notFixedEdges.has(`${id}\u0000${next}`)) notFixedEdges.set(`${id}\u0000${next}`, [id, next]);
        const group = causeGroup(flow, path);
        const untried = untriedCauses(flow, path, chosen).includes(next);
        if (!untried && !(next === group.escalation && flow.nodes[next]?.kind === 'escalation'))
          problem(`nodes.${id}`, `"not fixed" after ${path.join(' -> ')} leads to "${next}", neither an untried cause nor an escalation`);
      }
      if (path.includes(next)) {
        problem(`nodes.${id}.answers`, `after ${path.join(' -> ')}, answer "${value}" leads back to "${next}", already on the path`);
        continue;
      }
      stack.push({ path: [...path, next], answers: chosen });
    }
  }
  return { problems: [...problems.values()], paths, notFixed, notFixedEdges: [...notFixedEdges.values()] };
}
