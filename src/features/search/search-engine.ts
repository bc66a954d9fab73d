/**
 * The search box's logic, without React: exact jumps (an error code), log
 * signatures (an HTTP status or a pasted log line), then full-text search in
 * the current language: any word, stemmed, with prefix and fuzzy matching.
 */
import type MiniSearch from 'minisearch';
import type { ContentGraph, Locale } from '../../content/types';
import { searchOptions, type SearchKind, type Stemmer } from '../../shared/search-documents';

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

/** A status said about SIP (registration) or XSI (the XSP's interface) is not the provisioning bridge's. */
const SIP = /\b(sip|register|registration|invite|sbc|inregistr\w*|înregistr\w*|registr\w*)\b/iu;
const XSI = /\b(xsi|xsp|xsi-actions|authservice)\b/iu;
const SIP_TARGET = 'flow:calling/check-client';
const XSI_TARGET = 'procedure:analyze-xsp-sign-in-logs';
/** An HTTP-style status on its own, not part of a longer number (a code, a time, an address). */
const STATUS = /(?<![\d.:/-])([1-5]\d\d)(?![\d.:-])/gu;
/** The guide's five-digit Application Server errors, in any form: "[Error 18215]", "error code 18215", "18215". */
const AS_ERROR = /(?<!\d)182(15|11)(?!\d)/u;
const AS_ERROR_TARGET = 'flow:provisioning/email-in-helpdesk';

/** Where a status leads: the bridge's own step, or the protocol's when SIP or XSI is named. */
function statusHits(graph: ContentGraph, text: string): string[] {
  const targets: string[] = [];
  // A pasted log line is left to the signatures; a status is understood in a short query.
  if (text.length > 200) return targets;
  for (const match of text.matchAll(STATUS)) {
    const status = match[1] ?? '';
    if (XSI.test(text)) targets.push(XSI_TARGET);
    else if (SIP.test(text)) targets.push(SIP_TARGET);
    else {
      const signature = graph.signatures.find((s) => s.id === `http-${status}`);
      if (signature) targets.push(signature.target);
    }
  }
  return targets;
}

export function exactHits(graph: ContentGraph, query: string): SearchHit[] {
  const text = query.slice(0, MAX_SCAN);
  const hits: SearchHit[] = [];
  const add = (target: string) => {
    if (!hits.some((h) => h.target === target)) hits.push({ target, kind: kindOf(target), exact: true });
  };
  if (AS_ERROR.test(text)) add(AS_ERROR_TARGET);
  for (const target of statusHits(graph, text)) add(target);
  // Every error code of the guide written anywhere in the text.
  for (const match of text.matchAll(/\b([0-9]{6})\b/g)) {
    const code = match[1] ?? '';
    if (graph.codes.some((c) => c.code === code)) add(`code:${code}`);
  }
  for (const signature of graph.signatures) {
    if (signature.id.startsWith('http-')) continue;
    if (new RegExp(signature.pattern, 'iu').test(text)) add(signature.target);
  }
  return hits;
}

export function textHits(index: MiniSearch, query: string): SearchHit[] {
  const words = query.slice(0, 500).trim();
  if (words.length < 2) return [];
  return index
    .search(words, {
      // Any word may match; more matched words, and rarer ones, rank first (BM25).
      combineWith: 'OR',
      // Prefixes and typos only for words long enough to mean something.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : false),
      boost: { title: 3, keywords: 2 },
      // A prefix or typo match counts for less than the word itself.
      weights: { prefix: 0.4, fuzzy: 0.3 },
    })
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

const stemmers: Readonly<Record<Locale, () => Promise<Stemmer>>> = {
  en: () => import('@orama/stemmers/english').then((m) => m.stemmer),
  ro: () => import('@orama/stemmers/romanian').then((m) => m.stemmer),
  nl: () => import('@orama/stemmers/dutch').then((m) => m.stemmer),
};

const loaders: Readonly<Record<Locale, () => Promise<string>>> = {
  en: () => import('virtual:content/search/en').then((m) => m.default),
  ro: () => import('virtual:content/search/ro').then((m) => m.default),
  nl: () => import('virtual:content/search/nl').then((m) => m.default),
};

/** The locale's index, with MiniSearch itself, fetched on first use. */
export function loadIndex(locale: Locale): Promise<MiniSearch> {
  let pending = indexes.get(locale);
  if (!pending) {
    pending = Promise.all([import('minisearch'), loaders[locale](), stemmers[locale]()]).then(
      ([{ default: MiniSearchClass }, json, stem]) => MiniSearchClass.loadJSON(json, searchOptions(stem)),
    );
    pending.catch(() => indexes.delete(locale));
    indexes.set(locale, pending);
  }
  return pending;
}
