/**
 * The analyzer's own rules, each read on a small catalogue of its own, so
 * that one rule is seen at a time: how the candidate finders are moved on,
 * when an entry without tracking id takes its thread's (times unknown,
 * across midnight, in a chain), how far an entry's first line is looked
 * for, which user a line names, how the kind of log is detected and which
 * findings it allows, what a profile block counts and where error codes
 * are read. The real catalogue's lines never lack a time, and none of its
 * findings is tied to a kind: these rules are checked here.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../build/load-content';
import type { LogCatalogue, SignInStep } from './catalogue';
import { readsOnlyItsLine } from './literals';
import { candidateSources, countLines, createAnalyzer, MAX_LINE, nextCandidate } from './log-analyzer';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const real = loaded.logCatalogue;

const step = (id: string, pattern: string, extra: Partial<SignInStep> = {}): SignInStep => ({
  id,
  number: '1',
  arrow: { from: 'app', to: 'xsi', label: id },
  pattern,
  ...extra,
});

/** Entries start with `[E]`; the time is `@hh:mm:ss`, where any part may be missing. */
const mini: LogCatalogue = {
  ...real,
  kinds: [
    { id: 'alpha', detect: ['^ALPHA'] },
    { id: 'beta', detect: ['BETA', 'GAMMA'] },
  ],
  findings: [
    { id: 'boom', pattern: 'BOOM', target: 't:boom' },
    { id: 'only-alpha', pattern: 'ONLY-A', kinds: ['alpha'], target: 't:alpha' },
  ],
  blocks: [{ id: 'no-number', open: '<p>', close: '</p>', missing: '<num>\\s*\\d', target: 't:number' }],
  users: ['user=(\\w+)', 'who=(\\w*)', 'mail=(\\S*) id=(\\w+)'],
  bridge: { ...real.bridge, user: 'name=(\\w+)' },
  codes: ['4711', '4712'],
  signIn: {
    ...real.signIn,
    correlation: 'tid=(T\\d+)',
    entry: '^\\[E\\]',
    thread: 'thr=(\\w+)',
    inherit: ['LATE-B'],
    time: '@(\\d\\d)?:(\\d\\d)?:(\\d\\d)?',
    inheritWithin: 60,
    steps: [step('a', 'STEP-A', { starts: true }), step('b', 'LATE-B'), step('c', 'STEP-C', { success: 'C-OK' })],
    failure: ['ERROR:(.*)'],
    refused: 'DENIED',
    platforms: [],
    requests: undefined,
  },
};
const noCodes: LogCatalogue = { ...mini, codes: [] };

function analyze(text: string, options: { pieces?: number; kind?: string; catalogue?: LogCatalogue } = {}) {
  const analyzer = createAnalyzer(options.catalogue ?? mini, { kind: options.kind });
  const size = Math.max(1, Math.ceil(text.length / (options.pieces ?? 1)));
  for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size));
  return analyzer.end();
}

const log = (...lines: string[]) => `${lines.join('\n')}\n`;
const findingIds = (text: string, options?: Parameters<typeof analyze>[1]) =>
  analyze(text, options)
    .findings.map((f) => f.id)
    .sort();
/** A finding without users, as the analyzer gives it: every line it cites. */
const found = (id: string, target: string, ...lines: [number, string][]) => ({
  id,
  target,
  count: lines.length,
  lines: lines.map(([line, text]) => ({ line, text })),
});
/** The steps the attempt T1 shows, and the lines it cites. */
const t1 = (text: string, options?: Parameters<typeof analyze>[1]) => {
  const trace = analyze(text, options).signIns.find((s) => s.trackingId === 'T1');
  return { seen: trace?.seen ?? [], lines: trace?.lines.map((l) => l.line) ?? [] };
};

