/**
 * The search box's logic, without React: exact jumps (an error code), log
 * signatures (an HTTP status or a pasted log line), then full-text search in
 * the current language with prefix and fuzzy matching.
 */
import type MiniSearch from 'minisearch';
import type { ContentGraph, Locale } from '../../content/types';
import { SEARCH_OPTIONS, type SearchKind } from '../../shared/search-documents';

export interface SearchHit {
  readonly target: string;
  readonly kind: SearchKind;
  /** Set when the hit comes from a log signature or an exact code. */
  readonly exact: boolean;
}

/** Pasted logs can be huge: signatures look at this much of the text. */
const MAX_SCAN = 20_000;
const MAX_HITS = 12;
const KINDS: readonly SearchKind[] = ['flow', 'step', 'procedure', 'code', 'log', 'article', 'reference'];

function kindOf(target: string): SearchKind {
  if (target.startsWith('flow:')) return 'step';
  if (target.startsWith('procedure:')) return 'procedure';
  if (target.startsWith('code:')) return 'code';
  if (target.startsWith('log:')) return 'log';
  if (target.startsWith('article:')) return 'article';
  return 'reference';
}

export function exactHits(graph: ContentGraph, query: string): SearchHit[] {
  const text = query.slice(0, MAX_SCAN);
  const hits: SearchHit[] = [];
  const add = (target: string) => {
    if (!hits.some((h) => h.target === target)) hits.push({ target, kind: kindOf(target), exact: true });
  };
  // Every error code of the guide written anywhere in the text.
  for (const match of text.matchAll(/\b([0-9]{6})\b/g)) {
    const code = match[1] ?? '';
    if (graph.codes.some((c) => c.code === code)) add(`code:${code}`);
  }
  for (const signature of graph.signatures) {
    if (new RegExp(signature.pattern, 'iu').test(text)) add(signature.target);
  }
  return hits;
}

export function textHits(index: MiniSearch, query: string): SearchHit[] {
  const words = query.slice(0, 500).trim();
  if (words.length < 2) return [];
  return index
    .search(words, { prefix: true, fuzzy: 0.2, boost: { title: 3, keywords: 2 } })
    .slice(0, MAX_HITS)
    .map((result) => {
      const target = String(result.id);
      return { target, kind: KINDS.find((kind) => kind === result.kind) ?? kindOf(target), exact: false };
    });
}

export function search(graph: ContentGraph, index: MiniSearch | undefined, query: string): SearchHit[] {
  const exact = exactHits(graph, query);
  const rest = index ? textHits(index, query).filter((hit) => !exact.some((e) => e.target === hit.target)) : [];
  return [...exact, ...rest].slice(0, MAX_HITS);
}

const indexes = new Map<Locale, Promise<MiniSearch>>();

const loaders: Readonly<Record<Locale, () => Promise<string>>> = {
  en: () => import('virtual:content/search/en').then((m) => m.default),
  ro: () => import('virtual:content/search/ro').then((m) => m.default),
  nl: () => import('virtual:content/search/nl').then((m) => m.default),
};

/** The locale's index, with MiniSearch itself, fetched on first use. */
export function loadIndex(locale: Locale): Promise<MiniSearch> {
  let pending = indexes.get(locale);
  if (!pending) {
    pending = Promise.all([import('minisearch'), loaders[locale]()]).then(([{ default: MiniSearchClass }, json]) =>
      MiniSearchClass.loadJSON(json, SEARCH_OPTIONS),
    );
    pending.catch(() => indexes.delete(locale));
    indexes.set(locale, pending);
  }
  return pending;
}
