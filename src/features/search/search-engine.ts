/**
 * The search box's logic, without React: exact jumps (an error code), log
 * signatures (an HTTP status or a pasted log line), then full-text search in
 * the current language (search-ranker.ts): any word, stemmed, with prefix
 * and typo matching, words of the vocabulary counted once, phrases extra.
 */
import { answersTo } from '../../content/graph-paths';
import type { ContentGraph, Locale, SynonymGroup } from '../../content/types';
import {
  COMPOUNDS,
  isWeakWord,
  normaliseTerm,
  rememberingStemmer,
  termFor,
  type SearchIndex,
  type Stemmer,
} from '../../shared/search-documents';
import {
  prepareIndex,
  rank,
  RANK_WEIGHTS,
  splitCompound,
  textWords,
  type PackedIndex,
  type QueryConcept as RankConcept,
  type RankWeights,
} from '../../shared/search-ranker';
import { deniedWords, type AnswerTerms, type SymptomTerms } from '../../shared/search-answers';
import { expandQuery, queryWords, synonymPhrases, type QueryConcept } from '../../shared/search-synonyms';
import { readFindings } from './check-findings';
import { hitKind, type HitKind } from './hit-details';
import { MAX_QUERY, splitIdentifiers } from './query-identifiers';
import { MAX_SCAN } from './search-limits';

export interface SearchHit {
  readonly target: string;
  readonly kind: HitKind;
  /** Set when the hit comes from a log signature or an exact code. */
  readonly exact: boolean;
  /** The index terms the result matched (stemmed), to highlight its title with. */
  readonly terms: readonly string[];
  /** The query's words that matched, as typed ("log in → sign in" when through the vocabulary). */
  readonly words: readonly string[];
  /** Set on a step added as the one after this check, which the query says is in order (check-findings.ts). */
  readonly after?: string | undefined;
}

// Pasted logs can be huge: how much of them the search reads is in search-limits.ts.
export { MAX_SCAN };
const MAX_HITS = 12;

/** A status said about SIP (registration) or XSI (the XSP's interface) is not the provisioning bridge's. */
const SIP = /\b(sip|register|registration|invite|sbc|inregistr\w*|înregistr\w*|registr\w*)\b/iu;
/** Said of the XSP: its interfaces, its logs, or the authentication service's own notation ("StatusCode=200"). */
const XSI = /\b(xsi|xsp|xsps|xsi-actions|authservice|xsiactionslog|authenticationservice|longlivedtokenmanager|statuscode)\b/iu;
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

/** Prefixes from three letters; typos only in words long enough to mean something. */
const TEXT_OPTIONS = {
  prefixLength: 3,
  typos: (length: number) => (length >= SEARCH_TUNING.twoTypos ? 2 : length >= SEARCH_TUNING.oneTypo ? 1 : 0),
} as const;

/**
 * The text search's weights: the ranking's (search-ranker.ts), how much a
 * word of the vocabulary that the engineer did not type counts against one
 * typed, and each kind's prior, for when two results match alike (a symptom
 * in general words starts best at the diagnosis's own first question).
 */
export const SEARCH_TUNING: {
  readonly rank: RankWeights;
  readonly secondary: number;
  /** How much the words as typed count when they may mean something else ("log" of "log in") or are another language's. */
  readonly ambiguous: number;
  /** How much a word that only says something failed counts (see search-documents.ts). */
  readonly weak: number;
  readonly prior: Readonly<Record<string, number>>;
  /** A diagnosis's first question is worth 1 + vague / (the query's known concepts). */
  readonly vague: number;
  /** The shortest words that may carry one typo, and two. */
  readonly oneTypo: number;
  readonly twoTypos: number;
} = {
  rank: RANK_WEIGHTS,
  secondary: 0.8,
  ambiguous: 0.3,
  weak: 0.3,
  prior: {},
  vague: 4,
  oneTypo: 5,
  twoTypos: 7,
};

