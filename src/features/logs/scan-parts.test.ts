import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { FIXTURES, fixtureLogs } from './fixture-logs';
import { createAnalyzer, MAX_LINE } from './log-analyzer';
import {
  analyzeInParts,
  createPartScanner,
  CUT_WINDOWS,
  joinScans,
  MIN_PART_BYTES,
  partCount,
  partCuts,
  scanPart,
  transferOf,
} from './scan-parts';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

/** The realistic day sets run to 100 KB a file: cut at every entry boundary they would take minutes, so they are cut at a spread of them. */
const SMALL = 8 * 1024;

function whole(text: string, kind?: string) {
  const analyzer = createAnalyzer(catalogue, { kind });
  analyzer.push(text);
  return analyzer.end();
}

const encoder = new TextEncoder();

/** Where lines that start an entry begin, in bytes: the places a file may be cut. */
function entryStarts(bytes: Uint8Array): number[] {
  const entryRe = new RegExp(catalogue.signIn.entry);
  const decoder = new TextDecoder();
  const starts: number[] = [];
  for (let nl = bytes.indexOf(10); nl !== -1 && nl + 1 < bytes.length; nl = bytes.indexOf(10, nl + 1)) {
    const next = bytes.indexOf(10, nl + 1);
    if (entryRe.test(decoder.decode(bytes.subarray(nl + 1, next === -1 ? bytes.length : next)))) starts.push(nl + 1);
  }
  return starts;
}

/** Picks cuts among `places` from random indices. */
const pick = (places: readonly number[], picks: readonly number[]) =>
  places.length === 0 ? [] : [...new Set(picks.map((p) => places[p % places.length] ?? 0))].sort((a, b) => a - b);

