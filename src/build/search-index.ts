/**
 * The search index of one locale, built at build time: the Vite plugin serves
 * it as a virtual module, and the unit tests and bench:search build it through
 * this same function, so they test what the browser gets.
 */
import MiniSearch from 'minisearch';
import type { ContentGraph, ContentText } from '../content/types.ts';
import { SEARCH_OPTIONS, searchDocuments } from '../shared/search-documents.ts';

/** The index as the JSON string MiniSearch.loadJSON reads in the browser. */
export function buildSearchIndex(graph: ContentGraph, text: ContentText): string {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(searchDocuments(graph, text));
  return JSON.stringify(index);
}

/** The module the plugin serves for `virtual:content/search/<locale>`. */
export function searchIndexModule(graph: ContentGraph, text: ContentText): string {
  return `export default ${JSON.stringify(buildSearchIndex(graph, text))};`;
}