const kinds = new WeakMap<ContentGraph, Map<string, string>>();

/** A result's kind for its prior: a diagnosis's first question ("flow"), a step's kind, or the kind of page. */
function priorKind(graph: ContentGraph, id: string): string {
  let known = kinds.get(graph);
  if (!known) {
    known = new Map();
    kinds.set(graph, known);
  }
  let kind = known.get(id);
  if (kind === undefined) {
    const [flowId = '', nodeId = ''] = id.slice('flow:'.length).split('/');
    if (!id.startsWith('flow:')) kind = id.slice(0, id.indexOf(':'));
    else kind = graph.flows[flowId]?.start === nodeId ? 'flow' : hitKind(graph, id);
    known.set(id, kind);
  }
  return kind;
}

/**
 * A result's prior. A diagnosis's first question gets more the vaguer the
 * query: one or two words name a symptom, a longer query describes a step.
 */
function priorOf(graph: ContentGraph, asksForLog = false): (id: string, concepts: number) => number {
  return (id, concepts) => {
    const kind = priorKind(graph, id);
    if (kind === 'flow') return 1 + SEARCH_TUNING.vague / Math.max(1, concepts);
    if (kind === 'log' && asksForLog) return LOG_ASKED;
    return SEARCH_TUNING.prior[kind] ?? 1;
  };
}

/**
 * Whether a query asks about a log file ("which log shows the codecs",
 * "unde găsesc current_log", "welke log op de XSP"): a word for a log, and a
 * question word, a path or a log's file name. The
 * log files' own pages then count for more than the procedures and steps
 * that mention them.
 */
const LOG_WORD: Readonly<Record<Locale, RegExp>> = {
  en: /\blogs?\b|\w_log\b/u,
  ro: /\b(jurnal\w*|logs?|logul|logurile)\b|\w_log\b/u,
  nl: /\b(logs?|logboek\w*|logbestand\w*)\b|\w_log\b/u,
};
const ASKS: Readonly<Record<Locale, RegExp>> = {
  en: /\b(which|what|where|path|location|folder)\b|\w_log\b/u,
  ro: /\b(ce|care|unde|cale|calea|locatia|folderul)\b|\w_log\b/u,
  nl: /\b(welke?|wat|waar|locatie|pad|map)\b|\w_log\b/u,
};
function asksForLog(locale: Locale, query: string): boolean {
  const text = normaliseTerm(query.slice(0, MAX_QUERY));
  return LOG_WORD[locale].test(text) && ASKS[locale].test(text);
}
const LOG_ASKED = 1.5;

/** A text's index terms, as the index was built (camelCase parts too, stop words left out). */
function termsOf(text: string, term: (word: string) => string | null): string[] {
  return textWords(text).flatMap((word) => {
    const processed = word === undefined ? null : term(word);
    return processed === null ? [] : [processed];
  });
}

/**
 * The ranker's concepts for a query's. A concept the query denies ("no SSO
 * session") also matches, word for word, what the phrases of a step deny
 * ("SSO session missing"): `denied` holds the query's denied words.
 */
function conceptsOf(
  concepts: readonly QueryConcept[],
  term: (word: string) => string | null,
  denied: ReadonlySet<string> = new Set(),
): RankConcept[] {
  return concepts.map((concept) => {
    // A word that only says something failed counts for little.
    const typedWords = queryWords(concept.typed);
    const isWeak = typedWords.every(isWeakWord);
    const weak = isWeak ? SEARCH_TUNING.weak : 1;
    const alternatives = concept.alternatives
      .map((alt) => ({
        terms: termsOf(alt.text, term),
        // The group's other words count for less; the words as typed, when they may mean something else, for less still.
        weight: weak * (alt.primary ? 1 : alt.typed ? SEARCH_TUNING.ambiguous : SEARCH_TUNING.secondary),
        typed: alt.typed,
      }))
      .filter((alt) => alt.terms.length > 0);
    const isDenied = typedWords.length > 0 && typedWords.every((word) => denied.has(normaliseTerm(word)));
    return {
      weak: isWeak,
      alternatives: isDenied ? alternatives.map((alt) => ({ ...alt, denied: true })) : alternatives,
    };
  });
}

