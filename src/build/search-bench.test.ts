import { describe, expect, it } from 'vitest';
import { BLIND_QUERIES_FILE, goalLine, loadBenchQueries, missLines, scoreLine, scorePart, seenNote } from './search-bench';

describe('bench:search scoring', () => {
  it('counts a first hit as top-1 and a hit among the first three as top-3, and lists the rest as misses', () => {
    const answers: Record<string, string[]> = { a: ['x', 'y'], b: ['y', 'z', 'x'], c: ['y', 'z', 'w', 'x'], d: [] };
    const score = scorePart(
      ['a', 'b', 'c', 'd'].map((q) => ({ q, targets: ['x'], aside: true })),
      (q) => answers[q] ?? [],
    );
    expect([score.total, score.top1, score.top3]).toEqual([4, 1, 2]);
    expect(score.misses.map((m) => [m.q, m.rank])).toEqual([
      ['b', 3],
      ['c', 4],
      ['d', undefined],
    ]);
    expect(scoreLine({ ...score, medianMs: 0.5 })).toBe('search: top-1 1/4, top-3 2/4, median 0.50 ms per query');
  });

  it('says per figure whether the goal (top-1 ≥ 95%, top-3 ≥ 99%, median < 5 ms) is met', () => {
    expect(goalLine({ total: 100, top1: 95, top3: 99, medianMs: 4.99, misses: [] })).toBe(
      'goal: top-1 95.0% (≥ 95%: met), top-3 99.0% (≥ 99%: met), median 4.99 ms (< 5 ms: met)',
    );
    expect(goalLine({ total: 100, top1: 94, top3: 98, medianMs: 5, misses: [] })).toBe(
      'goal: top-1 94.0% (≥ 95%: not met), top-3 98.0% (≥ 99%: not met), median 5.00 ms (< 5 ms: not met)',
    );
    expect(goalLine({ total: 0, top1: 0, top3: 0, medianMs: 0, misses: [] })).toContain('top-1 0.0% (≥ 95%: not met)');
  });

  it('lists the tuned part’s misses, and the aside part’s only when asked', () => {
    const score = scorePart([{ q: 'a', targets: ['x'], aside: true }], () => ['y']);
    expect(missLines(score, 'en', 'tuned', false)).toEqual(['  miss en tuned: "a" → y; wants x']);
    expect(missLines(score, 'en', 'aside', false)).toEqual([]);
    expect(missLines(score, 'en', 'aside', true)).toEqual(['  miss en aside: "a" → y; wants x']);
    expect(missLines(score, 'en', 'blind', false)).toEqual([]);
    expect(missLines(score, 'en', 'blind', true)).toEqual(['  miss en blind: "a" → y; wants x']);
  });

  it('says when a blind set’s queries are in the query set too, so its figure is not a blind one', () => {
    const q = (text: string) => ({ q: text, targets: ['x'], aside: false });
    expect(seenNote([q('a'), q('b')], [q('c')])).toBe('');
    expect(seenNote([q('a'), q('b')], [q('b'), q('c')])).toBe(' [not blind: 1 of 2 queries are in the query set too]');
  });

  it('names the file whose targets do not exist', () => {
    expect(() => loadBenchQueries(new Set(), BLIND_QUERIES_FILE)).toThrow(/search-queries-blind\.yaml names targets that do not exist/);
  });
});
