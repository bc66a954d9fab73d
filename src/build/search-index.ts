/**
 * The search index of one locale, built at build time: the Vite plugin serves
 * it as a virtual module, and the unit tests and bench:search build it through
 * this same function, so they test what the browser gets.
 */
import MiniSearch from 'minisearch';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import type { ContentGraph, ContentText, Locale, SynonymGroup } from '../content/types.ts';
import { searchDocuments, searchOptions, type SearchIndex, type Stemmer } from '../shared/search-documents.ts';

export const STEMMERS: Readonly<Record<Locale, Stemmer>> = { en: english, ro: romanian, nl: dutch };

/** The index as the JSON string MiniSearch.loadJSON reads in the browser. */
export function buildSearchIndex(graph: ContentGraph, text: ContentText, locale: Locale): string {
  const index = new MiniSearch(searchOptions(STEMMERS[locale]));
  index.addAll(searchDocuments(graph, text));
  return JSON.stringify(index);
}

/** The same index, loaded as the browser loads it. */
export function loadSearchIndex(graph: ContentGraph, text: ContentText, locale: Locale, synonyms: readonly SynonymGroup[]): SearchIndex {
  const stem = STEMMERS[locale];
  return { locale, mini: MiniSearch.loadJSON(buildSearchIndex(graph, text, locale), searchOptions(stem)), stem, synonyms };
}

/** The module the plugin serves for `virtual:content/search/<locale>`: the index, and the vocabulary queries are read with. */
export function searchIndexModule(graph: ContentGraph, text: ContentText, locale: Locale, synonyms: readonly SynonymGroup[]): string {
  return `export default ${JSON.stringify(buildSearchIndex(graph, text, locale))};\nexport const synonyms = ${JSON.stringify(synonyms)};`;
}
