/**
 * The analyzer's scanning and entry mechanics, checked against a plain
 * line-by-line reading (the oracle) and at each of its limits. The fast
 * scanner skips most lines; these tests make sure that what it skips never
 * shifts a line number, loses a last line, mixes up the kinds or cuts an
 * entry in the wrong place.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { replay } from '../../build/fc-replay';
import type { LogCatalogue } from './catalogue';
import { createAnalyzer, MAX_LINE } from './log-analyzer';
import { trimForDisplay } from './sign-in';

function realCatalogue(): LogCatalogue {
  const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
  if (!loaded.ok) throw new Error('content does not load');
  return loaded.logCatalogue;
}
const real = realCatalogue();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Feeds the text in pieces of the given sizes, repeated. */
function run(catalogue: LogCatalogue, text: string, sizes: readonly number[] = [text.length || 1], kind?: string) {
  const analyzer = createAnalyzer(catalogue, { kind });
  let at = 0;
  for (let i = 0; at < text.length; i += 1) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    analyzer.push(text.slice(at, at + size));
    at += size;
  }
  return analyzer.end();
}

/** The single-line findings and error codes, read line by line the slow, obvious way. */
function oracle(catalogue: LogCatalogue, text: string) {
  const found = new Map<string, { count: number; lines: { line: number; text: string }[] }>();
  const note = (id: string, line: number, shown: string) => {
    const entry = found.get(id) ?? { count: 0, lines: [] };
    entry.count += 1;
    if (entry.lines.length < 5) entry.lines.push({ line, text: trimForDisplay(shown) });
    found.set(id, entry);
  };
  const codeRe = new RegExp(`\\b(?:${catalogue.codes.join('|')})\\b`, 'g');
  text.split('\n').forEach((raw, index) => {
    if (index === text.split('\n').length - 1 && raw === '') return;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    line = line.slice(0, MAX_LINE);
    for (const f of catalogue.findings) if (new RegExp(f.pattern).test(line)) note(f.id, index + 1, line);
    for (const match of line.matchAll(codeRe)) note(`code-${match[0]}`, index + 1, line);
  });
  return found;
}

/** What the analyzer found of the oracle's ids. */
function singleLine(catalogue: LogCatalogue, result: ReturnType<typeof run>) {
  const own = new Set(catalogue.findings.map((f) => f.id));
  return new Map(
    result.findings.filter((f) => own.has(f.id) || f.id.startsWith('code-')).map((f) => [f.id, { count: f.count, lines: f.lines }]),
  );
}

