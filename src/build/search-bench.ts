/**
 * The query set of bench:search (search-queries.yaml), checked, and the score
 * of the search on it: shared by `npm run bench:search` and the unit test
 * that holds the tuned part at its level.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Locale } from '../content/types.ts';

export interface BenchQuery {
  readonly q: string;
  readonly targets: readonly string[];
  readonly aside: boolean;
}

const QuerySchema = z.strictObject({
  q: z.string().min(1),
  targets: z.array(z.string().min(1)).min(1),
  aside: z.boolean().default(false),
});
const QueriesSchema = z.strictObject({ en: z.array(QuerySchema), ro: z.array(QuerySchema), nl: z.array(QuerySchema) });

export const QUERIES_FILE = new URL('./search-queries.yaml', import.meta.url);
/**
 * A second set, written by someone who saw neither the engine nor the first
 * set, and first run only after the tuning was done: its score says what a
 * new engineer's queries get. It is reported apart and never tuned on.
 */
export const BLIND_QUERIES_FILE = new URL('./search-queries-blind.yaml', import.meta.url);

/** Every target a query names must exist, or its score would mean nothing. */
export function loadBenchQueries(known: ReadonlySet<string>, file: URL = QUERIES_FILE): Record<Locale, BenchQuery[]> {
  const name = file.pathname.split('/').pop() ?? 'queries';
  const parsed = QueriesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  const unknown = Object.values(parsed.data)
    .flat()
    .flatMap((query) => query.targets.filter((target) => !known.has(target)).map((target) => `${query.q} → ${target}`));
  if (unknown.length > 0) throw new Error(`${name} names targets that do not exist:\n${unknown.join('\n')}`);
  return parsed.data;
}

export interface PartScore {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  readonly medianMs: number;
  readonly misses: readonly { q: string; got: readonly string[]; want: readonly string[]; rank: number | undefined }[];
}

/** Runs each query once (after one warm-up round) and scores its first three hits. */
export function scorePart(queries: readonly BenchQuery[], run: (query: string) => readonly string[]): PartScore {
  for (const query of queries) run(query.q);
  const times: number[] = [];
  let top1 = 0;
  let top3 = 0;
  const misses: PartScore['misses'][number][] = [];
  for (const query of queries) {
    const start = performance.now();
    const got = run(query.q);
    times.push(performance.now() - start);
    const rank = got.findIndex((target) => query.targets.includes(target));
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (rank !== 0) misses.push({ q: query.q, got: got.slice(0, 3), want: query.targets, rank: rank < 0 ? undefined : rank + 1 });
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const medianMs = times.length === 0 ? 0 : times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { total: queries.length, top1, top3, medianMs, misses };
}

export function scoreLine(score: PartScore): string {
  return `search: top-1 ${String(score.top1)}/${String(score.total)}, top-3 ${String(score.top3)}/${String(score.total)}, median ${score.medianMs.toFixed(2)} ms per query`;
}

/**
 * A part's misses, one line each: the tuned part's always, the aside and
 * blind parts' only when asked (`--show-aside`), so that whoever tunes sees the aside
 * part's figures and never its queries.
 */
export function missLines(score: PartScore, locale: string, part: 'tuned' | 'aside' | 'blind', showAside: boolean): string[] {
  if (part !== 'tuned' && !showAside) return [];
  return score.misses.map(
    (miss) =>
      `  miss ${locale} ${part}: "${miss.q}" → ${miss.got.join(', ') || 'nothing'}${miss.rank === undefined ? '' : ` (right one at ${String(miss.rank)})`}; wants ${miss.want.join(' | ')}`,
  );
}

/** The issue's goal, on the queries nobody tuned on: top-1 ≥ 95 %, top-3 ≥ 99 %, median below 5 ms per query. */
export const GOAL = { top1: 0.95, top3: 0.99, medianMs: 5 } as const;

const percent = (part: number, total: number) => `${(total === 0 ? 0 : (100 * part) / total).toFixed(1)}%`;

/** Whether a part's score reaches the goal, said per figure. */
export function goalLine(score: PartScore): string {
  const top1 = score.total > 0 && score.top1 / score.total >= GOAL.top1;
  const top3 = score.total > 0 && score.top3 / score.total >= GOAL.top3;
  const fast = score.medianMs < GOAL.medianMs;
  const mark = (met: boolean) => (met ? 'met' : 'not met');
  return `goal: top-1 ${percent(score.top1, score.total)} (≥ 95%: ${mark(top1)}), top-3 ${percent(score.top3, score.total)} (≥ 99%: ${mark(top3)}), median ${score.medianMs.toFixed(2)} ms (< 5 ms: ${mark(fast)})`;
}

/**
 * Said after a blind figure when the blind set's queries are in the query set
 * too: once measured, a blind set joins the tuned part, and until a new one
 * replaces it, its figure is no longer a blind one.
 */
export function seenNote(blind: readonly BenchQuery[], tuned: readonly BenchQuery[]): string {
  const known = new Set(tuned.map((query) => query.q));
  const seen = blind.filter((query) => known.has(query.q)).length;
  return seen === 0 ? '' : ` [not blind: ${String(seen)} of ${String(blind.length)} queries are in the query set too]`;
}