describe('the candidate finders', () => {
  const finders = () => [/A/g, /B/g];

  it('gives the first match of any finder, and notes where each matched', () => {
    const next = [-1, -1];
    expect(nextCandidate(finders(), next, 'xxAxxBxxA\n', 0, 9)).toBe(2);
    expect(next).toEqual([2, 5]);
  });

  it('runs a finder again only once the scan has passed its match, and never after it found nothing', () => {
    const scanners = finders();
    const [a, b] = scanners;
    if (!a || !b) throw new Error('two finders');
    const next = [-1, -1];
    const text = 'xxAxxBxx\n';
    const aRuns = vi.spyOn(a, 'exec');
    const bRuns = vi.spyOn(b, 'exec');
    expect(nextCandidate(scanners, next, text, 0, 8)).toBe(2);
    // Past A's match: A is asked again (and finds nothing more), B's match is still ahead.
    expect(nextCandidate(scanners, next, text, 3, 8)).toBe(5);
    expect(next).toEqual([Infinity, 5]);
    expect([aRuns.mock.calls.length, bRuns.mock.calls.length]).toEqual([2, 1]);
    // At B's match it is not asked again either; past it, it is, and A never is again.
    expect(nextCandidate(scanners, next, text, 5, 8)).toBe(5);
    expect(nextCandidate(scanners, next, text, 6, 8)).toBe(Infinity);
    expect([aRuns.mock.calls.length, bRuns.mock.calls.length]).toEqual([2, 2]);
  });

  it('counts a match that starts at the end, not one beyond it', () => {
    expect(nextCandidate(finders(), [-1, -1], 'xxA', 0, 2)).toBe(2);
    expect(nextCandidate(finders(), [-1, -1], 'xxA', 0, 1)).toBe(Infinity);
    // A match past the end is none, even though the finder found it.
    const next = [-1, -1];
    expect(nextCandidate(finders(), next, 'xxAB', 0, 1)).toBe(Infinity);
    expect(next).toEqual([Infinity, Infinity]);
  });
});

describe('an entry without tracking id takes its thread’s', () => {
  const attempt = (first: string, later: string) =>
    log(`[E] ${first} thr=w1 tid=T1 STEP-A`, `[E] ${later} thr=w1`, 'LATE-B', '[E] @23:00:00 thr=w9');

  for (const [name, catalogue] of [
    ['with error codes', mini],
    ['without error codes', noCodes],
  ] as const) {
    it(`soon after the thread’s request, up to the limit (${name})`, () => {
      expect(t1(attempt('@10:00:00', '@10:00:30'), { catalogue }).seen).toEqual(['a', 'b']);
      expect(t1(attempt('@10:00:00', '@10:01:00'), { catalogue }).seen).toEqual(['a', 'b']);
      expect(t1(attempt('@10:00:00', '@10:01:01'), { catalogue }).seen).toEqual(['a']);
      expect(t1(attempt('@10:00:00', '@09:59:00'), { catalogue }).seen).toEqual(['a', 'b']);
      expect(t1(attempt('@10:00:00', '@09:58:59'), { catalogue }).seen).toEqual(['a']);
    });
  }

  it('across midnight, but not half a day later', () => {
    expect(t1(attempt('@23:59:50', '@00:00:20')).seen).toEqual(['a', 'b']);
    expect(t1(attempt('@00:00:20', '@23:59:50')).seen).toEqual(['a', 'b']);
    expect(t1(attempt('@23:59:50', '@00:01:00')).seen).toEqual(['a']);
    expect(t1(attempt('@10:00:00', '@22:00:00')).seen).toEqual(['a']);
  });

  it('when either time is unknown (no time, or a part of it missing)', () => {
    for (const unknown of ['', '@10:00:', '@10::05', '@:00:05']) {
      expect(t1(attempt('@10:00:00', unknown)).seen, unknown).toEqual(['a', 'b']);
      expect(t1(attempt(unknown, '@18:00:00')).seen, unknown).toEqual(['a', 'b']);
    }
  });

  it('only on the same thread', () => {
    expect(t1(log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '[E] @10:00:10 thr=w2', 'LATE-B')).seen).toEqual(['a']);
    expect(t1(log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '[E] @10:00:10', 'LATE-B')).seen).toEqual(['a']);
  });

  it('measured from the thread’s latest entry of the request, whose time is kept when a later one has none', () => {
    const chain = (middle: string) =>
      log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', `[E] ${middle} thr=w1`, 'LATE-B', '[E] @10:01:40 thr=w1', 'LATE-B');
    // 50 s after the middle entry, which was 50 s after the request.
    expect(t1(chain('@10:00:50')).lines).toEqual([1, 3, 5]);
    // The middle entry has no time: the thread's stays 10:00:00, 100 s before the last.
    expect(t1(chain('')).lines).toEqual([1, 3]);
  });

  it('not when another request is the thread’s latest', () => {
    const text = log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '[E] @10:00:05 thr=w1 tid=T2 STEP-A', '[E] @10:00:10 thr=w1', 'LATE-B');
    const traces = analyze(text).signIns;
    expect(traces.find((s) => s.trackingId === 'T1')?.seen).toEqual(['a']);
    expect(traces.find((s) => s.trackingId === 'T2')?.seen).toEqual(['a', 'b']);
  });
});

