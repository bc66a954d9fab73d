import type { ContentCoverage, ContentGraph } from '../content/types';

/** A one-line summary of the content, for the check's output. */
export function contentStats(graph: ContentGraph, coverage: ContentCoverage): string {
  const nodes = graph.flowOrder.map((id) => `${id} ${String(Object.keys(graph.flows[id]?.nodes ?? {}).length)}`);
  const family = (f: string) => graph.codes.filter((c) => c.family === f).length;
  const mapped = coverage.sections.filter((id) => (coverage.map[id]?.length ?? 0) > 0).length;
  return [
    `version ${String(graph.version)}`,
    `${String(graph.flowOrder.length)} diagnoses (nodes: ${nodes.join(', ')})`,
    `${String(Object.keys(graph.procedures).length)} procedures`,
    `${String(family('end-user'))} end-user + ${String(family('directory-sync'))} directory-sync codes`,
    `${String(graph.logs.length)} logs`,
    `${String(graph.articles.length)} articles`,
    `${String(Object.keys(graph.references).length)} references`,
    `${String(graph.signatures.length)} signatures`,
    `coverage ${String(mapped)}/${String(coverage.sections.length)} guide sections`,
    `locales ${graph.locales.join(', ')}`,
  ].join('; ');
}
