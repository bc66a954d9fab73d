/**
 * One file on several cores, with exactly the result of one pass.
 *
 * The analyzer's state reaches across lines (an entry's lines, a profile, a
 * POST and its answer, a server thread's last tracking id, the kind detected
 * on the first lines), so results of parts analyzed apart cannot simply be
 * added up. What is costly is finding the few lines that matter among the
 * many that do not, and that needs no state. So:
 *
 * 1. `scanPart`, one worker per part: finds, in its part, every line the
 *    analyzer could act on, with the context the analyzer reads around it
 *    (the lines above a sign-in line up to its entry's first line, the lines
 *    below it up to the next entry, a profile's lines, the first lines of the
 *    file), and counts the lines and characters of everything else.
 * 2. `joinScans` puts the parts' segments in file order.
 * 3. `analyzeSegments`, one worker: runs the analyzer itself over the lines
 *    kept, read again from the file, and `skip`s what was only counted. The
 *    analyzer sees every line it would act on, in order, with the right line
 *    numbers: its result is the one-pass result, whatever the cuts.
 *
 * Parts and the pieces read within them are cut where an entry starts, so
 * that no context crosses a cut; where no entry starts near a piece's end,
 * the lines before the cut are kept, as the context of what follows.
 * Memory stays bounded: each worker holds one piece (a few MB) of the file.
 */
import {
  candidateSources,
  CONTEXT,
  countLines,
  createAnalyzer,
  MAX_LINE,
  nextCandidate,
  type AnalysisResult,
  type LogCatalogue,
} from './log-analyzer';

/** How much of the file a worker reads and decodes at a time. */
export const PIECE_BYTES = 1024 * 1024;
/** How many bytes of kept lines a part sends along; beyond, the analysis reads them again from the file. */
export const KEPT_BYTES = 4 * 1024 * 1024;
/** A part smaller than this is not worth a worker of its own. */
export const MIN_PART_BYTES = 8 * 1024 * 1024;
/** More workers than this only add memory. */
export const MAX_PARTS = 8;
/** What the page looks at to tell a binary file (the first characters). */
export const SAMPLE_CHARS = 65536;
/** A gap shorter than this is read rather than counted: fewer, larger segments. */
const MIN_GAP_CHARS = 16 * 1024;
/** How far back from a piece's end a line where an entry starts is looked for. */
const CUT_SEARCH_LINES = 4096;
/** A line longer than this is not tested as a place to cut. */
const CUT_LINE_BYTES = 4096;

/**
 * A segment of the file, in order: read bytes [from, to) (`bytes`: already
 * read, sent along by the scan), or count lines (`long` of them too long) of
 * characters without reading them.
 */
export type Segment =
  | { readonly read: true; readonly from: number; readonly to: number; readonly bytes?: Uint8Array | undefined }
  | { readonly read: false; readonly lines: number; readonly chars: number; readonly long: number };

export interface PartScan {
  readonly segments: readonly Segment[];
  /** Bytes that are not UTF-8 were met (they read as U+FFFD). */
  readonly replaced: boolean;
  /** The part's first characters (of interest in the first part only). */
  readonly sample: string;
}

/** How many parts a file of `size` bytes is worth, on `cores` cores (navigator.hardwareConcurrency). */
export function partCount(size: number, cores: number | undefined): number {
  const usable = Math.max(1, Math.min(MAX_PARTS, Math.floor(cores ?? 1) || 1));
  return Math.max(1, Math.min(usable, Math.floor(size / MIN_PART_BYTES)));
}

export interface ScanOptions {
  /** How much is read at a time (PIECE_BYTES). */
  readonly pieceBytes?: number;
  /** Gaps shorter than this are read rather than counted (MIN_GAP_CHARS). */
  readonly minGapChars?: number;
  /** How many bytes of kept lines a part sends along (KEPT_BYTES). */
  readonly keptBytes?: number;
}

export interface PartScanner {
  readonly scanners: readonly RegExp[];
  readonly entryRe: RegExp;
  readonly signInRes: readonly RegExp[];
}

