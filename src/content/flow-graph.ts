/**
 * The graph of a diagnosis: one model of its shape for everything that
 * reads it. The content check reads it (every target exists, every step is
 * reachable, no cycle, every hand-over lands), so do the ways into a flow
 * (graph-paths.ts) and "not fixed" (fix-outcome.ts), and the map of the
 * diagnosis is drawn from it (src/build/flow-map.ts).
 *
 * The nodes are the flow's steps, in the order the content lists them. The
 * edges:
 * - `answer`: an authored answer that leads to another step of the flow;
 * - `handover`: an answer that continues in another diagnosis; this flow's
 *   path ends there, so it is no step edge;
 * - `not-fixed`: where "Did this fix it? No" may lead from a fix. That
 *   depends on the path, so these come from walking every path
 *   (fix-walk.ts) and are given to `flowGraph`.
 * "Fixed" ends the path at the fix: it is no edge.
 */
import type { Answer, Flow, HandOverTarget, NodeKind } from './types';

export type EdgeKind = 'answer' | 'handover' | 'not-fixed';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
}

export interface GraphEdge {
  readonly kind: EdgeKind;
  readonly from: string;
  /** A step of this flow; for a hand-over, `handoverKey(target)`. */
  readonly to: string;
  /** The answer of `from` this edge is; `not-fixed` for a `not-fixed` edge. */
  readonly answer: string;
  /** The answer's place among its node's answers (-1 for `not-fixed`): where the content check points. */
  readonly index: number;
  readonly handover?: HandOverTarget | undefined;
}

export interface FlowGraph {
  readonly flowId: string;
  readonly start: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Whether an answer is a step edge of its flow: authored, and not a hand-over. */
export function isStepEdge(answer: Answer): boolean {
  return answer.confirms === undefined && answer.handover === undefined;
}

/** The steps the authored answers of `nodeId` lead to, in answer order. */
export function nextSteps(flow: Flow, nodeId: string): string[] {
  return (flow.nodes[nodeId]?.answers ?? []).filter(isStepEdge).map((answer) => answer.next);
}

/** The node a hand-over leads to, as the map names it: `<flow>/<step>`. */
export function handoverKey(target: HandOverTarget): string {
  return `${target.flow}/${target.step}`;
}

/**
 * The graph of `flow`. `notFixed` are the (fix, target) pairs "not fixed"
 * leads to on some path (`walkFlow(flow).notFixed`); without them the graph
 * has the authored edges only, as the structural checks need.
 */
export function flowGraph(flow: Flow, notFixed: ReadonlyArray<readonly [from: string, to: string]> = []): FlowGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const node of Object.values(flow.nodes)) {
    nodes.push({ id: node.id, kind: node.kind });
    node.answers.forEach((answer, index) => {
      if (answer.handover !== undefined)
        edges.push({ kind: 'handover', from: node.id, to: handoverKey(answer.handover), answer: answer.id, index, handover: answer.handover });
      else if (isStepEdge(answer)) edges.push({ kind: 'answer', from: node.id, to: answer.next, answer: answer.id, index });
    });
  }
  // In the content's order of the fixes and of their targets, however the walk met them.
  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const place = (id: string) => order.get(id) ?? nodes.length;
  const sorted = [...notFixed].sort(([a, b], [c, d]) => place(a) - place(c) || place(b) - place(d));
  for (const [from, to] of sorted) edges.push({ kind: 'not-fixed', from, to, answer: 'not-fixed', index: -1 });
  return { flowId: flow.id, start: flow.start, nodes, edges };
}

/** Step edges by the node they leave, for walks over the model. */
export function stepEdgesFrom(graph: FlowGraph): ReadonlyMap<string, readonly GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'answer') continue;
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  return out;
}