describe('how far an entry’s first line is looked for', () => {
  const request = '[E] @10:00:00 thr=w1 tid=T1 STEP-A';
  const first = '[E] @10:00:30 thr=w1';

  it('up to 64 lines above', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `line ${String(i)}`);
    expect(t1(log(request, first, ...filler(63), 'LATE-B')).seen).toEqual(['a', 'b']);
    expect(t1(log(request, first, ...filler(64), 'LATE-B')).seen).toEqual(['a']);
  });

  it('up to 16 384 characters above, however the text comes in pieces', () => {
    /** Lines of filler, so that the first line starts `distance` characters before the last line. */
    const text = (distance: number) => {
      const room = distance - first.length - 1;
      const lines = Array.from({ length: 40 }, () => 'x'.repeat(Math.floor(room / 40) - 1));
      const used = lines.reduce((sum, l) => sum + l.length + 1, 0);
      lines.push('y'.repeat(room - used - 1));
      return log(request, first, ...lines, 'LATE-B');
    };
    for (const pieces of [1, 2, 3, 7, 50, 401]) {
      expect(t1(text(16_384), { pieces }).seen, `${String(pieces)} pieces`).toEqual(['a', 'b']);
      expect(t1(text(16_385), { pieces }).seen, `${String(pieces)} pieces`).toEqual(['a']);
    }
  });

  it('across a piece that ends exactly before the line', () => {
    const before = log(request, first, 'z'.repeat(500));
    const analyzer = createAnalyzer(mini);
    analyzer.push(before);
    analyzer.push('LATE-B\n');
    expect(analyzer.end().signIns.find((s) => s.trackingId === 'T1')?.seen).toEqual(['a', 'b']);
  });

  it('for a line that began in an earlier piece', () => {
    const analyzer = createAnalyzer(mini);
    analyzer.push(log(request, first, 'z'.repeat(500)));
    analyzer.push('LATE');
    analyzer.push('-B\n');
    expect(analyzer.end().signIns.find((s) => s.trackingId === 'T1')?.seen).toEqual(['a', 'b']);
  });
});