/** The patterns of a catalogue, compiled once per worker. */
export function createPartScanner(catalogue: LogCatalogue): PartScanner {
  const sign = catalogue.signIn;
  // The lines of a profile the analyzer looks at (its end, what it must or must not hold).
  const block = [...new Set(catalogue.blocks.flatMap((b) => [b.close, b.missing, b.invalid]).filter((p) => p !== undefined))];
  const sources = [...candidateSources(catalogue), ...(block.length > 0 ? [block.map((p) => `(?:${p})`).join('|')] : [])];
  return {
    scanners: sources.map((source) => new RegExp(source, 'g')),
    entryRe: new RegExp(sign.entry),
    signInRes: [sign.correlation, ...sign.inherit].map((p) => new RegExp(p)),
  };
}

/** A line as the analyzer matches it: without its line end, cut at the limit. */
function lineAt(text: string, start: number, end: number): string {
  let line = text.slice(start, Math.min(end, start + MAX_LINE + 1));
  if (line.endsWith('\n')) line = line.slice(0, -1);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
}

/** Where the line that starts at `start` ends (after its newline, or at the end of the text). */
const lineEnd = (text: string, start: number) => {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl + 1;
};

/** Segments that join their neighbours of the same sort. */
class Segments {
  readonly list: Segment[] = [];
  read(from: number, to: number, bytes?: Uint8Array): void {
    if (to <= from) return;
    const last = this.list.at(-1);
    if (last?.read === true && last.to === from) {
      let joined: Uint8Array | undefined;
      if (last.bytes !== undefined && bytes !== undefined) {
        joined = new Uint8Array(last.bytes.length + bytes.length);
        joined.set(last.bytes);
        joined.set(bytes, last.bytes.length);
      }
      this.list[this.list.length - 1] = { read: true, from: last.from, to, bytes: joined };
    } else this.list.push({ read: true, from, to, bytes });
  }
  skip(lines: number, chars: number, long: number): void {
    if (chars === 0) return;
    const last = this.list.at(-1);
    if (last?.read === false)
      this.list[this.list.length - 1] = { read: false, lines: last.lines + lines, chars: last.chars + chars, long: last.long + long };
    else this.list.push({ read: false, lines, chars, long });
  }
  append(other: readonly Segment[]): void {
    for (const s of other) {
      if (s.read) this.read(s.from, s.to, s.bytes);
      else this.skip(s.lines, s.chars, s.long);
    }
  }
}

/** What a part's scan carries from one piece to the next. */
interface Carry {
  /** Lines still to keep below a sign-in line of the previous piece (0: none). */
  below: number;
  /** Lines of the file's start still to keep for the kind's detection. */
  detect: number;
}

