/**
 * The search box's logic, without React: exact jumps (an error code), log
 * signatures (an HTTP status or a pasted log line), then full-text search in
 * the current language: any word, stemmed, with prefix and fuzzy matching.
 */
import type { SearchResult } from 'minisearch';
import type { ContentGraph, Locale, SynonymGroup } from '../../content/types';
import { normaliseTerm, searchOptions, termFor, type SearchIndex, type Stemmer } from '../../shared/search-documents';
import { expandQuery, queryWords, synonymPhrases } from '../../shared/search-synonyms';
import { hitKind, type HitKind } from './hit-details';
import { splitIdentifiers } from './query-identifiers';

export interface SearchHit {
  readonly target: string;
  readonly kind: HitKind;
  /** Set when the hit comes from a log signature or an exact code. */
  readonly exact: boolean;
  /** The index terms the result matched (stemmed), to highlight its title with. */
  readonly terms: readonly string[];
  /** The query's words that matched, as typed ("log in → sign in" when through the vocabulary). */
  readonly words: readonly string[];
}

/** Pasted logs can be huge: signatures look at this much of the text. */
const MAX_SCAN = 20_000;
const MAX_HITS = 12;

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
    if (!hits.some((h) => h.target === target)) hits.push({ target, kind: hitKind(graph, target), exact: true, terms: [], words: [] });
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

const phraseCache = new WeakMap<readonly SynonymGroup[], ReturnType<typeof synonymPhrases>>();
function phrasesOf(groups: readonly SynonymGroup[]) {
  let phrases = phraseCache.get(groups);
  if (!phrases) {
    phrases = synonymPhrases(groups);
    phraseCache.set(groups, phrases);
  }
  return phrases;
}

const TEXT_OPTIONS = {
  // Any word may match; more matched words, and rarer ones, rank first (BM25).
  combineWith: 'OR',
  // Prefixes and typos only for words long enough to mean something.
  prefix: (term: string) => term.length >= 3,
  fuzzy: (term: string) => (term.length >= 5 ? 0.25 : false),
  boost: { title: 3, keywords: 2 },
  // A prefix or typo match counts for less than the word itself.
  weights: { prefix: 0.4, fuzzy: 0.3 },
  // A symptom in general words starts best at the diagnosis's own first question.
  boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) => (stored?.kind === 'flow' ? FLOW_BOOST : 1),
} as const;

/** How much a word of the vocabulary that the engineer did not type counts, against one typed. */
const SECONDARY_WEIGHT = 0.3;
const FLOW_BOOST = 3;

function matchedWords(result: SearchResult, typed: readonly string[], term: (word: string) => string | null): string[] {
  return typed.filter((word) => {
    const processed = term(word);
    return processed !== null && result.queryTerms.some((q) => q === processed || processed.startsWith(q) || q.startsWith(processed));
  });
}

export function textHits(graph: ContentGraph, index: SearchIndex, query: string): SearchHit[] {
  const words = splitIdentifiers(query.slice(0, 500)).rest.trim();
  if (words.length < 2) return [];
  const expansion = expandQuery(words, phrasesOf(index.synonyms), index.locale, index.stem);
  const main = [...expansion.rest, ...expansion.primary].join(' ');
  const secondary = expansion.secondary.join(' ');
  const term = termFor(index.stem);
  const results = index.mini.search(
    {
      combineWith: 'OR',
      queries: [
        main,
        ...(secondary === '' ? [] : [{ queries: [secondary], prefix: false, fuzzy: false, boostTerm: () => SECONDARY_WEIGHT }]),
      ],
    },
    TEXT_OPTIONS,
  );
  return results.slice(0, MAX_HITS).map((result) => {
    const target = String(result.id);
    const typed = matchedWords(result, expansion.rest, term);
    const through = expansion.used
      .filter((use) => matchedWords(result, [...queryWords(use.as), ...queryWords(use.typed)], term).length > 0)
      .map((use) => (normaliseTerm(use.typed) === normaliseTerm(use.as) ? use.typed : `${use.typed} → ${use.as}`));
    return { target, kind: hitKind(graph, target), exact: false, terms: result.terms, words: [...new Set([...typed, ...through])] };
  });
}

export function search(graph: ContentGraph, index: SearchIndex | undefined, query: string): SearchHit[] {
  const exact = exactHits(graph, query);
  const rest = index ? textHits(graph, index, query).filter((hit) => !exact.some((e) => e.target === hit.target)) : [];
  return [...exact, ...rest].slice(0, MAX_HITS);
}

const NEAREST = 3;

/**
 * When nothing matches: the diagnoses closest to the query's words, by a
 * looser search (longer prefixes, more typos) over the diagnoses' own text;
 * when even that finds nothing, the first diagnoses of the home page.
 */
export function nearestDiagnoses(graph: ContentGraph, index: SearchIndex | undefined, query: string): string[] {
  const starts = graph.flowOrder.flatMap((flowId) => {
    const flow = graph.flows[flowId];
    return flow ? [`flow:${flowId}/${flow.start}`] : [];
  });
  const words = splitIdentifiers(query.slice(0, 500)).rest.trim();
  const found: string[] = [];
  if (index && words !== '') {
    for (const result of index.mini.search(words, { combineWith: 'OR', prefix: true, fuzzy: 0.45, boost: { title: 3, keywords: 2 } })) {
      const [flowId = ''] = String(result.id)
        .replace(/^flow:/, '')
        .split('/');
      const start = starts.find((target) => target.startsWith(`flow:${flowId}/`));
      if (String(result.id).startsWith('flow:') && start && !found.includes(start)) found.push(start);
      if (found.length === NEAREST) break;
    }
  }
  for (const start of starts) if (found.length < NEAREST && !found.includes(start)) found.push(start);
  return found;
}

const indexes = new Map<Locale, Promise<SearchIndex>>();

const stemmers: Readonly<Record<Locale, () => Promise<Stemmer>>> = {
  en: () => import('@orama/stemmers/english').then((m) => m.stemmer),
  ro: () => import('@orama/stemmers/romanian').then((m) => m.stemmer),
  nl: () => import('@orama/stemmers/dutch').then((m) => m.stemmer),
};

type IndexModule = { default: string; synonyms: readonly SynonymGroup[] };
const loaders: Readonly<Record<Locale, () => Promise<IndexModule>>> = {
  en: () => import('virtual:content/search/en'),
  ro: () => import('virtual:content/search/ro'),
  nl: () => import('virtual:content/search/nl'),
};

/** The locale's index, with MiniSearch itself, its stemmer and the vocabulary, fetched on first use. */
export function loadIndex(locale: Locale): Promise<SearchIndex> {
  let pending = indexes.get(locale);
  if (!pending) {
    pending = Promise.all([import('minisearch'), loaders[locale](), stemmers[locale]()]).then(
      ([{ default: MiniSearchClass }, module, stem]): SearchIndex => ({
        locale,
        mini: MiniSearchClass.loadJSON(module.default, searchOptions(stem)),
        stem,
        synonyms: module.synonyms,
      }),
    );
    pending.catch(() => indexes.delete(locale));
    indexes.set(locale, pending);
  }
  return pending;
}
