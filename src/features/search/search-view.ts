/**
 * What the search box shows for a query, without React: the results with
 * their links, kinds, diagnoses and highlighted titles; the nearest
 * diagnoses when nothing matched; the identifiers recognised, with the
 * links of their actions. Every link is built from content ids alone, so
 * nothing typed (a tracking id, an address) can reach a URL.
 */
import type { ContentGraph, ContentText, Locale } from '../../content/types';
import { paths } from '../../shared/paths';
import { termFor, type SearchIndex } from '../../shared/search-documents';
import { targetHref } from '../../shared/target-href';
import { highlightTitle, hitDiagnosis, type TitlePart } from './hit-details';
import { MAX_QUERY, splitIdentifiers, type QueryIdentifier } from './query-identifiers';
import { nearestDiagnoses, search, type SearchHit } from './search-engine';

export const XSP_PROCEDURE = 'procedure:analyze-xsp-sign-in-logs';

export interface ResolvedHit extends SearchHit {
  readonly href: string;
  readonly external: boolean;
  readonly title: readonly TitlePart[];
  /** The diagnosis the result belongs to, unless the result is that diagnosis. */
  readonly diagnosis: string | undefined;
  /** For a step added as the one after a check in order: that check's title. */
  readonly afterTitle?: string | undefined;
}

export interface IdentifierView {
  readonly identifier: QueryIdentifier;
  /** For a tracking id: the log analyzer, and the procedure that reads XSP sign-in logs. */
  readonly analyzeHref: string | undefined;
  readonly procedureHref: string | undefined;
}

export interface SearchView {
  readonly hits: readonly ResolvedHit[];
  readonly nearest: readonly { readonly target: string; readonly href: string; readonly title: string }[];
  readonly identifiers: readonly IdentifierView[];
  /** Whether the text is longer than the search reads words in (MAX_QUERY): the box says so. */
  readonly long: boolean;
}

export { boxText } from './search-limits';

export function searchView(
  graph: ContentGraph,
  text: ContentText,
  index: SearchIndex | undefined,
  locale: Locale,
  query: string,
  titles: ReadonlyMap<string, string>,
): SearchView {
  if (query.trim() === '') return { hits: [], nearest: [], identifiers: [], long: false };
  const term = index ? termFor(index.stem) : () => null;
  const resolve = (hit: SearchHit): ResolvedHit | undefined => {
    const title = highlightTitle(titles.get(hit.target) ?? hit.target, hit.terms, term);
    const own = hitDiagnosis(graph, text, hit.target);
    const plain = title.map((part) => part.text).join('');
    const diagnosis = own !== undefined && plain.startsWith(own) ? undefined : own;
    const afterTitle = hit.after === undefined ? undefined : (titles.get(hit.after) ?? hit.after);
    if (hit.target.startsWith('reference:')) {
      const ref = graph.references[hit.target.slice('reference:'.length)];
      return ref ? { ...hit, href: ref.url, external: true, title, diagnosis } : undefined;
    }
    const href = targetHref(locale, hit.target);
    return href === undefined ? undefined : { ...hit, href, external: false, title, diagnosis, afterTitle };
  };
  const hits = search(graph, index, query).flatMap((hit) => resolve(hit) ?? []);
  const nearest =
    index && hits.length === 0
      ? nearestDiagnoses(graph, index, query).flatMap((target) => {
          const href = targetHref(locale, target);
          return href === undefined ? [] : [{ target, href, title: titles.get(target) ?? target }];
        })
      : [];
  const identifiers = splitIdentifiers(query).identifiers.map((identifier): IdentifierView => ({
    identifier,
    analyzeHref: identifier.kind === 'tracking' ? paths.analyze(locale) : undefined,
    procedureHref: identifier.kind === 'tracking' ? targetHref(locale, XSP_PROCEDURE) : undefined,
  }));
  return { hits, nearest, identifiers, long: query.length > MAX_QUERY };
}