/** Ranges of characters to keep, [start, end) pairs, sorted and joined. */
class Keep {
  readonly ranges: number[] = [];
  add(start: number, end: number): void {
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
 * The lines of one decoded piece (whole lines) to keep. `cutBefore`: the
 * piece does not start where an entry starts, and the previous piece kept
 * its last lines; `cutAfter`: the same for the end of this piece.
 */
function keepInPiece(scanner: PartScanner, text: string, carry: Carry, cutAfter: boolean): Keep {
  const { scanners, entryRe, signInRes } = scanner;
  const keep = new Keep();
  const isEntry = (start: number) => entryRe.test(lineAt(text, start, lineEnd(text, start)));
  /** Keeps the lines from `start` down to the first that starts an entry, at most `count` lines; returns those left. */
  const below = (start: number, count: number): number => {
    let pos = start;
    let left = count;
    while (left > 0 && pos < text.length) {
      const end = lineEnd(text, pos);
      keep.add(pos, end);
      left -= 1;
      if (isEntry(pos)) return 0;
      pos = end;
    }
    return left;
  };
  /** Keeps the lines above `start` up to one that starts an entry, as far as the analyzer looks back. */
  const above = (start: number) => {
    let pos = start;
    for (let lines = 0; lines < CONTEXT.lookbackLines && pos > 0; lines += 1) {
      pos = pos >= 2 ? text.lastIndexOf('\n', pos - 2) + 1 : 0;
      if (isEntry(pos) || start - pos > CONTEXT.lookbackChars) break;
    }
    keep.add(pos, start);
  };

  if (carry.detect > 0) {
    let pos = 0;
    while (carry.detect > 0 && pos < text.length) {
      const end = lineEnd(text, pos);
      keep.add(pos, end);
      carry.detect -= 1;
      pos = end;
    }
  }
  if (carry.below > 0) carry.below = below(0, carry.below);

  // As the analyzer finds its candidate lines: where each finder matches next.
  const next = scanners.map(() => -1);
  let pos = 0;
  while (pos < text.length) {
    const candidate = nextCandidate(scanners, next, text, pos, text.length);
    if (candidate === Infinity) break;
    const start = text.lastIndexOf('\n', candidate - 1) + 1;
    const lineStart = start < pos ? pos : start;
    const end = lineEnd(text, candidate);
    keep.add(lineStart, end);
    const line = lineAt(text, lineStart, end);
    if (signInRes.some((re) => re.test(line))) {
      // An entry of the sign-in sequence: its first line above, its lines below.
      if (!entryRe.test(line)) above(lineStart);
      // Lines left to keep once this piece has run out: the next piece keeps them.
      const left = below(end, CONTEXT.entryLines + 1);
      if (left > 0) carry.below = Math.max(carry.below, left);
    }
    pos = end;
  }
  // The end of the file without a line end: that last line is always read.
  if (text.length > 0 && !text.endsWith('\n')) keep.add(text.lastIndexOf('\n') + 1, text.length);
  if (cutAfter && text.length > 0) above(text.length);
  return keep;
}

/**
 * Sizes in UTF-8 of consecutive stretches of well-formed text (no lone
 * surrogates, no U+FFFD from bad bytes), asked for in order.
 */
export function utf8Lengths(text: string): (from: number, to: number) => number {
  const notAscii = /[\u0080-\uffff]/g;
  // Where the next character that is not ASCII is, once looked for.
  let next = -1;
  return (from, to) => {
    let bytes = to - from;
    if (next !== Infinity && next < from) {
      notAscii.lastIndex = from;
      next = notAscii.exec(text)?.index ?? Infinity;
    }
    while (next < to) {
      const code = text.charCodeAt(next);
      // Two bytes more for U+0800 and above; a surrogate pair (two characters) is four bytes: one more each.
      bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdfff ? 1 : 2;
      notAscii.lastIndex = next + 1;
      next = notAscii.exec(text)?.index ?? Infinity;
    }
    return bytes;
  };
}

/** Where each kept range starts and ends in bytes, and what the gaps between them hold. */
function toSegments(
  text: string,
  bytes: Uint8Array,
  base: number,
  skipBom: number,
  keep: Keep,
  out: Segments,
  minGap: number,
  budget: { bytes: number },
): void {
  const oneByteEach = text.length === bytes.length - skipBom;
  let charPos = 0;
  let bytePos = skipBom;
  // Without bytes that are not UTF-8, a stretch's size in bytes follows from its characters.
  const utf8Length = !oneByteEach && !text.includes('\uFFFD') ? utf8Lengths(text) : undefined;
  /** Moves on to character `to` (a line start, or the end) and returns the lines passed. */
  const advance = (to: number) => {
    const counted = countLines(text, charPos, to);
    if (oneByteEach) bytePos = to + skipBom;
    else if (to === text.length) bytePos = bytes.length;
    else if (utf8Length) bytePos += utf8Length(charPos, to);
    else for (let n = 0; n < counted.lines; n += 1) bytePos = bytes.indexOf(10, bytePos) + 1;
    charPos = to;
    return counted;
  };
  const gap = (to: number) => {
    const chars = to - charPos;
    const { lines, long } = advance(to);
    out.skip(lines, chars, long);
  };
  const { ranges } = keep;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i] ?? 0;
    const end = ranges[i + 1] ?? 0;
    // A short gap is read with what surrounds it.
    if (start - charPos >= minGap) gap(start);
    const from = bytePos;
    advance(end);
    // Sent along (a copy: the piece goes) while the budget lasts, so that the analysis need not read it again.
    const sent = budget.bytes >= bytePos - from ? bytes.slice(from, bytePos) : undefined;
    if (sent !== undefined) budget.bytes -= sent.length;
    out.read(base + from, base + bytePos, sent);
  }
  gap(text.length);
}

/** Reads bytes [from, to) of a file. */
async function bytesOf(file: Blob, from: number, to: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(from, to).arrayBuffer());
}