const sorted = <V>(map: Map<string, V>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

describe('log scanning: the same as reading every line', () => {
  it('line numbers, sample lines and counts match a line-by-line reading, for any cut, with and without a chosen kind', () => {
    // Findings tied to kinds are checked apart (below); here every finding counts everywhere.
    const catalogue: LogCatalogue = { ...real, findings: real.findings.map((f) => ({ id: f.id, pattern: f.pattern, target: f.target })) };
    const ids = new Set(catalogue.findings.map((f) => f.id));
    for (const id of Object.values(catalogue.bridge.statuses).map((s) => s.id)) expect(ids.has(id)).toBe(false);
    const lines = ['as-errors.log', 'codes.log', 'client-bwc.log', 'pslog-profile-problems.log', 'negative.log', 'mixed-as.log']
      .map(fixture)
      .flatMap((text) => text.split('\n'));
    const line = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...lines) },
      { weight: 2, arbitrary: fc.constantFrom('', ' ', 'INFO nothing to see here', '\tat com.broadsoft.Foo.bar(Foo.java:42)') },
      { weight: 1, arbitrary: fc.constantFrom('[Error 18215] twice [Error 18211]', 'x [Error 18215]', '18215182150 no code') },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 320 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(undefined, 'pslog', 'as-errors'),
        (body, crlf, lastNewline, sizes, kind) => {
          const text = body.join(crlf ? '\r\n' : '\n') + (lastNewline && body.length > 0 ? '\n' : '');
          const result = run(catalogue, text, sizes, kind);
          expect(sorted(singleLine(catalogue, result))).toEqual(sorted(oracle(catalogue, text)));
          expect(result.characters).toBe(text.length);
        },
      ),
      { numRuns: 200, ...replay },
    );
  });

  it('keeps five sample lines of a finding however often it occurs, and counts them all', () => {
    const text = Array.from({ length: 7 }, (_, i) => `line ${i} [Error 18215]`).join('\n');
    const finding = run(real, text).findings.find((f) => f.id === 'imp-provisioning-error');
    expect(finding?.count).toBe(7);
    expect(finding?.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('finds a finding on a last line that has no newline', () => {
    const result = run(real, 'first\nsecond [Error 18211]', [3]);
    expect(result.findings.find((f) => f.id === 'imp-communication-error')?.lines).toEqual([{ line: 2, text: 'second [Error 18211]' }]);
    expect(result.lines).toBe(2);
  });

  it('with no error codes in the catalogue, finds no code and still the findings', () => {
    const result = run({ ...real, codes: [] }, 'a line\n[Error 18215] seen\n');
    expect(result.findings.map((f) => f.id)).toEqual(['imp-provisioning-error']);
  });
});

describe('log scanning: lines longer than the limit', () => {
  const long = (length: number) => 'x'.repeat(length);

  it('a line of exactly the limit is whole; one character more is cut and counted', () => {
    expect(run(real, `${long(MAX_LINE)}\n`).longLines).toBe(0);
    expect(run(real, `${long(MAX_LINE + 1)}\n`).longLines).toBe(1);
  });

  it('matches a long line on its first part only', () => {
    const early = run(real, `[Error 18215]${long(MAX_LINE)}\nnext\n`);
    expect(early.findings.map((f) => f.id)).toContain('imp-provisioning-error');
    expect(early.findings.find((f) => f.id === 'imp-provisioning-error')?.lines[0]?.line).toBe(1);
    const late = run(real, `${long(MAX_LINE)} [Error 18215]\nnext\n`);
    expect(late.findings.map((f) => f.id)).not.toContain('imp-provisioning-error');
  });

  it('a long line fed in small pieces is read once, and the lines after it keep their numbers', () => {
    const text = `[Error 18211]${long(MAX_LINE * 3)}\nsecond\nthird [Error 18215]\n`;
    for (const size of [1000, 4096, 70_000, text.length]) {
      const result = run(real, text, [size]);
      expect(result.longLines).toBe(1);
      expect(result.lines).toBe(3);
      expect(result.findings.find((f) => f.id === 'imp-communication-error')?.lines.map((l) => l.line)).toEqual([1]);
      expect(result.findings.find((f) => f.id === 'imp-provisioning-error')?.lines).toEqual([{ line: 3, text: 'third [Error 18215]' }]);
    }
  });

  it('a long last line that never ends is read once', () => {
    const text = `ok\n[Error 18215]${long(MAX_LINE * 2)}`;
    for (const sizes of [[5000], [text.length]]) {
      const result = run(real, text, sizes);
      expect(result.longLines).toBe(1);
      expect(result.lines).toBe(2);
      expect(result.findings.find((f) => f.id === 'imp-provisioning-error')?.count).toBe(1);
    }
  });
});

describe('log scanning: the kind of log', () => {
  const neutral = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`);

  it('is told from the first 200 lines only', () => {
    expect(run(real, [...neutral(199), 'REGISTER sip:alice@example.com SIP/2.0', ''].join('\n')).kind).toBe('bwc-log');
    expect(run(real, [...neutral(200), 'REGISTER sip:alice@example.com SIP/2.0', ''].join('\n')).kind).toBeUndefined();
    // A line the scanner stops at for its finding does not count for the kind either, after line 200.
    expect(run(real, [...neutral(200), '[Error 18215]', ''].join('\n')).kind).toBeUndefined();
    expect(run(real, [...neutral(199), '[Error 18215]', ''].join('\n')).kind).toBe('as-errors');
  });

  it('on a tie, the kind seen first wins', () => {
    expect(run(real, '[Error 18215] one\nREGISTER sip:a@b SIP/2.0 BWC:\n').kind).toBe('as-errors');
  });

  it('a finding tied to some kinds counts only in those, once the kind is known', () => {
    const catalogue: LogCatalogue = {
      ...real,
      findings: [...real.findings, { id: 'only-in-bwc', pattern: 'ONLY-BWC', kinds: ['bwc-log'], target: 'flow:calling/start' }],
    };
    const ids = (text: string, kind?: string) => run(catalogue, text, [7], kind).findings.map((f) => f.id);
    expect(ids('REGISTER sip:a@b SIP/2.0\nONLY-BWC\n')).toContain('only-in-bwc');
    expect(ids('[Error 18215]\n[Error 18211]\nONLY-BWC\n')).not.toContain('only-in-bwc');
    expect(ids('ONLY-BWC\n', 'pslog')).not.toContain('only-in-bwc');
    expect(ids('ONLY-BWC\n', 'bwc-log')).toContain('only-in-bwc');
    // Nothing tells the kind: the finding is not hidden.
    expect(ids('ONLY-BWC\n')).toContain('only-in-bwc');
  });
});

describe('log scanning: profiles', () => {
  it('an e-mail with spaces around it in the profile is a good e-mail', () => {
    const profile = (email: string) =>
      [
        'POST https://bridge.example.com/provisioning/api/v1/subscribers HTTP/1.1',
        '<subscriberProfile>',
        '  <primaryPhoneNumber>+31201234567</primaryPhoneNumber>',
        `  <email>${email}</email>`,
        '</subscriberProfile>',
        '',
      ].join('\n');
    expect(run(real, profile(' bob@acme.example ')).findings.map((f) => f.id)).not.toContain('profile-with-bad-email');
    expect(run(real, profile('bob at acme')).findings.map((f) => f.id)).toContain('profile-with-bad-email');
  });

  it('a profile opens for the block that knows it, and closes at its own end, beside other kinds of block', () => {
    const catalogue: LogCatalogue = {
      ...real,
      blocks: [
        ...real.blocks,
        { id: 'other-block', open: '<otherBlock>', close: '</otherBlock>', missing: '<needed>', target: 'flow:calling/start' },
      ],
    };
    const text = ['<subscriberProfile>', '  <email>bob@acme.example</email>', '</subscriberProfile>', 'after', ''].join('\n');
    const result = run(catalogue, text);
    expect(result.findings.map((f) => f.id)).toContain('profile-without-primary-number');
    expect(result.unfinished).toBe(false);
  });

  it('keeps at most ten lines of a bridge answer however many exchanges there are', () => {
    const text = fixture('pslog-profile-problems.log');
    const finding = run(real, Array.from({ length: 12 }, () => text).join('\n'), [512]).findings.find((f) => f.id === 'bridge-400');
    expect(finding?.count).toBe(12);
    expect(finding?.lines).toHaveLength(10);
  });
});

describe('log scanning: sign-in entries', () => {
  const header = (time: string, thread = 'http-nio-443-exec-4') => `2026.11.20 ${time}:000 CET | Info | Xsi | ${thread} |`;
  const oci = (time: string) => [
    `2026.11.20 ${time}:000 CET | Info | OCI-P | http-nio-443-exec-4 |`,
    '\tReceived response: AuthenticationVerifyResponse',
  ];

  it('an entry without tracking id takes the thread’s up to 60 seconds after its request, not one second more', () => {
    const log = (later: string) =>
      [
        header('12:00:00'),
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        '\ttrackingid: CLIENT_z-3',
        ...oci(later),
        '',
      ].join('\n');
    expect(run(real, log('12:01:00'), [9]).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
    expect(run(real, log('12:01:01'), [9]).signIns[0]?.seen).toEqual(['profile-request']);
  });

  it('reads the time of ISO timestamps too, so a stale thread lends no tracking id', () => {
    const log = (later: string) =>
      [
        '2026-11-20T12:00:00.020Z INFO [http-nio-443-exec-4] Xsi',
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        '\ttrackingid: CLIENT_z-3',
        `2026-11-20T${later}.000Z INFO [http-nio-443-exec-4] OCI-P`,
        '\tReceived response: AuthenticationVerifyResponse',
        '',
      ].join('\n');
    expect(run(real, log('12:00:01'), [9]).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
    expect(run(real, log('12:05:00'), [9]).signIns[0]?.seen).toEqual(['profile-request']);
  });

  it('finds an entry’s first line up to 64 lines above its tracking id, in any cut', () => {
    const log = (filler: number) =>
      [
        header('12:00:00'),
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        ...Array.from({ length: filler }, (_, i) => `\tx-header-${i}: value`),
        '\ttrackingid: CLIENT_z-3',
        ...oci('12:00:01'),
        '',
      ].join('\n');
    // The OCI-P answer follows the thread; the thread is known only when the tracking id's entry was found.
    for (const sizes of [[100_000], [17], [250]]) {
      expect(run(real, log(62), sizes).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
      expect(run(real, log(63), sizes).signIns.flatMap((s) => s.seen)).not.toContain('oci-authentication');
    }
  });

  it('a second tracking id inside one entry starts a second request', () => {
    const text = [
      header('12:00:00'),
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1 trackingid: CLIENT_first-1',
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/c%40d.example/profile HTTP/1.1 trackingid: CLIENT_second-2',
      '',
    ].join('\n');
    const signIns = run(real, text, [11]).signIns;
    expect(signIns.map((s) => s.trackingId).sort()).toEqual(['CLIENT_first-1', 'CLIENT_second-2']);
    expect(signIns.find((s) => s.trackingId === 'CLIENT_first-1')?.lines.map((l) => l.line)).toEqual([2]);
    expect(signIns.find((s) => s.trackingId === 'CLIENT_second-2')?.lines.map((l) => l.line)).toEqual([3]);
  });

  it('an entry holds at most 200 lines: what comes after is not its', () => {
    const log = (filler: number) =>
      [
        header('12:00:00'),
        '\ttrackingid: CLIENT_z-3',
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        ...Array.from({ length: filler }, (_, i) => `\tx-header-${i}: value`),
        '\tReceived response: AuthenticationVerifyResponse',
        '',
      ].join('\n');
    expect(run(real, log(150)).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
    expect(run(real, log(196)).signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
    expect(run(real, log(197)).signIns[0]?.seen).toEqual(['profile-request']);
    expect(run(real, log(250)).signIns[0]?.seen).toEqual(['profile-request']);
  });

  it('finds the entry’s first line at the end of a large previous piece', () => {
    const before = [
      ...Array.from({ length: 2000 }, (_, i) => `2026.11.20 11:00:00:000 CET | Debug | Other | worker-${i} | nothing to see`),
      header('12:00:00'),
      '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
      '',
    ].join('\n');
    const after = ['\ttrackingid: CLIENT_z-3', ...oci('12:00:01'), ''].join('\n');
    expect(before.length).toBeGreaterThan(40_000);
    const result = run(real, before + after, [before.length, after.length]);
    expect(result.signIns[0]?.seen).toEqual(['profile-request', 'oci-authentication']);
  });

  it('remembers the last 2000 server threads: older ones no longer lend their tracking id', () => {
    const log = (others: number) =>
      [
        header('12:00:00', 'http-nio-443-exec-0'),
        '\tGET /com.broadsoft.xsi-actions/v2.0/user/a%40b.example/profile HTTP/1.1',
        '\ttrackingid: CLIENT_old-0',
        ...Array.from({ length: others }, (_, i) => [
          header('12:00:10', `http-nio-443-exec-${i + 1}`),
          `\ttrackingid: CLIENT_other-${i + 1}`,
        ]).flat(),
        '2026.11.20 12:00:30:000 CET | Info | OCI-P | http-nio-443-exec-0 |',
        '\tReceived response: AuthenticationVerifyResponse',
        '',
      ].join('\n');
    const old = (others: number) => run(real, log(others)).signIns.find((s) => s.trackingId === 'CLIENT_old-0')?.seen;
    expect(old(1999)).toEqual(['profile-request', 'oci-authentication']);
    expect(old(2000)).toEqual(['profile-request']);
  });

  it('keeps no piece of text alive through what it remembers of a line (a thread’s tracking id)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const filler = `2026.11.20 11:00:00:000 CET | Debug | Other | worker-1 | ${'x'.repeat(200)}\n`.repeat(80);
    const analyzer = createAnalyzer(real);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1000; i += 1) {
      // A new piece of 20 KB each time, and a thread that remembers its tracking id.
      analyzer.push(`${filler}${header('12:00:00', `http-nio-443-exec-${String(i)}`)}\n\ttrackingid: CLIENT_tracking-id-${String(i)}\n`);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // 1000 pieces held would be 20 MB; 1000 ids alone are a few tens of KB.
    expect(grown).toBeLessThan(4 * 1024 * 1024);
    expect(analyzer.end().lines).toBe(82_000);
  });
});
