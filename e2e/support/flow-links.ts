/**
 * The content's flows as the browser tests read them (content/flows/*.yaml,
 * language-neutral), and a link that opens each step of a flow.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface FlowFile {
  id: string;
  start: string;
  nodes: Record<string, { kind: string; sources?: string[]; procedures?: string[]; answers?: { id: string; next?: string }[] }>;
}

export const meta = parse(readFileSync('content/meta.yaml', 'utf8')) as { flows: string[]; contentVersion: number };

export const readFlow = (flowId: string) => parse(readFileSync(`content/flows/${flowId}.yaml`, 'utf8')) as FlowFile;

/** The answers that lead from the start to each node (breadth first: the shortest), as a link without its language. */
export function linksTo(flow: FlowFile): Map<string, string> {
  const found = new Map<string, [string, string][]>([[flow.start, []]]);
  const queue = [flow.start];
  while (queue.length > 0) {
    const nodeId = queue.shift() ?? '';
    for (const answer of flow.nodes[nodeId]?.answers ?? []) {
      if (answer.next === undefined || !(answer.next in flow.nodes) || found.has(answer.next)) continue;
      found.set(answer.next, [...(found.get(nodeId) ?? []), [nodeId, answer.id]]);
      queue.push(answer.next);
    }
  }
  return new Map(
    [...found].map(([nodeId, answers]) => [
      nodeId,
      `/diagnose/${flow.id}/${nodeId}?${new URLSearchParams([['v', String(meta.contentVersion)], ...answers]).toString()}`,
    ]),
  );
}
