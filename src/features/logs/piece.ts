/**
 * Which lines of a piece of a file the analyzer needs, worked out on the
 * piece's bytes (scan-parts.ts reads the pieces, line-finder.ts finds their
 * lines): every line it could act on, with the context it reads around it,
 * and how many lines and characters the others are.
 *
 * The lines kept:
 * - the candidate lines, those a candidate finder matches;
 * - for a line of the sign-in sequence, the lines above it up to its entry's
 *   first line (as far as the analyzer looks back), and the lines below it up
 *   to the next entry (as far as an entry reaches);
 * - the first lines of a part (the kind is detected on the file's first lines);
 * - a last line without a line end.
 * Only the lines that hold a literal of the finders, or a byte that is not
 * ASCII, are decoded to be matched; the context is decoded line by line as it
 * is looked at.
 */
import { CONTEXT, MAX_LINE } from './log-analyzer';
import { NOT_ASCII, type PieceLines } from './line-finder';

/** The patterns a scan matches lines with. */
export interface LineTests {
  /** The candidate finders, for one line each. */
  readonly candidates: readonly RegExp[];
  readonly entryRe: RegExp;
  /** A line of the sign-in sequence (a tracking id, or a line that takes one). */
  readonly signInRes: readonly RegExp[];
  /** Every line is a possible candidate (a finder has no literals to look for). */
  readonly matchAll: boolean;
}

/** What a part's scan carries from one piece to the next. */
export interface Carry {
  /** Lines still to keep below a sign-in line of the previous piece (0: none). */
  below: number;
  /** Lines of the part's start still to keep for the kind's detection. */
  detect: number;
}

/** ASCII stretches up to this long are made text by String.fromCharCode, longer ones by a TextDecoder. */
const ASCII_SHORT = 256;
/** Bytes a TextDecoder is given at a time. */
const DECODE_BLOCK = 4096;
/** Characters (of ASCII bytes) decoded at a time: String.fromCharCode takes them as arguments. */
const ASCII_BLOCK = 8192;

/** ASCII bytes as text: for short stretches, much cheaper than a TextDecoder in a browser. */
export function asciiText(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let at = from; at < to; at += ASCII_BLOCK) {
    // Reflect.apply takes the bytes as they are, as the characters' codes.
    text += String(Reflect.apply(String.fromCharCode, undefined, bytes.subarray(at, Math.min(to, at + ASCII_BLOCK))));
  }
  return text;
}

/** The lines of one piece, decoded as they are asked for. */
export class Piece {
  private readonly whole: (string | undefined)[];
  private readonly matched: (string | undefined)[];
  private readonly decoder: TextDecoder;
  private readonly atFileStart: TextDecoder | undefined;

  /** `fileStart`: the piece starts the file (a byte-order mark there is not text). */
  constructor(
    readonly bytes: Uint8Array,
    readonly lines: PieceLines,
    /** The piece's lines are [0, count): the lines after them wait for the next piece. */
    readonly count: number,
    fileStart: boolean,
  ) {
    this.whole = new Array<string | undefined>(count);
    this.matched = new Array<string | undefined>(count);
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    this.atFileStart = fileStart ? new TextDecoder('utf-8') : undefined;
  }

  start(line: number): number {
    return this.lines.starts[line] ?? 0;
  }

  ascii(line: number): boolean {
    return ((this.lines.flags[line] ?? 0) & NOT_ASCII) === 0;
  }

  flags(line: number): number {
    return this.lines.flags[line] ?? 0;
  }

  /** Bytes [from, to) of lines, as text. */
  decode(from: number, to: number): string {
    let ascii = true;
    for (let k = from; k < to && ascii; k += 1) ascii = this.ascii(k);
    const start = this.start(from);
    const end = this.start(to);
    if (ascii && end - start <= ASCII_SHORT) return asciiText(this.bytes, start, end);
    const decoder = start === 0 && this.atFileStart ? this.atFileStart : this.decoder;
    // In blocks: Chromium's TextDecoder is several times slower on one long stretch than on its blocks.
    let text = '';
    for (let at = start; at < end; at += DECODE_BLOCK) {
      const stop = Math.min(end, at + DECODE_BLOCK);
      text += decoder.decode(this.bytes.subarray(at, stop), { stream: stop < end });
    }
    return text;
  }

  /** The piece's first `chars` characters (or all of it). */
  head(chars: number): string {
    // A character takes four bytes at most: a cut there falls after the first `chars`.
    const end = Math.min(this.start(this.count), chars * 4);
    let ascii = true;
    for (let k = 0; k < this.count && this.start(k) < end && ascii; k += 1) ascii = this.ascii(k);
    const text = ascii ? asciiText(this.bytes, 0, end) : (this.atFileStart ?? this.decoder).decode(this.bytes.subarray(0, end));
    return text.slice(0, chars);
  }

  /** Line k whole, with its line end, as the analyzer counts it (only for lines that are not ASCII). */
  private wholeText(line: number): string {
    let text = this.whole[line];
    if (text === undefined) {
      text = this.decode(line, line + 1);
      this.whole[line] = text;
    }
    return text;
  }

