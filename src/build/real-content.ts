/**
 * The real content, loaded and validated the way the build does it, for unit
 * tests of the wizard (they run in Node, outside Vite's virtual modules).
 */
import { fileURLToPath } from 'node:url';
import { formatProblem, loadContent } from './load-content.ts';
import type { ContentGraph, Flow } from '../content/types.ts';

export function realContent(): ContentGraph {
  const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.graph;
}

export function realFlow(id: string): Flow {
  const flow = realContent().flows[id];
  if (!flow) throw new Error(`no flow ${id}`);
  return flow;
}