describe('the user a line names', () => {
  const users = (text: string) => analyze(text).findings.find((f) => f.id === 'boom')?.users;

  it('the first group that caught something, of the first pattern that names one', () => {
    expect(users(log('BOOM user=alice'))).toEqual(['alice']);
    expect(users(log('BOOM mail= id=bob'))).toEqual(['bob']);
    // The second pattern matches with an empty group: the third names the user.
    expect(users(log('BOOM who= mail=x@y id=carol'))).toEqual(['x@y']);
    expect(users(log('BOOM who= mail= id=carol'))).toEqual(['carol']);
    expect(users(log('BOOM who=dave user=erin'))).toEqual(['erin']);
    expect(users(log('BOOM nobody'))).toBeUndefined();
  });

  it('in a profile: the first one its lines name, by the bridge’s pattern', () => {
    const profile = analyze(log('<p>', 'user=zed', 'name=first', 'name=second', '</p>')).findings.find((f) => f.id === 'no-number');
    expect(profile?.users).toEqual(['first']);
    expect(profile?.lines).toEqual([{ line: 1, text: '<p>' }]);
  });

  it('in a real profile without a BroadWorks user id: its e-mail address', () => {
    const text = log(
      'POST https://bridge.example.com/provision HTTP/1.1',
      '<subscriberProfile>',
      '<email>ana@example.com</email>',
      '</subscriberProfile>',
    );
    const finding = analyze(text, { catalogue: real }).findings.find((f) => f.id === 'profile-without-primary-number');
    expect(finding?.users).toEqual(['ana@example.com']);
  });

  it('none when the catalogue has no pattern for a profile’s user', () => {
    const catalogue: LogCatalogue = { ...mini, bridge: { ...mini.bridge, user: undefined } };
    const profile = analyze(log('<p>', 'name=first', '</p>'), { catalogue }).findings.find((f) => f.id === 'no-number');
    expect(profile?.count).toBe(1);
    expect(profile?.users).toBeUndefined();
  });
});

describe('the kind of log', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `plain ${String(i)}`);

  it('is read in the first 200 lines only', () => {
    expect(analyze(log(...filler(199), 'BETA')).kind).toBe('beta');
    expect(analyze(log(...filler(200), 'BETA')).kind).toBeUndefined();
    expect(analyze(log(...filler(199), 'BETA'), { pieces: 9 }).kind).toBe('beta');
  });

  it('is the one most lines point to, the first seen on a tie; one line counts once', () => {
    expect(analyze(log('BETA', 'ALPHA x')).kind).toBe('beta');
    expect(analyze(log('ALPHA x', 'BETA')).kind).toBe('alpha');
    expect(analyze(log('ALPHA x', 'BETA GAMMA', 'GAMMA')).kind).toBe('beta');
    expect(analyze(log('BETA GAMMA', 'ALPHA x', 'ALPHA y')).kind).toBe('alpha');
    expect(analyze(log('x ALPHA', 'plain')).kind).toBeUndefined();
  });

  it('chosen by the user is kept, and nothing is detected', () => {
    expect(analyze(log('BETA', 'BETA'), { kind: 'alpha' }).kind).toBe('alpha');
  });

  it('limits the findings tied to some kinds, whenever it is known', () => {
    expect(findingIds(log('ALPHA', 'ONLY-A'))).toEqual(['only-alpha']);
    expect(findingIds(log('BETA', 'ONLY-A'))).toEqual([]);
    // Counted while the kind was not known yet, dropped once it is.
    expect(findingIds(log('ONLY-A', 'BETA'))).toEqual([]);
    // No kind known at all: kept.
    expect(findingIds(log('ONLY-A'))).toEqual(['only-alpha']);
    expect(findingIds(log('ONLY-A BOOM'), { kind: 'beta' })).toEqual(['boom']);
    expect(findingIds(log('ONLY-A BOOM'), { kind: 'alpha' })).toEqual(['boom', 'only-alpha']);
    expect(analyze(log('ALPHA', 'ONLY-A', 'ONLY-A')).findings).toEqual([found('only-alpha', 't:alpha', [2, 'ONLY-A'], [3, 'ONLY-A'])]);
  });
});