  /** Line k as the analyzer matches it: without its line end, cut at MAX_LINE. */
  text(line: number): string {
    let text = this.matched[line];
    if (text !== undefined) return text;
    if (this.ascii(line)) {
      const start = this.start(line);
      let end = this.start(line + 1);
      if (this.bytes[end - 1] === 10) end -= 1;
      if (this.bytes[end - 1] === 13) end -= 1;
      text = asciiText(this.bytes, start, Math.min(end, start + MAX_LINE));
    } else {
      text = this.wholeText(line);
      if (text.endsWith('\n')) text = text.slice(0, -1);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.length > MAX_LINE) text = text.slice(0, MAX_LINE);
    }
    this.matched[line] = text;
    return text;
  }

  /** Characters in line k, its line end too. */
  chars(line: number): number {
    return this.ascii(line) ? this.start(line + 1) - this.start(line) : this.wholeText(line).length;
  }

  /** Whether line k (one that ends with a line end) is longer than MAX_LINE without it. */
  long(line: number): boolean {
    const bytes = this.start(line + 1) - this.start(line);
    // A character takes one byte at least.
    if (bytes - 1 <= MAX_LINE) return false;
    if (!this.ascii(line)) {
      const text = this.wholeText(line);
      return text.length - 1 - (text.endsWith('\r\n') ? 1 : 0) > MAX_LINE;
    }
    return bytes - 1 - (this.bytes[this.start(line + 1) - 2] === 13 ? 1 : 0) > MAX_LINE;
  }

  /** Whether a line that is not ASCII holds bytes that are not UTF-8 (they read as U+FFFD). */
  replaced(): boolean {
    for (let k = 0; k < this.count; k += 1) if (!this.ascii(k) && this.wholeText(k).includes('\uFFFD')) return true;
    return false;
  }
}

/** Ranges of lines to keep, [start, end) pairs, sorted and joined. */
export class Keep {
  readonly ranges: number[] = [];
  add(start: number, end: number): void {
    if (end <= start) return;
    let a = start;
    let b = end;
    while (this.ranges.length > 0 && (this.ranges.at(-1) ?? 0) >= a) {
      const lastEnd = this.ranges.pop() ?? 0;
      const lastStart = this.ranges.pop() ?? 0;
      a = Math.min(a, lastStart);
      b = Math.max(b, lastEnd);
    }
    this.ranges.push(a, b);
  }
}

/**
 * The lines of a piece to keep. `cutAfter`: the piece does not end where an
 * entry starts (the next piece's first lines may need its last ones); `ends`:
 * the file ends with the piece.
 */
export function keepInPiece(tests: LineTests, piece: Piece, carry: Carry, cutAfter: boolean): Keep {
  const { candidates, entryRe, signInRes, matchAll } = tests;
  const keep = new Keep();
  const count = piece.count;
  const isEntry = (line: number) => entryRe.test(piece.text(line));
  /** Keeps lines from `line` down to the first that starts an entry, at most `most` lines; returns those left to keep. */
  const below = (line: number, most: number): number => {
    let k = line;
    let left = most;
    while (left > 0 && k < count) {
      keep.add(k, k + 1);
      left -= 1;
      if (isEntry(k)) return 0;
      k += 1;
    }
    return left;
  };
  /** Keeps the lines above `line` up to one that starts an entry, as far as the analyzer looks back. */
  const above = (line: number) => {
    let k = line;
    let chars = 0;
    for (let lines = 0; lines < CONTEXT.lookbackLines && k > 0; lines += 1) {
      k -= 1;
      chars += piece.chars(k);
      if (isEntry(k) || chars > CONTEXT.lookbackChars) break;
    }
    keep.add(k, line);
  };

  if (carry.detect > 0) {
    const lines = Math.min(carry.detect, count);
    keep.add(0, lines);
    carry.detect -= lines;
  }
  if (carry.below > 0) carry.below = below(0, carry.below);

  for (let k = 0; k < count; k += 1) {
    if (!matchAll && piece.flags(k) === 0) continue;
    const text = piece.text(k);
    if (!candidates.some((re) => re.test(text))) continue;
    keep.add(k, k + 1);
    if (signInRes.some((re) => re.test(text))) {
      // An entry of the sign-in sequence: its first line above, its lines below.
      if (!entryRe.test(text)) above(k);
      // Lines left to keep once this piece has run out: the next piece keeps them.
      const left = below(k + 1, CONTEXT.entryLines + 1);
      if (left > 0) carry.below = Math.max(carry.below, left);
    }
  }
  // The end of the file without a line end: that last line is always read.
  if (count > 0 && piece.bytes[piece.start(count) - 1] !== 10) keep.add(count - 1, count);
  if (cutAfter) above(count);
  return keep;
}

/** Where a piece's lines go: read (with their bytes, when they are sent along), or only counted. */
export interface SegmentSink {
  read(from: number, to: number, bytes?: Uint8Array): void;
  skip(lines: number, chars: number, long: number): void;
}

/**
 * The kept ranges of a piece as segments: what lies between them is
 * counted, except a gap shorter than `minGap` characters, read with what
 * surrounds it. `base`: where the piece starts in the file; `send`: a copy
 * of a kept range's bytes to send along with it, or undefined when they
 * are to be read again from the file.
 */
export function toSegments(
  piece: Piece,
  keep: Keep,
  base: number,
  out: SegmentSink,
  minGap: number,
  send: (bytes: Uint8Array) => Uint8Array | undefined,
): void {
  let line = 0;
  const gap = (to: number) => {
    let chars = 0;
    let long = 0;
    for (let k = line; k < to; k += 1) {
      chars += piece.chars(k);
      if (piece.long(k)) long += 1;
    }
    return { lines: to - line, chars, long };
  };
  const { ranges } = keep;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i] ?? 0;
    const end = ranges[i + 1] ?? 0;
    const before = gap(start);
    // A short gap is read with what surrounds it.
    if (before.chars >= minGap) {
      out.skip(before.lines, before.chars, before.long);
      line = start;
    }
    const from = piece.start(line);
    const to = piece.start(end);
    out.read(base + from, base + to, send(piece.bytes.subarray(from, to)));
    line = end;
  }
  const rest = gap(piece.count);
  out.skip(rest.lines, rest.chars, rest.long);
}