/** Where, in `bytes` (ending at a newline at `last`), a line that starts an entry begins; -1 when none is near the end. */
function entryCut(scanner: PartScanner, bytes: Uint8Array, last: number): number {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let end = last;
  for (let n = 0; n < CUT_SEARCH_LINES && end > 0; n += 1) {
    const start = bytes.lastIndexOf(10, end - 1) + 1;
    if (start === 0) return -1;
    if (end - start <= CUT_LINE_BYTES && scanner.entryRe.test(lineAt(decoder.decode(bytes.subarray(start, end)), 0, end - start)))
      return start;
    end = start - 1;
  }
  return -1;
}

/**
 * Scans bytes [start, end) of a file: what the analyzer must read of it and
 * what it may only count. `start` is the file's start or where an entry
 * starts (see `partCuts`); `end` the file's end or such a place too.
 */
export async function scanPart(
  file: Blob,
  catalogue: LogCatalogue | PartScanner,
  start: number,
  end: number,
  options: ScanOptions & { readonly onProgress?: (bytes: number) => void } = {},
): Promise<PartScan> {
  const scanner = 'scanners' in catalogue ? catalogue : createPartScanner(catalogue);
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  const out = new Segments();
  // A later part's first line starts an entry: it closes an entry open at the end of the part before.
  // Every part keeps its first lines: those of the file the kind is detected on are among them, wherever the cuts.
  const carry: Carry = { below: start === 0 ? 0 : 1, detect: CONTEXT.detectLines + 1 };
  let replaced = false;
  let sample = '';
  let pos = start;
  // Inside a line with no end in sight: it is read whole, up to its end.
  let inLongLine = false;
  const budget = { bytes: options.keptBytes ?? KEPT_BYTES };
  while (pos < end) {
    const bytes = await bytesOf(file, pos, Math.min(end, pos + pieceBytes));
    const atEnd = pos + bytes.length >= end;
    let from = 0;
    if (inLongLine) {
      const nl = bytes.indexOf(10);
      if (nl === -1 && !atEnd) {
        out.read(pos, pos + bytes.length);
        pos += bytes.length;
        continue;
      }
      from = nl === -1 ? bytes.length : nl + 1;
      out.read(pos, pos + from);
      inLongLine = false;
      if (from === bytes.length) {
        pos += from;
        continue;
      }
    }
    const last = bytes.lastIndexOf(10);
    let cut: number;
    let cutAfter = false;
    if (atEnd) cut = bytes.length;
    else if (last < from) {
      // Not one line end in the piece: a very long line.
      out.read(pos + from, pos + bytes.length);
      inLongLine = true;
      pos += bytes.length;
      continue;
    } else {
      const entry = entryCut(scanner, bytes, last);
      cut = entry > from ? entry : last + 1;
      cutAfter = entry <= from;
    }
    const piece = bytes.subarray(from, cut);
    const skipBom = pos + from === 0 && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
    const text = new TextDecoder('utf-8', { ignoreBOM: pos + from !== 0 }).decode(piece);
    replaced ||= text.includes('\uFFFD');
    if (sample.length < SAMPLE_CHARS) sample += text.slice(0, SAMPLE_CHARS - sample.length);
    toSegments(
      text,
      piece,
      pos + from,
      skipBom,
      keepInPiece(scanner, text, carry, cutAfter),
      out,
      options.minGapChars ?? MIN_GAP_CHARS,
      budget,
    );
    pos += cut;
    options.onProgress?.(pos - start);
  }
  return { segments: out.list, replaced, sample };
}

/** The segments of all parts, in file order, joined. */
export function joinScans(scans: readonly PartScan[]): Segment[] {
  const out = new Segments();
  for (const scan of scans) out.append(scan.segments);
  return out.list;
}

/**
 * Where to cut a file into `parts` parts of about the same size: each cut
 * where an entry starts. Fewer cuts when no entry starts near a place.
 */