describe('a profile block', () => {
  it('lacks what none of its own lines holds', () => {
    expect(findingIds(log('<p>', '<num>1', '</p>'))).toEqual([]);
    expect(findingIds(log('<p>', '</p>'))).toEqual(['no-number']);
    expect(findingIds(log('<num>1', '<p>', '</p>'))).toEqual(['no-number']);
    expect(findingIds(log('<p>', '</p>', '<num>1'))).toEqual(['no-number']);
    expect(findingIds(log('<p><num>1</p>'))).toEqual([]);
    expect(findingIds(log('<p></p>'))).toEqual(['no-number']);
  });

  it('is one until it closes, however many openings it holds', () => {
    expect(findingIds(log('<p>', '<num>1', '<p>', '</p>'))).toEqual([]);
    expect(analyze(log('<p>', '</p>', '<p>', '</p>')).findings[0]?.count).toBe(2);
  });

  it('cut off by the end of the text is not judged', () => {
    const result = analyze(log('<p>', 'name=x'));
    expect(result.unfinished).toBe(true);
    expect(result.findings).toEqual([]);
    expect(analyze(log('<p>', '</p>')).unfinished).toBe(false);
  });
});

describe('error codes', () => {
  it('are read wherever a line holds one, as a whole word', () => {
    expect(findingIds(log('BOOM 4711 and 4712', 'x4711', '47110'))).toEqual(['boom', 'code-4711', 'code-4712']);
    expect(analyze(log('a 4712', 'b 4712')).findings).toEqual([found('code-4712', 'code:4712', [1, 'a 4712'], [2, 'b 4712'])]);
  });

  it('are none when the catalogue has none', () => {
    expect(findingIds(log('BOOM 4711', 'plain'), { catalogue: noCodes })).toEqual(['boom']);
  });
});

describe('the lines of a text', () => {
  it('are counted up to, not including, the end given', () => {
    expect(countLines('a\nb\nc\n', 0, 6)).toEqual({ lines: 3, long: 0 });
    expect(countLines('a\nb\nc\n', 0, 5)).toEqual({ lines: 2, long: 0 });
    expect(countLines('a\nb\nc\n', 2, 6)).toEqual({ lines: 2, long: 0 });
    expect(countLines('abc', 0, 3)).toEqual({ lines: 0, long: 0 });
  });

  it('are too long beyond MAX_LINE characters, without their line end', () => {
    const line = (n: number, end = '\n') => `${'x'.repeat(n)}${end}`;
    const count = (text: string) => countLines(text, 0, text.length);
    expect(count(line(MAX_LINE))).toEqual({ lines: 1, long: 0 });
    expect(count(line(MAX_LINE, '\r\n'))).toEqual({ lines: 1, long: 0 });
    expect(count(line(MAX_LINE + 1))).toEqual({ lines: 1, long: 1 });
    expect(count(line(MAX_LINE + 1, '\r\n'))).toEqual({ lines: 1, long: 1 });
    expect(count(`a\n${line(MAX_LINE + 1)}b\n${line(MAX_LINE + 5)}`)).toEqual({ lines: 4, long: 2 });
  });

  it('too long are matched on their first part only, and counted once, however they come in', () => {
    const text = log(`BOOM ${'x'.repeat(MAX_LINE)} 4711`, 'next 4712', 'x'.repeat(MAX_LINE));
    for (const pieces of [1, 3, 40, 1000]) {
      const result = analyze(text, { pieces });
      expect(
        result.findings.map((f) => [f.id, f.lines.map((l) => l.line)]),
        `${String(pieces)} pieces`,
      ).toEqual([
        ['boom', [1]],
        ['code-4712', [2]],
      ]);
      expect([result.lines, result.longLines, result.characters]).toEqual([3, 1, text.length]);
    }
    // A line that never ends is cut too, and what follows the cut in it is not read.
    const endless = `${'y'.repeat(MAX_LINE + 10)} 4711`;
    for (const pieces of [1, 7]) expect(analyze(endless, { pieces })).toMatchObject({ lines: 1, longLines: 1, findings: [] });
  });

  it('the last one is read when the text does not end with a line end', () => {
    expect(analyze('plain\nBOOM 4711')).toMatchObject({ lines: 2, findings: [{ id: 'boom' }, { id: 'code-4711' }] });
    expect(analyze('plain\r\nBOOM\r\n').findings[0]?.lines).toEqual([{ line: 2, text: 'BOOM' }]);
  });
});

