/**
 * The log analyzer's core: text goes in chunk by chunk (a file stream in a
 * worker, or a file read in the benchmark), findings come out. Memory stays
 * bounded whatever the input: only the current line, a few sample lines per
 * finding, a short tail of the previous chunk and bounded tables of sign-in
 * attempts and server threads are kept.
 *
 * Speed: most lines match nothing. A few global regular expressions (the
 * findings, the error codes, the sign-in entries without a tracking id) find
 * the next candidate line in a whole chunk; only candidate lines are cut out
 * and checked pattern by pattern. They are kept apart because V8 scans each
 * of them several times faster alone than all of them as one alternation.
 */

import type { Finding, LogCatalogue, MatchedLine } from './catalogue';
import { createBridgeTracker } from './bridge';
import { readsOnlyItsLine } from './literals';
import { createRequestReader } from './requests';
import { createSignInCollector, createSignInJudge, trimForDisplay, type SignInTrace } from './sign-in';

export type { Finding, LogCatalogue, LogCatalogueText, MatchedLine } from './catalogue';
export { combineSignIns, type SignInAttempt, type SignInTrace } from './sign-in';

export interface AnalysisResult {
  readonly kind: string | undefined;
  readonly lines: number;
  readonly characters: number;
  readonly findings: readonly Finding[];
  readonly signIns: readonly SignInTrace[];
  /** Lines longer than the limit were cut for matching; this many were. */
  readonly longLines: number;
  /** The text ended inside a subscriberProfile: it was cut off, and that profile was not judged. */
  readonly unfinished: boolean;
}

/**
 * A copy of `text` that holds nothing else. A line cut out of a chunk (a
 * slice) keeps the whole chunk alive in V8 for as long as it, or any part of
 * it (a tracking id, a user), is kept: the tables of threads, attempts and
 * requests then held most of a file in memory, and the garbage collector
 * spent more time than the analysis. Joining forces a flat copy of the line
 * alone; slicing it off again keeps only that copy.
 */
const own = (text: string): string => ` ${text}`.slice(1);

const MAX_SAMPLES = 5;
/** A "line" longer than this is cut: it is matched on its first part only. */
export const MAX_LINE = 64 * 1024;
const MAX_SIGN_INS = 2000;
const MAX_THREADS = 2000;
const DETECT_LINES = 200;
/** How far back an entry's first line is looked for, in lines and characters. */
const LOOKBACK_LINES = 64;
const LOOKBACK_CHARS = 16 * 1024;
const MAX_ENTRY_LINES = 200;
/** How far the analyzer's context reaches, for the parallel scan (scan-parts.ts). */
export const CONTEXT = {
  detectLines: DETECT_LINES,
  lookbackLines: LOOKBACK_LINES,
  lookbackChars: LOOKBACK_CHARS,
  entryLines: MAX_ENTRY_LINES,
} as const;

interface Counter {
  count: number;
  lines: MatchedLine[];
  users: Set<string>;
}

function remember(counter: Counter, line: number, text: string, user?: string): void {
  counter.count += 1;
  if (counter.lines.length < MAX_SAMPLES) counter.lines.push({ line, text: trimForDisplay(text) });
  if (user !== undefined && counter.users.size < MAX_SAMPLES) counter.users.add(user);
}

interface Entry {
  thread: string | undefined;
  /** Seconds since midnight, from the entry's first line. */
  time: number | undefined;
  /** `YYYY-MM-DD`, from the entry's first line. */
  date: string | undefined;
  tracking: string | undefined;
  /** The entry's lines, for the sign-in judge. */
  lines: MatchedLine[];
}

/**
 * The candidate finders (see the comment at the top), as sources: a line
 * none of them matches is passed over, unless a profile or an entry is open
 * or the kind is still being detected. The parallel scan (scan-parts.ts)
 * looks for the same lines.
 */
export function candidateSources(catalogue: LogCatalogue): string[] {
  const sign = catalogue.signIn;
  const codeAlternation = catalogue.codes.length > 0 ? `\\b(?:${catalogue.codes.join('|')})\\b` : '';
  const alternation = (patterns: readonly string[]) => [...new Set(patterns)].map((p) => `(?:${p})`).join('|');
  return [
    alternation([
      ...catalogue.findings.map((f) => f.pattern),
      ...catalogue.blocks.map((b) => b.open),
      sign.correlation,
      catalogue.bridge.post,
      catalogue.bridge.status,
      catalogue.bridge.message,
      ...(sign.requests ? [sign.requests.candidate] : []),
    ]),
    codeAlternation,
    ...sign.inherit,
  ].filter(Boolean);
}