export async function partCuts(file: Blob, catalogue: LogCatalogue | PartScanner, parts: number): Promise<number[]> {
  if (parts <= 1) return [];
  const scanner = 'scanners' in catalogue ? catalogue : createPartScanner(catalogue);
  const cuts: number[] = [];
  for (let i = 1; i < parts; i += 1) {
    const nominal = Math.max(Math.floor((file.size * i) / parts), (cuts.at(-1) ?? 0) + 1);
    const window = await bytesOf(file, nominal, Math.min(file.size, nominal + 1024 * 1024));
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let nl = window.indexOf(10); nl !== -1 && nl + 1 < window.length; nl = window.indexOf(10, nl + 1)) {
      const start = nl + 1;
      const next = window.indexOf(10, start);
      const stop = next === -1 ? window.length : next;
      if (stop - start > CUT_LINE_BYTES || next === -1) continue;
      if (scanner.entryRe.test(lineAt(decoder.decode(window.subarray(start, stop)), 0, stop - start))) {
        cuts.push(nominal + start);
        break;
      }
    }
  }
  return cuts;
}

/**
 * The analyzer over the segments kept: what it must read is read again from
 * the file, piece by piece; what it may only count is counted.
 */
export async function analyzeSegments(
  file: Blob,
  catalogue: LogCatalogue,
  segments: readonly Segment[],
  options: { readonly kind?: string | undefined; readonly pieceBytes?: number; readonly onProgress?: (bytes: number) => void } = {},
): Promise<{ result: AnalysisResult; replaced: boolean }> {
  const analyzer = createAnalyzer(catalogue, { kind: options.kind });
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  // One read for the many short segments that fit in a piece, not one read each.
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  const read = async (from: number, to: number): Promise<Uint8Array> => {
    if (from < windowStart || to > windowStart + window.length) {
      windowStart = from;
      window = await bytesOf(file, from, Math.min(file.size, Math.max(to, from + pieceBytes)));
    }
    return window.subarray(from - windowStart, to - windowStart);
  };
  // One decoder for all (making one costs more than decoding a short segment); a byte-order mark
  // is dropped only at the file's start.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const atStart = new TextDecoder('utf-8');
  let replaced = false;
  let done = 0;
  for (const segment of segments) {
    if (!segment.read) {
      analyzer.skip(segment.lines, segment.chars, segment.long);
      continue;
    }
    const d = segment.from === 0 ? atStart : decoder;
    if (segment.bytes !== undefined) {
      const text = d.decode(segment.bytes);
      replaced ||= text.includes('\uFFFD');
      analyzer.push(text);
      done += segment.to - segment.from;
      options.onProgress?.(done);
      continue;
    }
    for (let pos = segment.from; pos < segment.to; pos += pieceBytes) {
      const text = d.decode(await read(pos, Math.min(segment.to, pos + pieceBytes)), { stream: true });
      replaced ||= text.includes('\uFFFD');
      analyzer.push(text);
    }
    const rest = d.decode();
    if (rest !== '') analyzer.push(rest);
    done += segment.to - segment.from;
    options.onProgress?.(done);
  }
  return { result: analyzer.end(), replaced };
}

/** Scan and analysis in one thread, part after part: what the workers do together (for tests and the benchmark). */
export async function analyzeInParts(
  file: Blob,
  catalogue: LogCatalogue,
  cuts: readonly number[],
  options: ScanOptions & { readonly kind?: string | undefined } = {},
): Promise<{ result: AnalysisResult; replaced: boolean; sample: string }> {
  const scanner = createPartScanner(catalogue);
  const bounds = [0, ...cuts, file.size];
  const scans: PartScan[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) scans.push(await scanPart(file, scanner, bounds[i] ?? 0, bounds[i + 1] ?? 0, options));
  const { result, replaced } = await analyzeSegments(file, catalogue, joinScans(scans), options);
  return { result, replaced: replaced || scans.some((s) => s.replaced), sample: scans[0]?.sample ?? '' };
}

/** What may be wrong with a file, besides what it shows. */
export type FileWarning = 'empty' | 'binary' | 'encoding' | 'truncated' | 'long-lines';

/** `sample`: the file's first characters; `replaced`: somewhere in the file, bytes that are not UTF-8 became U+FFFD. */
export function warningsFor(sample: string, size: number, result: AnalysisResult, replaced: boolean): FileWarning[] {
  if (size === 0) return ['empty'];
  const warnings: FileWarning[] = [];
  const nul = sample.split('\u0000').length - 1;
  if (nul > sample.length / 100) warnings.push('binary');
  else if (replaced) warnings.push('encoding');
  if (result.unfinished) warnings.push('truncated');
  if (result.longLines > 0) warnings.push('long-lines');
  return warnings;
}