/**
 * A compound the index knows ("domeinclaim") also finds the pages that write
 * its parts apart ("de claim op het domein"), for less.
 */
function withCompoundParts(concepts: RankConcept[], typed: readonly QueryConcept[], index: SearchIndex): RankConcept[] {
  const term = termFor(index.stem);
  const isKnown = (part: string) => {
    const processed = term(part);
    return processed !== null && index.ranker.termIds.has(processed);
  };
  return concepts.map((concept, c) => {
    const words = queryWords(typed[c]?.typed ?? '');
    const [word] = words;
    if (words.length !== 1 || word === undefined) return concept;
    const parts = splitCompound(normaliseTerm(word), isKnown);
    const terms = parts?.flatMap((part) => term(part) ?? []) ?? [];
    if (terms.length !== 2) return concept;
    return { ...concept, alternatives: [...concept.alternatives, { terms, weight: SEARCH_TUNING.secondary, typed: false }] };
  });
}

const singleWords = new WeakMap<readonly SynonymGroup[], ReadonlySet<string>>();

/**
 * A query word the index does not know is read as the two words it is made
 * of, when both are known to the index or the vocabulary: Dutch writes its
 * terms so ("desktopapparaatprofiel"), and engineers write labels together
 * in any language ("controlhub", "callsettings").
 */
function splitQueryCompounds(words: string, index: SearchIndex): string {
  let singles = singleWords.get(index.synonyms);
  if (!singles) {
    singles = new Set(phrasesOf(index.synonyms).flatMap((phrase) => (phrase.words.length === 1 ? phrase.words : [])));
    singleWords.set(index.synonyms, singles);
  }
  const known = singles;
  const term = termFor(index.stem);
  const isKnown = (part: string) => {
    const processed = term(part);
    return processed !== null && (index.ranker.termIds.has(processed) || known.has(part));
  };
  return queryWords(words)
    .map((word) => {
      const plain = normaliseTerm(word);
      const processed = term(word);
      if (processed === null || index.ranker.termIds.has(processed) || known.has(plain)) return word;
      return splitCompound(plain, isKnown)?.join(' ') ?? word;
    })
    .join(' ');
}

function textRanking(graph: ContentGraph, index: SearchIndex, query: string, limit: number | undefined) {
  const words = splitIdentifiers(query.slice(0, MAX_QUERY)).rest.trim();
  if (words.length < 2) return undefined;
  const expansion = expandQuery(splitQueryCompounds(words, index), phrasesOf(index.synonyms), index.locale, index.stem);
  const term = termFor(index.stem);
  const concepts = conceptsOf(expansion.concepts, term, deniedWords(words, index.locale, term));
  const results = rank(index.ranker, COMPOUNDS[index.locale] ? withCompoundParts(concepts, expansion.concepts, index) : concepts, {
    ...TEXT_OPTIONS,
    prior: priorOf(graph, asksForLog(index.locale, query)),
    weights: SEARCH_TUNING.rank,
    ...(limit === undefined ? {} : { limit }),
  });
  return { expansion, results };
}

export function textHits(graph: ContentGraph, index: SearchIndex, query: string): SearchHit[] {
  const ranking = textRanking(graph, index, query, MAX_HITS);
  if (!ranking) return [];
  return ranking.results.map((result) => {
    const target = result.id;
    // The query's words that matched, as typed, and "typed → word" when through the vocabulary.
    const why = ranking.expansion.concepts.flatMap((concept, c) => {
      if (!result.matched[c]) return [];
      if (concept.as === undefined || normaliseTerm(concept.typed) === normaliseTerm(concept.as)) return [concept.typed];
      return [`${concept.typed} → ${concept.as}`];
    });
    return { target, kind: hitKind(graph, target), exact: false, terms: result.terms, words: [...new Set(why)] };
  });
}