describe('one file in parts: the same result as one pass', () => {
  const all = fixtureLogs();
  const logs = all.filter((log) => log.length <= SMALL);
  const large = all.filter((log) => log.length > SMALL);
  const filler = [
    '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678 from 10.1.2.3:5060',
    '2026-11-20T08:00:01.120Z <Info> [0x70000476b000] SipStack.cpp:220 keep-alive sent to sbc.example.com:5061',
    '\tcontinuation line of the entry above',
    'a line without a time, ș ț é 𝄞',
  ];
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...logs) },
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...filler), { maxLength: 30 }).map((lines) => lines.map((l) => `${l}\n`).join('')) },
    { weight: 1, arbitrary: fc.constantFrom(...logs.flatMap((log) => log.split('\n').map((l) => `${l}\n`))) },
  );

  it('every fixture, cut at any entry boundary into any number of parts, read in pieces of any size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 16, max: 70_000 }),
        fc.constantFrom(undefined, 'pslog', 'access-log'),
        fc.constantFrom(0, 1, 200),
        fc.constantFrom(0, 100, 1 << 20),
        async (pieces, picks, pieceBytes, kind, minGapChars, keptBytes) => {
          const text = pieces.join('');
          const bytes = encoder.encode(text);
          const cuts = pick(entryStarts(bytes), picks);
          const { result } = await analyzeInParts(new Blob([bytes]), catalogue, cuts, { pieceBytes, kind, minGapChars, keptBytes });
          expect(result).toEqual(whole(text, kind));
        },
      ),
      { numRuns: 250 },
    );
  });

  it('each fixture alone, at every entry boundary, in two parts', async () => {
    for (const log of logs) {
      const bytes = encoder.encode(log);
      const expected = whole(log);
      for (const cut of entryStarts(bytes)) {
        const { result } = await analyzeInParts(new Blob([bytes]), catalogue, [cut], { pieceBytes: 97, minGapChars: 0 });
        expect(result, `cut at byte ${String(cut)}`).toEqual(expected);
      }
    }
  });

  it('each large fixture of the day sets, at a spread of its entry boundaries, in two parts', async () => {
    expect(large.length).toBeGreaterThanOrEqual(10);
    for (const log of large) {
      const bytes = encoder.encode(log);
      const expected = whole(log);
      const starts = entryStarts(bytes);
      const step = Math.max(1, Math.floor(starts.length / 12));
      for (const cut of starts.filter((_, i) => i % step === Math.floor(step / 2))) {
        const { result } = await analyzeInParts(new Blob([bytes]), catalogue, [cut], { pieceBytes: 4093, minGapChars: 0 });
        expect(result, `cut at byte ${String(cut)}`).toEqual(expected);
      }
    }
  }, 120_000);

  it('sign-in attempts whose entries fall in different parts are put together as in one pass', async () => {
    const day = fixtureLogs(join(FIXTURES, 'xsp-day'));
    const text = day.join('');
    const bytes = encoder.encode(text);
    const starts = entryStarts(bytes);
    const expected = whole(text);
    expect(expected.signIns.length).toBeGreaterThan(1);
    // Every third entry boundary: each attempt's entries lie in several parts.
    const { result } = await analyzeInParts(
      new Blob([bytes]),
      catalogue,
      starts.filter((_, i) => i % 3 === 0),
      { pieceBytes: 61, minGapChars: 0 },
    );
    expect(result.signIns).toEqual(expected.signIns);
  });

  it('a log without entry times, long lines, CRLF, a byte-order mark and bytes that are not UTF-8', async () => {
    const log = [
      '\uFEFFPOST https://192.0.2.10/provisioning/api/v1/subscribers HTTP/1.1\r\n',
      '<subscriberProfile>\r\n',
      `  <note>${'y'.repeat(MAX_LINE + 10)}</note>\r\n`,
      '  <email>not-an-address</email>\r\n',
      '</subscriberProfile>\r\n',
      `${'z'.repeat(MAX_LINE * 2)}\n`,
      'HTTP/1.1 409 Conflict\n',
      '<message>Conflict: user already exists</message>\n',
      'trackingid: CLIENT_x-1 Token validated',
    ].join('');
    const bytes = new Uint8Array([...encoder.encode(log.slice(0, 200)), 0xff, 0xfe, 10, ...encoder.encode(log.slice(200))]);
    const text = new TextDecoder().decode(bytes);
    for (const pieceBytes of [16, 100, 4096, 1 << 20]) {
      const { result, replaced } = await analyzeInParts(new Blob([bytes]), catalogue, [], {
        pieceBytes,
        minGapChars: 0,
        keptBytes: pieceBytes * 4,
      });
      expect(result).toEqual(whole(text));
      expect(replaced).toBe(true);
    }
  });

  it('sends along long stretches of text that is not ASCII, whatever falls on the decoder’s blocks', async () => {
    const line = (i: number) => `\tș ț é 𝄞 ${'ă'.repeat(i % 7)} line ${String(i)}\n`;
    const text = [
      'trackingid: CLIENT_x-1 Token validated\n',
      ...Array.from({ length: 2000 }, (_, i) => line(i)),
      'trackingid: CLIENT_x-2 Token validated\n',
    ].join('');
    const bytes = encoder.encode(text);
    for (const pieceBytes of [3 * 4096 + 1, 1 << 20]) {
      // Every gap read, every kept line sent along: long stretches are decoded.
      const { result, replaced } = await analyzeInParts(new Blob([bytes]), catalogue, [], {
        pieceBytes,
        minGapChars: 1 << 30,
        keptBytes: 1 << 30,
      });
      expect(result).toEqual(whole(text));
      expect(replaced).toBe(false);
    }
  });

  it('sends the kept bytes along as they are in the file, in a few buffers, each listed once to be transferred', async () => {
    const noise = '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678\n'.repeat(2000);
    const bytes = encoder.encode(`${noise}${logs.join('')}${noise}${logs.join('')}`);
    const scan = await scanPart(new Blob([bytes]), createPartScanner(catalogue), 0, bytes.length, { pieceBytes: 65536 });
    const sent = scan.segments.flatMap((s) => (s.read && s.bytes ? [s] : []));
    expect(sent.length).toBeGreaterThan(1);
    for (const s of sent) expect(s.bytes).toEqual(bytes.subarray(s.from, s.to));
    const buffers = transferOf(scan.segments);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const s of sent) expect(buffers).toContain(s.bytes?.buffer);
    // Well under a buffer of kept bytes: one buffer.
    expect(buffers).toHaveLength(1);
  });

  it('counts the lines that matter nothing for, without reading them again', async () => {
    const noise = '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678\n'.repeat(5000);
    const text = `${noise}${logs.join('')}${noise}`;
    const bytes = encoder.encode(text);
    const scan = await scanPart(new Blob([bytes]), createPartScanner(catalogue), 0, bytes.length, { pieceBytes: 65536 });
    const read = joinScans([scan]).reduce((sum, s) => sum + (s.read ? s.to - s.from : 0), 0);
    expect(read).toBeLessThan(bytes.length / 4);
    expect(read).toBeGreaterThan(encoder.encode(logs.join('')).length / 2);
  });

  it('finds the lines of an anchored pattern past the first lines, as one pass does', async () => {
    const anchored = { ...catalogue, findings: [...catalogue.findings, { id: 'starts', pattern: '^ANCHOR\\b', target: 't:starts' }] };
    const noise = '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678\n'.repeat(3000);
    const text = `${noise}ANCHOR at the start\nnot ANCHOR\n${noise}ANCHOR again\r\n`;
    const bytes = encoder.encode(text);
    const one = createAnalyzer(anchored);
    one.push(text);
    const expected = one.end();
    expect(expected.findings.find((f) => f.id === 'starts')?.lines.map((l) => l.line)).toEqual([3001, 6003]);
    const { result } = await analyzeInParts(new Blob([bytes]), anchored, [], { pieceBytes: 65536, minGapChars: 0 });
    expect(result).toEqual(expected);
  });
});