/**
 * The complete lines in `text` from `from` (a line start) to `to`, and how
 * many of them are longer than MAX_LINE (without their line end), as the
 * analyzer counts them.
 */
export function countLines(text: string, from: number, to: number): { lines: number; long: number } {
  let lines = 0;
  let long = 0;
  let start = from;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    lines += 1;
    if (i - start > MAX_LINE && i - start - (text[i - 1] === '\r' ? 1 : 0) > MAX_LINE) long += 1;
    start = i + 1;
  }
  return { lines, long };
}

/**
 * Where the next candidate line's match starts in `text`, from `pos` up to
 * `end` (Infinity: none). `next` holds where each finder matched last (-1: not
 * looked for yet), so that a finder is run again only once the scan has passed
 * its match.
 */
export function nextCandidate(scanners: readonly RegExp[], next: number[], text: string, pos: number, end: number): number {
  let candidate = Infinity;
  scanners.forEach((re, i) => {
    let at = next[i] ?? -1;
    if (at !== Infinity && at < pos) {
      re.lastIndex = pos;
      const match = re.exec(text);
      at = match && match.index <= end ? match.index : Infinity;
      next[i] = at;
    }
    if (at < candidate) candidate = at;
  });
  return candidate;
}

export function createAnalyzer(catalogue: LogCatalogue, options: { kind?: string | undefined } = {}) {
  const findings = catalogue.findings.map((f) => ({ ...f, re: new RegExp(f.pattern) }));
  const sign = catalogue.signIn;
  const codeAlternation = catalogue.codes.length > 0 ? `\\b(?:${catalogue.codes.join('|')})\\b` : '';
  const sources = candidateSources(catalogue);
  const scanners = sources.map((source) => new RegExp(source, 'g'));
  // The same, for one line each: which of them a line matches tells which checks can match it.
  const lineScanners = sources.map((source) => new RegExp(source));
  // The first finder holds the findings, the profiles' start, the tracking id, the bridge's lines and
  // the access_log's; then come the error codes (when there are any) and each sign-in line without tracking id.
  const MAIN = 1;
  const CODES = codeAlternation ? 2 : 0;
  const inheritBits = sign.inherit.map((_, i) => 1 << (i + (CODES ? 2 : 1)));
  /** Which finders match a line, one bit each (0: none, the line is no candidate). */
  const matching = (text: string) => {
    let bits = 0;
    lineScanners.forEach((re, i) => {
      if (re.test(text)) bits |= 1 << i;
    });
    return bits;
  };
  // A line the finders do not match in the whole text, they do not match alone, unless a
  // pattern looks beyond the line (an anchor, a look-around): then each line is read and
  // asked, as the whole text's `^` matches only where the text starts.
  const askEachLine = !sources.every(readsOnlyItsLine);
  const codeRe = codeAlternation ? new RegExp(codeAlternation, 'g') : undefined;
  const detectors = catalogue.kinds.map((k) => ({ id: k.id, res: k.detect.map((d) => new RegExp(d)) }));
  const blocks = catalogue.blocks.map((b) => ({
    ...b,
    openRe: new RegExp(b.open),
    closeRe: new RegExp(b.close),
    missingRe: b.missing === undefined ? undefined : new RegExp(b.missing),
    invalidRe: b.invalid === undefined ? undefined : new RegExp(b.invalid),
    validRe: b.valid === undefined ? undefined : new RegExp(b.valid),
  }));
  const correlationRe = new RegExp(sign.correlation);
  const entryRe = new RegExp(sign.entry);
  const threadRe = new RegExp(sign.thread);
  const timeRe = new RegExp(sign.time);
  const secondsOf = (line: string): number | undefined => {
    const [, h, m, sec] = timeRe.exec(line) ?? [];
    return h === undefined || m === undefined || sec === undefined ? undefined : Number(h) * 3600 + Number(m) * 60 + Number(sec);
  };
  /** Whether two times of day are close enough, across midnight too. */
  const near = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined) return true;
    const gap = Math.abs(a - b) % 86_400;
    return Math.min(gap, 86_400 - gap) <= sign.inheritWithin;
  };
  const judge = createSignInJudge(sign);
  const signIns = createSignInCollector(sign, MAX_SIGN_INS);
  const requests = sign.requests ? createRequestReader(sign.requests) : undefined;
  const stepRes = sign.steps.map((s) => new RegExp(s.pattern));

  const counters = new Map<string, Counter>();
  const counter = (id: string): Counter => {
    let c = counters.get(id);
    if (!c) {
      c = { count: 0, lines: [], users: new Set() };
      counters.set(id, c);
    }
    return c;
  };
  const targets = new Map<string, string>();
  const bridge = createBridgeTracker(catalogue.bridge, {
    found: (id, target, line, text, user) => {
      remember(counter(id), line, text, user);
      targets.set(id, target);
    },
    cite: (id, line, text) => {
      const c = counter(id);
      if (c.lines.length < MAX_SAMPLES * 2) c.lines.push({ line, text: trimForDisplay(text) });
    },
  });
  const userRes = (catalogue.users ?? []).map((pattern) => new RegExp(pattern));
  const bridgeUserRe = catalogue.bridge.user === undefined ? undefined : new RegExp(catalogue.bridge.user);
  /** The user a line names: the first group of the first pattern that matches. */
  const userIn = (text: string, res: readonly (RegExp | undefined)[] = userRes): string | undefined => {
    for (const re of res) {
      const user = re
        ?.exec(text)
        ?.slice(1)
        .find((g: string | undefined) => g !== undefined && g !== '');
      if (user !== undefined) return user;
    }
    return undefined;
  };
  const scores = new Map<string, number>();
  /** The tracking id of the request each server thread handled last, and when. */
  const threads = new Map<string, { tracking: string; time: number | undefined }>();
  // An open subscriberProfile block: where it started and what was seen.
  let block:
    | {
        start: number;
        firstLine: string;
        hasMissing: Map<string, boolean>;
        badEmail: Map<string, string | undefined>;
        user: string | undefined;
      }
    | undefined;
  // An open log entry of the sign-in sequence.
  let entry: Entry | undefined;

  let kind = options.kind;
  let lineNumber = 0;
  let characters = 0;
  let longLines = 0;
  let rest = '';
  // The end of the previous chunk, to find an entry's first line across chunks.
  let tail = '';
  // Inside a line longer than the limit: the rest of it up to its newline is skipped.
  let skipping = false;

  const clean = (raw: string) => {
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length > MAX_LINE) {
      text = text.slice(0, MAX_LINE);
      longLines += 1;
    }
    return own(text);
  };

  // Where the line being read sits in the text it came in (for the lines above it, see `before`).
  let lineText = '';
  let lineFrom = 0;
  let lineStart = 0;
  /**
   * The text just before the current line, as far as the analyzer looks
   * back: exactly the last LOOKBACK_CHARS characters, however the text came
   * in pieces.
   */
  const before = () => {
    const start = Math.max(lineFrom, lineStart - LOOKBACK_CHARS);
    const near = lineText.slice(start, lineStart);
    return start === lineFrom ? (tail + near).slice(-LOOKBACK_CHARS) : near;
  };

  /** The current line comes after the tail: it began in an earlier piece. */
  const afterTail = () => {
    lineText = '';
    lineFrom = 0;
    lineStart = 0;
  };

  /**
   * One line, checked against everything. `finders`: which candidate finders
   * match it, when known (see `matching`).
   */
  const onLine = (raw: string, finders?: number) => {
    lineNumber += 1;
    const text = clean(raw);
    if (kind === undefined && lineNumber <= DETECT_LINES) {
      for (const d of detectors) if (d.res.some((re) => re.test(text))) scores.set(d.id, (scores.get(d.id) ?? 0) + 1);
    }
    if (block) inspectBlockLine(text);
    const bits = finders ?? matching(text);
    let inEntry = false;
    if (entry) {
      if (entryRe.test(text) || entry.lines.length >= MAX_ENTRY_LINES) closeEntry();
      else {
        entryLine(text, lineNumber, bits);
        inEntry = true;
      }
    }
    if (bits === 0) return;
    bridge.onLine(lineNumber, text);
    if (bits & MAIN) {
      for (const f of findings) {
        if (f.kinds && kind !== undefined && !f.kinds.includes(kind)) continue;
        if (f.re.test(text)) {
          remember(counter(f.id), lineNumber, text, userIn(text) ?? bridge.user());
          targets.set(f.id, f.target);
        }
      }
    }
    if (codeRe && bits & CODES) {
      for (const match of text.matchAll(codeRe)) {
        const id = `code-${match[0]}`;
        remember(counter(id), lineNumber, text, userIn(text));
        targets.set(id, `code:${match[0]}`);
      }
    }
    if (!block && bits & MAIN && blocks.some((b) => b.openRe.test(text))) {
      block = { start: lineNumber, firstLine: text, hasMissing: new Map(), badEmail: new Map(), user: undefined };
      // The whole profile may sit on one line.
      inspectBlockLine(text);
    }
    if (inEntry) return;
    if ((bits & MAIN && correlationRe.test(text)) || inheritBits.some((bit) => bits & bit)) openEntry(text);
    // An access_log line holds the access_log's finder (in the first).
    else if (requests && bits & MAIN) accessLine(text);
  };

  /** An access_log line without a tracking id, about a step of the ladder: kept to be tied to its attempt. */
  const accessLine = (text: string) => {
    // Most access_log lines are about other requests: the cheap test first.
    if (!stepRes.some((re) => re.test(text))) return;
    const request = requests?.access({ line: lineNumber, text: trimForDisplay(text) });
    if (request) signIns.untracked(request);
  };

  /** A line of the sign-in sequence outside any entry: its entry starts here or a little above. */
  const openEntry = (text: string) => {
    if (entryRe.test(text)) {
      entry = newEntry(text);
      entryLine(text, lineNumber);
      return;
    }
    // The lines above, nearest first, read backwards from the text before this line.
    const above = before();
    const previous: string[] = [];
    let end = above.length - 1;
    while (previous.length < LOOKBACK_LINES && end >= 0) {
      const start = above.lastIndexOf('\n', end - 1) + 1;
      const line = clean(above.slice(start, end));
      previous.push(line);
      if (entryRe.test(line)) {
        entry = newEntry(line);
        for (let back = previous.length; back >= 1; back -= 1) entryLine(previous[back - 1] ?? '', lineNumber - back);
        entryLine(text, lineNumber);
        return;
      }
      end = start - 1;
    }
    // No entry structure: the line stands alone.
    entry = newEntry('');
    entryLine(text, lineNumber);
    closeEntry();
  };

  const newEntry = (first: string): Entry => ({
    thread: threadRe.exec(first)?.[1],
    time: first === '' ? undefined : secondsOf(first),
    date: first === '' ? undefined : requests?.date(first),
    tracking: undefined,
    lines: [],
  });

  /** `finders`: see `onLine` (the tracking id is looked for only where the first finder matches). */
  const entryLine = (text: string, line: number, finders = MAIN) => {
    if (!entry) return;
    const tracking = finders & MAIN ? correlationRe.exec(text)?.[1] : undefined;
    if (tracking !== undefined && entry.tracking !== undefined && tracking !== entry.tracking) {
      // A second request in what looked like one entry: the new one starts here.
      const { thread, time, date } = entry;
      closeEntry();
      entry = newEntry('');
      entry.thread = thread;
      entry.time = time;
      entry.date = date;
    }
    if (tracking !== undefined) entry.tracking = tracking;
    entry.lines.push({ line, text });
  };

  const closeEntry = () => {
    const done = entry;
    entry = undefined;
    if (!done) return;
    const known = done.thread === undefined ? undefined : threads.get(done.thread);
    const trackingId = done.tracking ?? (known && near(known.time, done.time) ? known.tracking : undefined);
    if (trackingId !== undefined && done.thread !== undefined) {
      // The thread's latest work for this request: later entries are measured from here.
      threads.delete(done.thread);
      threads.set(done.thread, { tracking: trackingId, time: done.time ?? known?.time });
      if (threads.size > MAX_THREADS) threads.delete(threads.keys().next().value ?? '');
    }
    if (trackingId === undefined) return;
    const verdict = judge(done.lines);
    // The request this entry shows, to tie the access_log's line of it: only an entry's own (with its tracking id).
    const request =
      done.tracking !== undefined && verdict.steps.length > 0 ? requests?.inEntry(done.lines, done.date, done.time) : undefined;
    // The collector trims the lines it keeps for display.
    signIns.add(trackingId, verdict, request);
  };

  /** A line inside an open profile: note what the block checks look for, close it at its end. */
  const inspectBlockLine = (text: string) => {
    if (!block) return;
    bridge.onProfileLine(text);
    block.user ??= userIn(text, [bridgeUserRe]);
    for (const b of blocks) {
      if (b.missingRe?.test(text)) block.hasMissing.set(b.id, true);
      const value = b.invalidRe?.exec(text)?.[1];
      if (value !== undefined && b.validRe && !b.validRe.test(value.trim())) block.badEmail.set(b.id, value);
    }
    if (blocks.some((b) => b.closeRe.test(text))) closeBlock();
  };

  const closeBlock = () => {
    if (!block) return;
    for (const b of blocks) {
      const wrong = (b.missingRe && !block.hasMissing.get(b.id)) || block.badEmail.has(b.id);
      if (wrong) {
        remember(counter(b.id), block.start, block.firstLine, block.user);
        targets.set(b.id, b.target);
      }
    }
    block = undefined;
  };

  /** The lines passed over from `from` (a line start) up to `to`; the long ones among them are counted too. */
  const newlines = (text: string, from: number, to: number): number => {
    const counted = countLines(text, from, to);
    longLines += counted.long;
    return counted.lines;
  };

  /** The complete lines of `text` from `from` (a line start) to the newline at `end`. */
  const scan = (text: string, from: number, end: number) => {
    lineText = text;
    lineFrom = from;
    // Where each finder's next match starts (-1: not looked for yet).
    const next = scanners.map(() => -1);
    let pos = from;
    while (pos <= end) {
      const candidate = nextCandidate(scanners, next, text, pos, end);
      // While the kind is being detected, a profile or an entry is open, every line counts; and always,
      // when a finder reads beyond its line.
      if (askEachLine || block !== undefined || entry !== undefined || (kind === undefined && lineNumber < DETECT_LINES)) {
        const nl = text.indexOf('\n', pos);
        lineStart = pos;
        // No finder matches before the line's end: it is no candidate.
        onLine(text.slice(pos, nl), candidate > nl && !askEachLine ? 0 : undefined);
        pos = nl + 1;
        continue;
      }
      if (candidate === Infinity) {
        lineNumber += newlines(text, pos, end + 1);
        return;
      }
      const start = Math.max(pos, text.lastIndexOf('\n', candidate) + 1);
      lineNumber += newlines(text, pos, start);
      const nl = text.indexOf('\n', candidate);
      lineStart = start;
      onLine(text.slice(start, nl));
      pos = nl + 1;
    }
  };

  /** Adds complete lines to the tail kept for looking back. */
  const keep = (lines: string) => {
    tail = lines.length >= LOOKBACK_CHARS ? lines.slice(-LOOKBACK_CHARS) : (tail + lines).slice(-LOOKBACK_CHARS);
  };

  return {
    /** Feeds the next piece of text; lines may be split across pieces. */
    push(chunk: string): void {
      characters += chunk.length;
      let from = 0;
      if (skipping || rest !== '') {
        const nl = chunk.indexOf('\n');
        if (nl === -1) {
          if (!skipping) rest += chunk;
          // A line that never ends is cut rather than held whole.
          if (rest.length > MAX_LINE) {
            afterTail();
            onLine(rest);
            rest = '';
            skipping = true;
          }
          return;
        }
        // The line begun in the previous piece ends here.
        if (!skipping) {
          const line = rest + chunk.slice(0, nl);
          afterTail();
          onLine(line);
          keep(`${line}\n`);
        }
        skipping = false;
        rest = '';
        from = nl + 1;
      }
      const last = chunk.lastIndexOf('\n');
      if (last >= from) {
        scan(chunk, from, last);
        keep(last + 1 - from >= LOOKBACK_CHARS ? chunk.slice(last + 1 - LOOKBACK_CHARS, last + 1) : chunk.slice(from, last + 1));
      }
      rest = chunk.slice(Math.max(from, last + 1));
      if (rest.length > MAX_LINE) {
        afterTail();
        onLine(rest);
        rest = '';
        skipping = true;
      }
    },
    /**
     * Counts `lines` lines (`long` of them too long) of `chars` characters that the caller knows
     * would change nothing (scan-parts.ts finds them): only the line numbers
     * and the size move on. Only between complete lines.
     */
    skip(lines: number, chars: number, long: number): void {
      if (rest !== '' || skipping) throw new Error('skip() inside a line');
      lineNumber += lines;
      characters += chars;
      longLines += long;
      tail = '';
    },
    end(): AnalysisResult {
      if (rest !== '') {
        afterTail();
        onLine(rest);
      }
      rest = '';
      // A profile that never ends was cut off: what it lacks says nothing.
      const unfinished = block !== undefined;
      block = undefined;
      closeEntry();
      bridge.end();
      if (kind === undefined) {
        let best: string | undefined;
        let bestScore = 0;
        for (const [id, score] of scores) {
          if (score > bestScore) {
            best = id;
            bestScore = score;
          }
        }
        kind = best;
      }
      return {
        kind,
        lines: lineNumber,
        characters,
        longLines,
        unfinished,
        findings: [...counters]
          // A finding tied to some kinds of log counts only in those, once the kind is known.
          .filter(([id]) => {
            const kinds = findings.find((f) => f.id === id)?.kinds;
            return !kinds || kind === undefined || kinds.includes(kind);
          })
          .map(([id, c]) => ({
            id,
            target: targets.get(id) ?? '',
            count: c.count,
            lines: c.lines,
            ...(c.users.size === 0 ? {} : { users: [...c.users] }),
          })),
        signIns: signIns.traces(),
      };
    },
  };
}
