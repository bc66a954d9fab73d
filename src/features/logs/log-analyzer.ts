/**
 * The log analyzer's core: text goes in chunk by chunk (a file stream in a
 * worker, or stdin in the benchmark), findings come out. Memory stays
 * bounded whatever the input: only the current line, a few sample lines per
 * finding and a bounded table of sign-in attempts are kept.
 */

export interface LogCatalogue {
  readonly kinds: readonly { readonly id: string; readonly detect: readonly string[] }[];
  readonly findings: readonly {
    readonly id: string;
    readonly pattern: string;
    readonly kinds?: readonly string[] | undefined;
    readonly target: string;
  }[];
  readonly blocks: readonly {
    readonly id: string;
    readonly open: string;
    readonly close: string;
    readonly missing?: string | undefined;
    readonly invalid?: string | undefined;
    readonly valid?: string | undefined;
    readonly target: string;
  }[];
  readonly signIn: {
    readonly correlation: string;
    readonly target: string;
    readonly steps: readonly { readonly id: string; readonly pattern: string }[];
    readonly failure: string;
  };
  /** Error codes to find wherever they appear, and where each leads. */
  readonly codes: readonly string[];
}

/** The analyzer's words in one language (content/text/<locale>/log-catalogue.yaml). */
export interface LogCatalogueText {
  readonly kinds: Readonly<Record<string, string>>;
  readonly findings: Readonly<Record<string, string>>;
  readonly signIn: { readonly title: string; readonly steps: Readonly<Record<string, string>> };
}

export interface MatchedLine {
  readonly line: number;
  readonly text: string;
}

export interface Finding {
  readonly id: string;
  readonly target: string;
  readonly count: number;
  /** The first few matching lines, trimmed to a readable length. */
  readonly lines: readonly MatchedLine[];
}

export interface SignInAttempt {
  readonly trackingId: string;
  readonly seen: readonly string[];
  /** The first step of the sequence not seen, if any. */
  readonly firstMissing?: string | undefined;
  readonly failed: boolean;
  readonly lines: readonly MatchedLine[];
}

export interface AnalysisResult {
  readonly kind: string | undefined;
  readonly lines: number;
  readonly characters: number;
  readonly findings: readonly Finding[];
  readonly signIns: readonly SignInAttempt[];
  /** Lines longer than the limit were cut for matching; this many were. */
  readonly longLines: number;
}

const MAX_SAMPLES = 5;
const MAX_SHOWN = 400;
/** A "line" longer than this is cut: it is matched on its first part only. */
export const MAX_LINE = 64 * 1024;
const MAX_SIGN_INS = 2000;
const DETECT_LINES = 200;

const trimForDisplay = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

interface Counter {
  count: number;
  lines: MatchedLine[];
}

function remember(counter: Counter, line: number, text: string): void {
  counter.count += 1;
  if (counter.lines.length < MAX_SAMPLES) counter.lines.push({ line, text: trimForDisplay(text) });
}

