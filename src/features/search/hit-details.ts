/**
 * What a search result says about itself, without React: its kind (a
 * question, a fix, an escalation, a procedure, an error code or reference
 * material), the diagnosis it belongs to, and a title that no other result
 * of the same language shares.
 */
import type { ContentGraph, ContentText, Flow } from '../../content/types';
import { normaliseTerm } from '../../shared/search-documents';

export type HitKind = 'question' | 'fix' | 'escalation' | 'procedure' | 'code' | 'reference';

function flowNode(graph: ContentGraph, target: string) {
  if (!target.startsWith('flow:')) return undefined;
  const [flowId = '', nodeId = ''] = target.slice('flow:'.length).split('/');
  const flow = graph.flows[flowId];
  const node = flow?.nodes[nodeId];
  return flow && node ? { flow, node } : undefined;
}

export function hitKind(graph: ContentGraph, target: string): HitKind {
  const found = flowNode(graph, target);
  if (found) {
    // A step that makes the engineer do something, or the end of a path that solves it, is a fix.
    if (found.node.kind === 'question') return 'question';
    if (found.node.kind === 'escalation') return 'escalation';
    return 'fix';
  }
  if (target.startsWith('procedure:')) return 'procedure';
  if (target.startsWith('code:')) return 'code';
  return 'reference';
}

/** The diagnosis a result belongs to: its own, or the first one that sends the engineer to it. */
export function hitDiagnosis(graph: ContentGraph, text: ContentText, target: string): string | undefined {
  const found = flowNode(graph, target);
  const [kind = '', id = ''] = target.split(':', 2);
  let flow: Flow | undefined = found?.flow;
  if (!flow && (kind === 'procedure' || kind === 'code')) {
    flow = graph.flowOrder
      .map((flowId) => graph.flows[flowId])
      .find((candidate) =>
        Object.values(candidate?.nodes ?? {}).some((node) => (kind === 'procedure' ? node.procedures : node.codes).includes(id)),
      );
  }
  return flow ? text.flows[flow.id]?.title : undefined;
}

/** The step whose answer leads here, for telling two steps of one diagnosis apart. */
function parentTitle(graph: ContentGraph, text: ContentText, target: string): string | undefined {
  const found = flowNode(graph, target);
  if (!found) return undefined;
  const parent = Object.values(found.flow.nodes).find((node) => node.answers.some((answer) => answer.next === found.node.id));
  return parent ? text.flows[found.flow.id]?.nodeTitles[parent.id] : undefined;
}

/** A result's title is plain text: the backticks that mark verbatim code in content text are dropped, the code kept. */
function baseTitle(graph: ContentGraph, text: ContentText, target: string): string {
  return markedTitle(graph, text, target).replaceAll('`', '');
}

function markedTitle(graph: ContentGraph, text: ContentText, target: string): string {
  const [kind = '', rest = ''] = target.split(':', 2);
  if (kind === 'flow') {
    const [flowId = '', nodeId = ''] = rest.split('/');
    const flowText = text.flows[flowId];
    if (graph.flows[flowId]?.start === nodeId) return flowText?.title ?? rest;
    return flowText?.nodeTitles[nodeId] ?? nodeId;
  }
  if (kind === 'procedure') return text.procedures[rest]?.title ?? rest;
  if (kind === 'code') return `${rest}: ${text.codes[rest]?.meaning ?? ''}`;
  if (kind === 'log') return text.logs[rest]?.name ?? rest;
  if (kind === 'article') return text.articles[rest]?.title ?? rest;
  if (kind === 'reference') return text.references[rest] ?? rest;
  return rest;
}

const key = (title: string) => normaliseTerm(title).replace(/\s+/g, ' ').trim();

/**
 * A title for each target, distinct within the language: a title two results
 * share gets its diagnosis, then the step that leads to it, then its id.
 */
export function distinctTitles(graph: ContentGraph, text: ContentText, targets: readonly string[]): Map<string, string> {
  const titles = new Map(targets.map((target) => [target, baseTitle(graph, text, target)]));
  const refinements: ((target: string) => string | undefined)[] = [
    (target) => hitDiagnosis(graph, text, target),
    (target) => parentTitle(graph, text, target),
    (target) => target,
  ];
  for (const refine of refinements) {
    const counts = new Map<string, number>();
    for (const title of titles.values()) counts.set(key(title), (counts.get(key(title)) ?? 0) + 1);
    for (const [target, title] of titles) {
      if ((counts.get(key(title)) ?? 0) < 2) continue;
      const extra = refine(target);
      if (extra !== undefined && !key(title).includes(key(extra))) titles.set(target, `${title} (${extra})`);
    }
  }
  return titles;
}

/** Every target the search can return, in the order of the index's documents (see search-documents.ts). */
export function searchTargets(graph: ContentGraph): string[] {
  const targets: string[] = [];
  for (const flowId of graph.flowOrder) {
    const flow = graph.flows[flowId];
    if (!flow) continue;
    targets.push(`flow:${flowId}/${flow.start}`);
    for (const nodeId of Object.keys(flow.nodes)) if (nodeId !== flow.start) targets.push(`flow:${flowId}/${nodeId}`);
  }
  for (const id of Object.keys(graph.procedures)) targets.push(`procedure:${id}`);
  for (const code of graph.codes) targets.push(`code:${code.code}`);
  for (const log of graph.logs) targets.push(`log:${log.id}`);
  for (const article of graph.articles) targets.push(`article:${article.id}`);
  for (const id of Object.keys(graph.references)) targets.push(`reference:${id}`);
  return targets;
}

export interface TitlePart {
  readonly text: string;
  /** A word whose term the result matched: shown highlighted. */
  readonly match: boolean;
}

/**
 * A title cut into words and what lies between them, each word marked when a
 * term of it is one the result matched: the word itself, a camelCase part of
 * it ("Log" of "XsiActionsLog"), or the hyphenated word it belongs to written
 * together ("e-mail" matched as "email").
 */
export function highlightTitle(title: string, terms: readonly string[], term: (word: string) => string | null): TitlePart[] {
  const matched = new Set(terms);
  const hit = (word: string) => {
    const processed = term(word);
    return processed !== null && matched.has(processed);
  };
  const parts: TitlePart[] = [];
  for (const [chunk] of title.matchAll(/[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+|-/gu)) {
    if (!/[\p{L}\p{N}]/u.test(chunk)) {
      parts.push({ text: chunk, match: false });
      continue;
    }
    const words = chunk.split('-');
    const whole = words.length > 1 && hit(words.join(''));
    words.forEach((word, i) => {
      if (i > 0) parts.push({ text: '-', match: false });
      const camel = word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
      parts.push({ text: word, match: whole || hit(word) || (camel.length > 1 && camel.some(hit)) });
    });
  }
  return parts;
}
