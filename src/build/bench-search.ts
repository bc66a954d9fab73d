/**
 * `npm run bench:search`: the search box's engine on the query set of
 * search-queries.yaml, in each language, with the index the build ships.
 * Prints one line per language for the tuned part, one for the part kept
 * aside and one for the blind set (search-queries-blind.yaml), whether the aside part reaches the goal (per language and
 * for all together), every query of the tuned part whose first hit is not
 * one of its targets, and the size of each language's index download.
 *
 * The aside part's misses are printed only with `--show-aside`: whoever tunes
 * the engine sees the aside part's figures, never its queries, so that the
 * figures keep saying whether the tuning generalises.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../content/types.ts';
import { search } from '../features/search/search-engine.ts';
import { searchDocuments } from '../shared/search-documents.ts';
import { formatProblem, loadContent } from './load-content.ts';
import {
  BLIND_QUERIES_FILE,
  goalLine,
  loadBenchQueries,
  missLines,
  scoreLine,
  scorePart,
  seenNote,
  type PartScore,
} from './search-bench.ts';
import { loadSearchIndex, searchIndexModule } from './search-index.ts';

function together(parts: readonly PartScore[]): PartScore {
  return {
    total: parts.reduce((sum, s) => sum + s.total, 0),
    top1: parts.reduce((sum, s) => sum + s.top1, 0),
    top3: parts.reduce((sum, s) => sum + s.top3, 0),
    medianMs: Math.max(...parts.map((s) => s.medianMs)),
    misses: parts.flatMap((s) => s.misses),
  };
}

export function main(args: readonly string[] = []): number {
  const showAside = args.includes('--show-aside');
  const result = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));
  if (!result.ok) {
    console.error(result.problems.map(formatProblem).join('\n'));
    return 1;
  }
  const { graph, texts } = result;
  const known = new Set(searchDocuments(graph, texts.en).map((doc) => doc.id));
  const queries = loadBenchQueries(known);
  const blindQueries = loadBenchQueries(known, BLIND_QUERIES_FILE);
  const lines: string[] = [];
  const aside: PartScore[] = [];
  const blind: PartScore[] = [];
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
      if (part === 'aside') {
        aside.push(score);
        lines.push(`${goalLine(score)} (${locale}, aside)`);
      }
      for (const line of missLines(score, locale, part, showAside)) console.log(line);
    }
    const blindScore = scorePart(blindQueries[locale], run);
    blind.push(blindScore);
    lines.push(`${scoreLine(blindScore)} (${locale}, blind)${seenNote(blindQueries[locale], queries[locale])}`);
    for (const line of missLines(blindScore, locale, 'blind', showAside)) console.log(line);
    const module = searchIndexModule(graph, texts[locale], locale, result.synonyms);
    const bytes = Buffer.byteLength(module);
    lines.push(`index ${locale}: ${(bytes / 1024).toFixed(1)} KB, ${(gzipSync(module).length / 1024).toFixed(1)} KB gz`);
  }
  // All languages' aside parts together: the figure the goal is judged on;
  // the blind set's beside it.
  lines.push(`${goalLine(together(aside))} (all languages, aside; median: the slowest language's)`);
  lines.push(
    `${goalLine(together(blind))} (all languages, blind; median: the slowest language's)${seenNote(Object.values(blindQueries).flat(), Object.values(queries).flat())}`,
  );
  for (const line of lines) console.log(line);
  return 0;
}