describe('the candidate finders’ sources', () => {
  it('hold each pattern once, the codes apart and each line without tracking id apart', () => {
    const sources = candidateSources(mini);
    expect(sources).toEqual([
      '(?:BOOM)|(?:ONLY-A)|(?:<p>)|(?:tid=(T\\d+))|' +
        [mini.bridge.post, mini.bridge.status, mini.bridge.message].map((p) => `(?:${p})`).join('|'),
      '\\b(?:4711|4712)\\b',
      'LATE-B',
    ]);
    expect(candidateSources(noCodes)).toEqual([sources[0], 'LATE-B']);
    const twice: LogCatalogue = { ...mini, findings: [...mini.findings, { id: 'again', pattern: 'BOOM', target: 't:again' }] };
    expect(candidateSources(twice)).toEqual(sources);
  });

  it('of the catalogue shipped read only their line, so that the analyzer need not read every line', () => {
    expect(candidateSources(real).filter((source) => !readsOnlyItsLine(source))).toEqual([]);
  });
});

describe('lines skipped by the caller', () => {
  it('move the line numbers, the size and the long lines on, and end the look-back', () => {
    const analyzer = createAnalyzer(mini);
    const before = log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '[E] @10:00:10 thr=w1');
    const after = log('LATE-B', 'BOOM');
    analyzer.push(before);
    analyzer.skip(10, 100, 2);
    analyzer.push(after);
    const result = analyzer.end();
    expect(result.findings).toEqual([found('boom', 't:boom', [14, 'BOOM'])]);
    expect([result.lines, result.characters, result.longLines]).toEqual([14, before.length + 100 + after.length, 2]);
    // The entry above the skipped lines is not LATE-B's: it stands alone, without tracking id.
    expect(result.signIns.map((s) => [s.trackingId, s.seen])).toEqual([['T1', ['a']]]);
  });

  it('only between complete lines', () => {
    const analyzer = createAnalyzer(mini);
    analyzer.push('half a line');
    expect(() => analyzer.skip(1, 1, 0)).toThrow('skip() inside a line');
    const long = createAnalyzer(mini);
    long.push('z'.repeat(MAX_LINE + 1));
    expect(() => long.skip(1, 1, 0)).toThrow('skip() inside a line');
  });
});

