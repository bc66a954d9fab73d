/**
 * The search's logic, loaded by the search box when it is first used (a
 * focus, a key): the engine, the log signatures, the vocabulary and the
 * titles, and the results' markup, stay out of the first page's code.
 */
export { distinctTitles, searchTargets } from './hit-details';
export { loadIndex } from './search-engine';
export { searchView, XSP_PROCEDURE } from './search-view';
export { SearchResults } from './search-results';