describe('where to cut', () => {
  it('as many parts as cores, at most 8, none smaller than the minimum', () => {
    expect(partCount(100, 4)).toBe(1);
    expect(partCount(MIN_PART_BYTES * 2, 4)).toBe(2);
    expect(partCount(MIN_PART_BYTES * 100, 4)).toBe(4);
    expect(partCount(MIN_PART_BYTES * 100, 64)).toBe(8);
    expect(partCount(MIN_PART_BYTES * 100, undefined)).toBe(1);
    expect(partCount(MIN_PART_BYTES * 100, 0)).toBe(1);
  });

  it('cuts where an entry starts, into parts of about the same size', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? `2026.11.20 09:31:02:114 CET | Info | entry ${String(i)}\n` : `\tdetail ${String(i)}\n`,
    );
    const bytes = encoder.encode(lines.join(''));
    const cuts = await partCuts(new Blob([bytes]), catalogue, 4);
    expect(cuts).toHaveLength(3);
    const starts = new Set(entryStarts(bytes));
    for (const cut of cuts) expect(starts.has(cut)).toBe(true);
    // About the same size each.
    expect(cuts.map((c) => Math.round((c / bytes.length) * 4))).toEqual([1, 2, 3]);
    // No line that starts an entry: no cut.
    expect(await partCuts(new Blob([encoder.encode('\tdetail\n'.repeat(3000))]), catalogue, 4)).toEqual([]);
    expect(await partCuts(new Blob([bytes]), catalogue, 1)).toEqual([]);
  });

  it('looks for a cut further than a short window, up to the long one', async () => {
    const entry = '2026.11.20 09:31:02:114 CET | Info | entry\n';
    const detail = (bytes: number) => '\tdetail\n'.repeat(Math.ceil(bytes / 8));
    // One entry 200 KB past the middle: past the first window, within the second.
    const near = encoder.encode(`${entry}${detail(1_000_000)}${detail(200_000)}${entry}${detail(1_000_000)}`);
    const cuts = await partCuts(new Blob([near]), catalogue, 2);
    expect(cuts).toHaveLength(1);
    expect(new Set(entryStarts(near)).has(cuts[0] ?? -1)).toBe(true);
    expect(cuts[0]).toBeGreaterThan(near.length / 2 + CUT_WINDOWS[0]);
    // 1.25 MB past the middle: beyond both, no cut.
    const far = encoder.encode(`${entry}${detail(1_000_000)}${detail(2_000_000)}${entry}${detail(500_000)}`);
    expect(await partCuts(new Blob([far]), catalogue, 2)).toEqual([]);
  });
});