/**
 * Words that belong to an Application Server error or a bridge status as it
 * is understood (its name, its reason phrase, who answered and how), not to
 * its cause; with the words of the vocabulary groups below, in any language.
 */
const STATUS_WORDS = new Set(
  [
    'http https status statuscode code ok bad request unauthorized forbidden conflict response reply answer answered answers returned returns return got gave give gives back responded replied says said shows bridge pslog post with',
    'raspuns raspunsul raspunde raspunsuri returnat returneaza intors intoarce puntea punte puntii cod codul',
    'antwoord antwoordde antwoordt gaf geeft terug brug inrichtingsbrug statuscode verzoek',
  ]
    .join(' ')
    .split(' '),
);
const STATUS_GROUPS = new Set(['error', 'provisioning', 'messaging-server']);

/** The targets of the query's Application Server error and bridge statuses: those a cause named around them may refine. */
function understoodTargets(graph: ContentGraph, text: string): string[] {
  const bridge = new Set(graph.signatures.filter((s) => s.id.startsWith('http-')).map((s) => s.target));
  return [...(AS_ERROR.test(text) ? [AS_ERROR_TARGET] : []), ...statusHits(graph, text).filter((target) => bridge.has(target))];
}

/**
 * Whether two steps lie on one path of a diagnosis, either before the other:
 * a cause refines where its error or status leads ("18215 primary number
 * missing"), it does not jump to another branch ("409 for a new user" is not
 * the 400's "should this user have created a new organization?").
 */
function onOnePath(graph: ContentGraph, a: string, b: string, { afterOnly = false } = {}): boolean {
  if (!a.startsWith('flow:') || !b.startsWith('flow:')) return false;
  const [flowA = '', nodeA = ''] = a.slice('flow:'.length).split('/');
  const [flowB = '', nodeB = ''] = b.slice('flow:'.length).split('/');
  const flow = graph.flows[flowA];
  if (!flow || flowA !== flowB) return false;
  return answersTo(flow, nodeA, nodeB) !== undefined || (!afterOnly && answersTo(flow, nodeB, nodeA) !== undefined);
}

/**
 * The step a cause named around an error or a status points to: "18215
 * primary number missing" is the primary number's step, not the first check
 * of 18215. Only a step on a path through the error's own step, and only when
 * the cause's words do not also lead to that step.
 */
function causeHit(graph: ContentGraph, index: SearchIndex, query: string, target: string): SearchHit | undefined {
  if (query.length > 200) return undefined;
  const groupWords = new Set(
    index.synonyms
      .filter((group) => STATUS_GROUPS.has(group.id))
      .flatMap((group) => [...group.en, ...group.ro, ...group.nl].flatMap((termText) => queryWords(normaliseTerm(termText)))),
  );
  const term = termFor(index.stem);
  const cause = queryWords(splitIdentifiers(query).rest).filter((word) => {
    const plain = normaliseTerm(word);
    return !/\d/.test(plain) && !STATUS_WORDS.has(plain) && !groupWords.has(plain);
  });
  if (!cause.some((word) => term(word) !== null && !isWeakWord(word))) return undefined;
  const results = textRanking(graph, index, cause.join(' '), undefined)?.results ?? [];
  const first = results[0];
  const own = results.find((result) => result.id === target)?.score ?? 0;
  // A step on a path through the error's own (not the diagnosis's first question) that the cause points to far more.
  // A bridge status is a step of its own, and its causes come after it ("409, the e-mail is taken"): a
  // step before it is where the engineer was ("409 after assigning Integrated IM&P"), not its cause. The
  // Application Server's error is checked part by part, some of them before its own step.
  const afterOnly = target !== AS_ERROR_TARGET;
  if (!first || first.id === target || !onOnePath(graph, first.id, target, { afterOnly }) || priorKind(graph, first.id) === 'flow')
    return undefined;
  if (first.score < CAUSE_MARGIN * own) return undefined;
  return textHits(graph, index, cause.join(' ')).find((hit) => hit.target === first.id);
}

