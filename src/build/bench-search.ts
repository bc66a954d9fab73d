/**
 * `npm run bench:search`: the search box's engine on the query set of
 * search-queries.yaml, in each language, with the index the build ships.
 * Prints one line per language for the tuned part and one for the part kept
 * aside, every query whose first hit is not one of its targets, and the size
 * of each language's index download.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../content/types.ts';
import { search } from '../features/search/search-engine.ts';
import { searchDocuments } from '../shared/search-documents.ts';
import { formatProblem, loadContent } from './load-content.ts';
import { loadBenchQueries, scoreLine, scorePart } from './search-bench.ts';
import { loadSearchIndex, searchIndexModule } from './search-index.ts';

export function main(): number {
  const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!result.ok) {
    console.error(result.problems.map(formatProblem).join('\n'));
    return 1;
  }
  const { graph, texts } = result;
  const known = new Set(searchDocuments(graph, texts.en).map((doc) => doc.id));
  const queries = loadBenchQueries(known);
  const lines: string[] = [];
  for (const locale of ['en', 'ro', 'nl'] as const satisfies readonly Locale[]) {
    // The same round trip as in the browser: the JSON string the build ships, loaded.
    const index = loadSearchIndex(graph, texts[locale], locale, result.synonyms);
    const run = (query: string) => search(graph, index, query).map((hit) => hit.target);
    for (const part of ['tuned', 'aside'] as const) {
      const score = scorePart(
        queries[locale].filter((query) => query.aside === (part === 'aside')),
        run,
      );
      lines.push(`${scoreLine(score)} (${locale}, ${part})`);
      for (const miss of score.misses)
        console.log(
          `  miss ${locale} ${part}: "${miss.q}" → ${miss.got.join(', ') || 'nothing'}${miss.rank === undefined ? '' : ` (right one at ${String(miss.rank)})`}; wants ${miss.want.join(' | ')}`,
        );
    }
    const module = searchIndexModule(graph, texts[locale], locale, result.synonyms);
    const bytes = Buffer.byteLength(module);
    lines.push(`index ${locale}: ${(bytes / 1024).toFixed(1)} KB, ${(gzipSync(module).length / 1024).toFixed(1)} KB gz`);
  }
  for (const line of lines) console.log(line);
  return 0;
}
