import type { ContentGraph } from '../content/types';

/** A one-line summary of the content, for the check's output. */
export function contentStats(graph: ContentGraph): string {
  const flows = graph.flowOrder.length;
  const nodes = Object.values(graph.flows).reduce((sum, flow) => sum + Object.keys(flow.nodes).length, 0);
  return [
    `version ${String(graph.version)}`,
    `${String(flows)} flow(s)`,
    `${String(nodes)} nodes`,
    `${String(Object.keys(graph.procedures).length)} procedures`,
    `${String(Object.keys(graph.references).length)} references`,
    `${String(graph.locales.length)} locales (${graph.locales.join(', ')})`,
  ].join(', ');
}