/** How much more the cause must point to another step than to the error's own. */
const CAUSE_MARGIN = 2;

/** Every index term the query's words may stand for: as typed, and through the vocabulary. */
function queryTermBag(index: SearchIndex, query: string): Set<string> {
  const words = splitIdentifiers(query.slice(0, MAX_QUERY)).rest;
  const expansion = expandQuery(splitQueryCompounds(words, index), phrasesOf(index.synonyms), index.locale, index.stem);
  return new Set(
    conceptsOf(expansion.concepts, termFor(index.stem)).flatMap((concept) => concept.alternatives.flatMap((alt) => alt.terms)),
  );
}

export function search(graph: ContentGraph, index: SearchIndex | undefined, query: string): SearchHit[] {
  const exact = exactHits(graph, query);
  const understood = exact[0] && understoodTargets(graph, query.slice(0, MAX_SCAN)).includes(exact[0].target) ? exact[0].target : undefined;
  const cause = index && understood ? causeHit(graph, index, query, understood) : undefined;
  const first = cause ? [cause] : [];
  const rest = index ? textHits(graph, index, query) : [];
  const hits = [...first, ...exact, ...rest];
  const unique = hits.filter((hit, i) => hits.findIndex((other) => other.target === hit.target) === i).slice(0, MAX_HITS);
  return index ? readFindings(graph, index, query, unique, () => queryTermBag(index, query)) : unique;
}

const NEAREST = 3;
/** The looser look for the nearest diagnoses: shorter prefixes, and up to nearly half a word mistyped. */
const LOOSE_OPTIONS = { prefixLength: 2, typos: (length: number) => Math.floor(length * 0.45) } as const;

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
  const words = splitIdentifiers(query.slice(0, MAX_QUERY)).rest.trim();
  const found: string[] = [];
  if (index && words !== '') {
    const expansion = expandQuery(words, phrasesOf(index.synonyms), index.locale, index.stem);
    const concepts = conceptsOf(expansion.concepts, termFor(index.stem));
    for (const result of rank(index.ranker, concepts, LOOSE_OPTIONS)) {
      if (!result.id.startsWith('flow:')) continue;
      const [flowId = ''] = result.id.slice('flow:'.length).split('/');
      const start = starts.find((target) => target.startsWith(`flow:${flowId}/`));
      if (start && !found.includes(start)) found.push(start);
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

type IndexModule = {
  default: PackedIndex;
  synonyms: readonly SynonymGroup[];
  answers: readonly AnswerTerms[];
  symptoms: readonly SymptomTerms[];
};
const loaders: Readonly<Record<Locale, () => Promise<IndexModule>>> = {
  en: () => import('virtual:content/search/en'),
  ro: () => import('virtual:content/search/ro'),
  nl: () => import('virtual:content/search/nl'),
};

/** The locale's index, its stemmer and the vocabulary, fetched on first use. */
export function loadIndex(locale: Locale): Promise<SearchIndex> {
  let pending = indexes.get(locale);
  if (!pending) {
    pending = Promise.all([loaders[locale](), stemmers[locale]()]).then(([module, stem]): SearchIndex => ({
      locale,
      ranker: prepareIndex(module.default),
      stem: rememberingStemmer(stem),
      synonyms: module.synonyms,
      answers: module.answers,
      symptoms: module.symptoms,
    }));
    pending.catch(() => indexes.delete(locale));
    indexes.set(locale, pending);
  }
  return pending;
}
