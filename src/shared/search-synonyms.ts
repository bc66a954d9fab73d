/**
 * The field's vocabulary (content/synonyms.yaml) applied to a query: the
 * words of a group that the query uses, in any language, are replaced by the
 * page language's own word for them, with that language's other words of the
 * group as weaker alternatives. "log in" thus searches "sign in" (and no
 * longer "log", which is a log file), and "inrichting" typed on the English
 * page searches "provisioning".
 */
import type { Locale, SynonymGroup } from '../content/types';
import { normaliseTerm, type Stemmer } from './search-documents';
import { hyphenParts } from './search-ranker';

export interface QueryExpansion {
  /** The query's words that no group knows, and those of a group in the page's language, as typed. */
  readonly rest: readonly string[];
  /** The page language's main word of each group the query used. */
  readonly primary: readonly string[];
  /** The groups' other single words in the page language, and the words as typed: they count for less. */
  readonly secondary: readonly string[];
  /** Which groups the query used, and through which words, for "why it matched". */
  readonly used: readonly { readonly group: string; readonly typed: string; readonly as: string }[];
  /**
   * The same query as the things it asks for, in order: each word no group
   * knows, and each group used once, with its words (the page language's main
   * word and the words as typed in full, its other words for less). A group
   * counts once however many of its words a page holds.
   */
  readonly concepts: readonly QueryConcept[];
}

export interface QueryConcept {
  /** The query's words for it, as typed. */
  readonly typed: string;
  /** The group's main word in the page language, when the concept is a group of the vocabulary. */
  readonly as?: string;
  /** `primary`: counts in full; `typed`: the engineer's own words (which may be cut short or mistyped). */
  readonly alternatives: readonly { readonly text: string; readonly primary: boolean; readonly typed: boolean }[];
}

interface Phrase {
  readonly words: readonly string[];
  readonly group: SynonymGroup;
  readonly locale: Locale;
}

const LOCALES: readonly Locale[] = ['en', 'ro', 'nl'];

/** A query's words: letters and digits, a hyphen or apostrophe inside a word splitting it ("sign-in" is "sign in"), an ampersand joining it ("IM&P"). */
export function queryWords(query: string): string[] {
  return query
    .split(/[^\p{L}\p{N}&-]+/u)
    .flatMap(hyphenParts)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Every term of every group as its words, longest first, so "call settings" wins over "call". */
export function synonymPhrases(groups: readonly SynonymGroup[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const group of groups)
    for (const locale of LOCALES) for (const term of group[locale]) phrases.push({ words: queryWords(normaliseTerm(term)), group, locale });
  return phrases.sort((a, b) => b.words.length - a.words.length);
}

/** Words this long or longer may have one typo and still match a term of the vocabulary. */
const TYPO_LENGTH = 7;

/** Whether two words differ by at most one letter added, left out, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function expandQuery(query: string, phrases: readonly Phrase[], locale: Locale, stem: Stemmer): QueryExpansion {
  const typed = queryWords(query);
  const words = typed.map(normaliseTerm);
  // In the page's language an inflected form matches too ("organisaties" is "organisatie"); words of four letters or more only.
  const same = (word: string, term: string, termLocale: Locale) =>
    word === term ||
    (termLocale === locale && word.length >= 4 && term.length >= 4 && stem(word) === stem(term)) ||
    // A typo in a long word of the vocabulary ("inrichtng") is still that word.
    (word.length >= TYPO_LENGTH && term.length >= TYPO_LENGTH && oneEditApart(word, term));
  const rest: string[] = [];
  const primary: string[] = [];
  const secondary: string[] = [];
  const used: { group: string; typed: string; as: string }[] = [];
  const concepts: { typed: string; as?: string; alternatives: { text: string; primary: boolean; typed: boolean }[] }[] = [];
  const conceptOf = new Map<string, (typeof concepts)[number]>();
  const seenGroups = new Set<string>();
  const singles = new Map<string, string>();
  for (const phrase of phrases)
    if (phrase.words.length === 1 && phrase.words[0] !== undefined) singles.set(phrase.words[0], phrase.group.id);
  let i = 0;
  while (i < words.length) {
    const found = phrases.find((phrase) =>
      phrase.words.every((w, k) => i + k < words.length && same(words[i + k] ?? '', w, phrase.locale)),
    );
    if (!found) {
      rest.push(typed[i] ?? '');
      concepts.push({ typed: typed[i] ?? '', alternatives: [{ text: typed[i] ?? '', primary: true, typed: true }] });
      i += 1;
      continue;
    }
    const span = typed.slice(i, i + found.words.length).join(' ');
    i += found.words.length;
    const own = found.group[locale];
    const main = own[0] ?? '';
    used.push({ group: found.group.id, typed: span, as: main });
    // The words as typed still count, for less: a label such as "Phone Services" is also found verbatim.
    // In the page's language they count in full, unless a word of the phrase means something else alone ("log" of "log in").
    const spanTerms = queryWords(span).map((word) => stem(normaliseTerm(word)));
    const ambiguous =
      found.words.length > 1 && found.words.some((word) => singles.get(word) !== undefined && singles.get(word) !== found.group.id);
    const concept = conceptOf.get(found.group.id) ?? { typed: span, as: main, alternatives: [{ text: main, primary: true, typed: false }] };
    if (
      spanTerms.join(' ') !==
      queryWords(main)
        .map((word) => stem(normaliseTerm(word)))
        .join(' ')
    ) {
      const full = found.locale === locale && !ambiguous;
      if (full) rest.push(span);
      else secondary.push(span);
      concept.alternatives.push({ text: span, primary: full, typed: true });
    }
    if (seenGroups.has(found.group.id)) continue;
    seenGroups.add(found.group.id);
    conceptOf.set(found.group.id, concept);
    concepts.push(concept);
    primary.push(main);
    // Other single words of the group, once per stem: "provision" adds nothing to "provisioning".
    const stems = new Set([...queryWords(main), ...queryWords(span)].map((word) => stem(normaliseTerm(word))));
    for (const term of own.slice(1)) {
      if (term.includes(' ') || term.includes('-')) continue;
      const termStem = stem(normaliseTerm(term));
      if (stems.has(termStem)) continue;
      stems.add(termStem);
      secondary.push(term);
      concept.alternatives.push({ text: term, primary: false, typed: false });
    }
  }
  return { rest, primary, secondary, used, concepts };
}