export function createAnalyzer(catalogue: LogCatalogue, options: { kind?: string | undefined } = {}) {
  const findings = catalogue.findings.map((f) => ({ ...f, re: new RegExp(f.pattern) }));
  // One combined test per line: most lines match nothing and cost one scan.
  const codeAlternation = catalogue.codes.length > 0 ? `\\b(?:${catalogue.codes.join('|')})\\b` : '';
  const anything = new RegExp(
    [...findings.map((f) => f.pattern), ...catalogue.blocks.map((b) => b.open), catalogue.signIn.correlation, codeAlternation]
      .filter(Boolean)
      .map((p) => `(?:${p})`)
      .join('|'),
  );
  // The same, global: finds the next candidate line in a whole chunk, so
  // lines that match nothing are never even cut out of it.
  const anythingG = new RegExp(anything.source, 'g');
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
  const correlationRe = new RegExp(catalogue.signIn.correlation);
  const stepRes = catalogue.signIn.steps.map((s) => ({ id: s.id, re: new RegExp(s.pattern) }));
  const failureRe = new RegExp(catalogue.signIn.failure);

  const counters = new Map<string, Counter>();
  const counter = (id: string): Counter => {
    let c = counters.get(id);
    if (!c) {
      c = { count: 0, lines: [] };
      counters.set(id, c);
    }
    return c;
  };
  const targets = new Map<string, string>();
  const scores = new Map<string, number>();
  const signIns = new Map<string, { seen: Set<string>; failed: boolean; lines: MatchedLine[] }>();
  // An open subscriberProfile block: where it started and what was seen.
  let block: { start: number; firstLine: string; hasMissing: Map<string, boolean>; badEmail: Map<string, string | undefined> } | undefined;

  let kind = options.kind;
  let lineNumber = 0;
  let characters = 0;
  let longLines = 0;
  let rest = '';

  const onLine = (raw: string) => {
    lineNumber += 1;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length > MAX_LINE) {
      text = text.slice(0, MAX_LINE);
      longLines += 1;
    }
    if (kind === undefined && lineNumber <= DETECT_LINES) {
      for (const d of detectors) if (d.res.some((re) => re.test(text))) scores.set(d.id, (scores.get(d.id) ?? 0) + 1);
    }
    if (block) inspectBlockLine(text);
    if (!anything.test(text)) return;
    for (const f of findings) {
      if (f.kinds && kind !== undefined && !f.kinds.includes(kind)) continue;
      if (f.re.test(text)) {
        remember(counter(f.id), lineNumber, text);
        targets.set(f.id, f.target);
      }
    }
    if (codeRe) {
      for (const match of text.matchAll(codeRe)) {
        const id = `code-${match[0]}`;
        remember(counter(id), lineNumber, text);
        targets.set(id, `code:${match[0]}`);
      }
    }
    if (!block && blocks.some((b) => b.openRe.test(text))) {
      block = { start: lineNumber, firstLine: text, hasMissing: new Map(), badEmail: new Map() };
      // The whole profile may sit on one line.
      inspectBlockLine(text);
    }
    const tracking = correlationRe.exec(text)?.[1];
    if (tracking !== undefined) {
      let attempt = signIns.get(tracking);
      if (!attempt && signIns.size < MAX_SIGN_INS) {
        attempt = { seen: new Set(), failed: false, lines: [] };
        signIns.set(tracking, attempt);
      }
      if (attempt) {
        for (const step of stepRes) if (step.re.test(text)) attempt.seen.add(step.id);
        if (failureRe.test(text)) attempt.failed = true;
        if (attempt.lines.length < MAX_SAMPLES * 2) attempt.lines.push({ line: lineNumber, text: trimForDisplay(text) });
      }
    }
  };

  /** A line inside an open profile: note what the block checks look for, close it at its end. */
  const inspectBlockLine = (text: string) => {
    if (!block) return;
    for (const b of blocks) {
      if (b.missingRe?.test(text)) block.hasMissing.set(b.id, true);
      const value = b.invalidRe?.exec(text)?.[1];
      if (value !== undefined && b.validRe && !b.validRe.test(value.trim())) block.badEmail.set(b.id, value);
    }
    if (blocks.some((b) => b.closeRe.test(text))) closeBlock();
  };

  const newlines = (text: string, from: number, to: number): number => {
    let count = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count += 1;
    return count;
  };

  /** The complete lines of `text` up to the newline at `end`. */
  const scan = (text: string, end: number) => {
    let pos = 0;
    while (pos <= end) {
      // While the kind is being detected or a profile is open, every line counts.
      if (block !== undefined || (kind === undefined && lineNumber < DETECT_LINES)) {
        const nl = text.indexOf('\n', pos);
        onLine(text.slice(pos, nl));
        pos = nl + 1;
        continue;
      }
      anythingG.lastIndex = pos;
      const match = anythingG.exec(text);
      if (!match || match.index > end) {
        lineNumber += newlines(text, pos, end + 1);
        return;
      }
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      lineNumber += newlines(text, pos, lineStart);
      const nl = text.indexOf('\n', match.index);
      onLine(text.slice(lineStart, nl));
      pos = nl + 1;
    }
  };

  const closeBlock = () => {
    if (!block) return;
    for (const b of blocks) {
      const wrong = (b.missingRe && !block.hasMissing.get(b.id)) || block.badEmail.has(b.id);
      if (wrong) {
        remember(counter(b.id), block.start, block.firstLine);
        targets.set(b.id, b.target);
      }
    }
    block = undefined;
  };

  return {
    /** Feeds the next piece of text; lines may be split across pieces. */
    push(chunk: string): void {
      characters += chunk.length;
      const text = rest + chunk;
      const last = text.lastIndexOf('\n');
      if (last !== -1) scan(text, last);
      rest = last === -1 ? text : text.slice(last + 1);
      // A line that never ends is cut rather than held whole.
      if (rest.length > MAX_LINE) {
        onLine(rest);
        rest = '';
      }
    },
    end(): AnalysisResult {
      if (rest !== '') onLine(rest);
      rest = '';
      closeBlock();
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
      const stepOrder = catalogue.signIn.steps.map((s) => s.id);
      return {
        kind,
        lines: lineNumber,
        characters,
        longLines,
        findings: [...counters]
          // A finding tied to some kinds of log counts only in those, once the kind is known.
          .filter(([id]) => {
            const kinds = findings.find((f) => f.id === id)?.kinds;
            return !kinds || kind === undefined || kinds.includes(kind);
          })
          .map(([id, c]) => ({ id, target: targets.get(id) ?? '', count: c.count, lines: c.lines })),
        signIns: [...signIns].map(([trackingId, a]) => ({
          trackingId,
          seen: stepOrder.filter((id) => a.seen.has(id)),
          firstMissing: stepOrder.find((id) => !a.seen.has(id)),
          failed: a.failed,
          lines: a.lines,
        })),
      };
    },
  };
}
