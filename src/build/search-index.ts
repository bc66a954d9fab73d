/**
 * The search index of one locale, built at build time: the Vite plugin serves
 * it as a virtual module, and the unit tests and bench:search build it through
 * this same function, so they test what the browser gets.
 */
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import type { ContentGraph, ContentText, Locale, SynonymGroup } from '../content/types.ts';
import { COMPOUNDS, rememberingStemmer, searchDocuments, termFor, type SearchIndex, type Stemmer } from '../shared/search-documents.ts';
import { checkAnswers, questionSymptoms, markDenied } from '../shared/search-answers.ts';
import { isPackedIndex, packIndex, prepareIndex, type PackedIndex } from '../shared/search-ranker.ts';

export const STEMMERS: Readonly<Record<Locale, Stemmer>> = { en: english, ro: romanian, nl: dutch };

/**
 * The packed index (search-ranker.ts) of a locale's documents. In the phrases
 * engineers type for a step, what a negation denies is indexed as denied:
 * "calling icon missing" must not match "the calling icon is there", but it
 * matches "no calling icon" (search-answers.ts).
 */
export function buildSearchIndex(graph: ContentGraph, text: ContentText, locale: Locale): PackedIndex {
  const term = termFor(STEMMERS[locale]);
  const docs = searchDocuments(graph, text).map((doc) => ({
    ...doc,
    phrases: doc.phrases
      .split('\n')
      .map((phrase) => markDenied(phrase, locale, term).join(' '))
      .filter((phrase) => phrase !== '')
      .join(' \n'),
  }));
  return packIndex(docs, term, { compounds: COMPOUNDS[locale] });
}

/** The same index, loaded as the browser loads it: through its JSON. */
export function loadSearchIndex(graph: ContentGraph, text: ContentText, locale: Locale, synonyms: readonly SynonymGroup[]): SearchIndex {
  const packed: unknown = JSON.parse(JSON.stringify(buildSearchIndex(graph, text, locale)));
  if (!isPackedIndex(packed)) throw new Error(`the ${locale} search index does not read back from its JSON`);
  const answers = checkAnswers(graph, text, locale, termFor(STEMMERS[locale]));
  const symptoms = questionSymptoms(graph, text, locale, termFor(STEMMERS[locale]));
  return { locale, ranker: prepareIndex(packed), stem: rememberingStemmer(STEMMERS[locale]), synonyms, answers, symptoms };
}

/** The module the plugin serves for `virtual:content/search/<locale>`: the index, the vocabulary queries are read with, and the checks' answers. */
export function searchIndexModule(graph: ContentGraph, text: ContentText, locale: Locale, synonyms: readonly SynonymGroup[]): string {
  const answers = checkAnswers(graph, text, locale, termFor(STEMMERS[locale]));
  return `export default ${JSON.stringify(buildSearchIndex(graph, text, locale))};\nexport const synonyms = ${JSON.stringify(synonyms)};\nexport const answers = ${JSON.stringify(answers)};\nexport const symptoms = ${JSON.stringify(questionSymptoms(graph, text, locale, termFor(STEMMERS[locale])))};`;
}