describe('an entry of the sign-in sequence', () => {
  const traces = (text: string, options?: Parameters<typeof analyze>[1]) =>
    analyze(text, options).signIns.map((s) => [s.trackingId, s.seen, s.lines.map((l) => l.line)]);

  // A trace cites the lines of its steps and failures, not those of a step's success.
  it('is judged as a whole: a step’s success may come on a later line of it', () => {
    expect(traces(log('[E] @10:00:00 thr=w1 tid=T1 STEP-C', '  C-OK'))).toEqual([['T1', ['c'], [1]]]);
    expect(traces(log('[E] @10:00:00 tid=T1 STEP-C', '  C-OK', '[E] @10:00:01 other'))).toEqual([['T1', ['c'], [1]]]);
    expect(traces(log('[E] @10:00:00 tid=T1 STEP-C', '[E] @10:00:01 C-OK'))).toEqual([['T1', [], [1]]]);
  });

  it('holding a second tracking id is two requests: the second starts there, on the same thread', () => {
    const text = log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '  tid=T2 STEP-C', '  C-OK', '[E] @10:00:20 thr=w1', 'LATE-B');
    expect(traces(text)).toEqual([
      ['T1', ['a'], [1]],
      ['T2', ['b', 'c'], [2, 5]],
    ]);
  });

  it('a line without an entry above it, nor 64 lines to look through, stands alone', () => {
    expect(analyze(log('plain', 'LATE-B', 'more')).signIns).toEqual([]);
    expect(analyze('LATE-B').signIns).toEqual([]);
  });

  it('looked for in what the previous piece ended with, whatever the pieces’ size', () => {
    const text = log(
      '[E] @10:00:00 thr=w1 tid=T1 STEP-A',
      '[E] @10:00:05 thr=w2 tid=T2 STEP-A',
      '[E] @10:00:10 thr=w1',
      'LATE-B',
      '[E] @10:00:12 thr=w2',
      'plain',
      'LATE-B',
      '[E] @10:00:30 thr=w1 tid=T3 STEP-C',
      'C-OK',
      '[E] @10:00:31 thr=w1',
      'LATE-B',
    );
    const whole = traces(text);
    expect(whole).toEqual([
      ['T1', ['a', 'b'], [1, 4]],
      ['T2', ['a', 'b'], [2, 7]],
      ['T3', ['b', 'c'], [8, 11]],
    ]);
    for (let size = 1; size <= 64; size += 1) {
      const analyzer = createAnalyzer(mini);
      for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size));
      const result = analyzer.end().signIns.map((s) => [s.trackingId, s.seen, s.lines.map((l) => l.line)]);
      expect(result, `pieces of ${String(size)}`).toEqual(whole);
    }
  });

  it('whose first line ends the previous piece', () => {
    const analyzer = createAnalyzer(mini);
    analyzer.push(log('[E] @10:00:00 thr=w1 tid=T1 STEP-A', '[E] @10:00:30 thr=w1'));
    analyzer.push(log('plain'));
    analyzer.push(log('LATE-B'));
    expect(analyzer.end().signIns.map((s) => s.seen)).toEqual([['a', 'b']]);
  });
});

describe('past the first 200 lines', () => {
  const filler = Array.from({ length: 200 }, (_, i) => `plain ${String(i)}`);

  it('a line that points to a kind no longer counts, even one the analyzer reads', () => {
    expect(analyze(log(...filler, 'BETA BOOM'))).toMatchObject({ kind: undefined, findings: [{ id: 'boom', count: 1 }] });
  });

  it('a line too long is counted, though nothing is read in it', () => {
    expect(analyze(log(...filler, 'x'.repeat(MAX_LINE + 1), 'BOOM'))).toMatchObject({ lines: 202, longLines: 1 });
  });

  it('an anchored pattern finds its lines as it does in each line alone', () => {
    const catalogue: LogCatalogue = {
      ...mini,
      findings: [
        { id: 'starts', pattern: '^ANCHOR', target: 't:starts' },
        { id: 'ends', pattern: 'TAIL$', target: 't:ends' },
      ],
    };
    const text = log(...filler, 'ANCHOR here', 'not ANCHOR', 'TAIL not', 'the TAIL').replace(/\n/g, '\r\n');
    for (const pieces of [1, 5]) {
      expect(analyze(text, { catalogue, pieces }).findings.map((f) => [f.id, f.lines.map((l) => l.line)])).toEqual([
        ['starts', [201]],
        ['ends', [204]],
      ]);
    }
  });
});

describe('the users of a finding', () => {
  it('are the first five named', () => {
    const text = log(...['u1', 'u2', 'u1', 'u3', 'u4', 'u5', 'u6', 'u7'].map((u) => `BOOM user=${u}`));
    expect(analyze(text).findings[0]).toMatchObject({ count: 8, users: ['u1', 'u2', 'u3', 'u4', 'u5'] });
  });

  it('are none when the catalogue names no pattern for them', () => {
    const catalogue: LogCatalogue = { ...mini, users: undefined };
    expect(analyze(log('BOOM user=alice'), { catalogue }).findings).toEqual([found('boom', 't:boom', [1, 'BOOM user=alice'])]);
  });
});
