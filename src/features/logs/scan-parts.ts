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
 *    (piece.ts), and counts the lines and characters of everything else. It
 *    works on the bytes and decodes only the lines it must match
 *    (line-finder.ts), and sends the kept lines' bytes along, in a few
 *    buffers that are transferred from worker to worker, not copied.
 * 2. `joinScans` puts the parts' segments in file order.
 * 3. `analyzeSegments`, one worker: decodes the lines kept, runs the
 *    analyzer itself over them, and `skip`s what was only counted. The analyzer sees every line it
 *    would act on, in order, with the right line numbers: its result is the
 *    one-pass result, whatever the cuts.
 *
 * Parts and the pieces read within them are cut where an entry starts, so
 * that no context crosses a cut; where no entry starts near a piece's end,
 * the lines before the cut are kept, as the context of what follows.
 * Memory stays bounded: each worker holds one piece (a few MB) of the file,
 * and a part sends at most KEPT_BYTES of kept lines along; beyond, the
 * analysis reads them again from the file.
 */
import { CONTEXT, candidateSources, createAnalyzer, MAX_LINE, type AnalysisResult, type LogCatalogue } from './log-analyzer';
import { createLineFinder } from './line-finder';
import { requiredLiterals } from './literals';
import { keepInPiece, Piece, toSegments, type Carry, type LineTests } from './piece';
import { FileWindows } from './file-windows';

/** How much of the file a worker reads at a time. */
export const PIECE_BYTES = 1024 * 1024;
/** How many bytes of kept lines a part sends along; beyond, the analysis reads them again from the file. */
export const KEPT_BYTES = 32 * 1024 * 1024;
/** The kept bytes are sent along in buffers of this size (or one of a range's own, when larger). */
const KEPT_BUFFER_BYTES = 1024 * 1024;
/** Bytes a TextDecoder is given at a time: Chromium's is several times slower on one long stretch than on its blocks. */
const DECODE_BLOCK = 4096;
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

/** A file on several workers is scanned in parts of about this size: the analysis of the first runs while the last are scanned. */
export const PIPELINE_PART_BYTES = 16 * 1024 * 1024;
/** More parts than this only add cuts and messages. */
export const MAX_PIPELINE_PARTS = 64;

/** How many parts a file of `size` bytes is scanned in, on `workers` workers (partCount): one when one worker does all. */
export function pipelineParts(size: number, workers: number, partBytes = PIPELINE_PART_BYTES): number {
  if (workers <= 1) return 1;
  return Math.max(workers, Math.min(MAX_PIPELINE_PARTS, Math.ceil(size / partBytes)));
}

export interface ScanOptions {
  /** How much is read at a time (PIECE_BYTES). */
  readonly pieceBytes?: number;
  /** Gaps shorter than this are read rather than counted (MIN_GAP_CHARS). */
  readonly minGapChars?: number;
  /** How many bytes of kept lines a part sends along (KEPT_BYTES). */
  readonly keptBytes?: number | undefined;
}

export interface PartScanner {
  readonly tests: LineTests;
  /** The literals every candidate line holds one of (literals.ts); empty when some finder has none. */
  readonly literals: readonly string[];
  readonly entryRe: RegExp;
}

/** The patterns of a catalogue, compiled once per worker. */
export function createPartScanner(catalogue: LogCatalogue): PartScanner {
  const sign = catalogue.signIn;
  // The lines of a profile the analyzer looks at: its end, what it must or
  // must not hold, and the user it is for.
  const block = [
    ...new Set([...catalogue.blocks.flatMap((b) => [b.close, b.missing, b.invalid]), catalogue.bridge.user].filter((p) => p !== undefined)),
  ];
  const sources = [...candidateSources(catalogue), ...(block.length > 0 ? [block.map((p) => `(?:${p})`).join('|')] : [])];
  const literals = sources.map(requiredLiterals).filter((l) => l !== undefined);
  const complete = literals.length === sources.length;
  const entryRe = new RegExp(sign.entry);
  return {
    tests: {
      candidates: sources.map((source) => new RegExp(source)),
      entryRe,
      signInRes: [sign.correlation, ...sign.inherit].map((p) => new RegExp(p)),
      matchAll: !complete,
    },
    literals: complete ? literals.flat() : [],
    entryRe,
  };
}

/** A line as the analyzer matches it: without its line end, cut at the limit. */
function lineAt(text: string): string {
  let line = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
}

/** Segments that join their neighbours of the same sort. */
class Segments {
  readonly list: Segment[] = [];
  read(from: number, to: number, bytes?: Uint8Array): void {
    if (to <= from) return;
    const last = this.list.at(-1);
    if (last?.read === true && last.to === from) {
      // Both to be read again, or both sent along one after the other in one buffer: one segment.
      if (last.bytes === undefined && bytes === undefined) {
        this.list[this.list.length - 1] = { read: true, from: last.from, to };
        return;
      }
      if (
        last.bytes !== undefined &&
        bytes !== undefined &&
        last.bytes.buffer === bytes.buffer &&
        last.bytes.byteOffset + last.bytes.length === bytes.byteOffset
      ) {
        this.list[this.list.length - 1] = {
          read: true,
          from: last.from,
          to,
          bytes: new Uint8Array(bytes.buffer, last.bytes.byteOffset, last.bytes.length + bytes.length),
        };
        return;
      }
    }
    this.list.push({ read: true, from, to, bytes });
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

/** Copies of kept bytes, while a budget lasts, gathered in a few large buffers. */
function keptCopies(budget: number): (bytes: Uint8Array) => Uint8Array | undefined {
  let left = budget;
  let buffer = new Uint8Array(0);
  let used = 0;
  return (bytes) => {
    if (bytes.length > left) return undefined;
    left -= bytes.length;
    if (used + bytes.length > buffer.length) {
      buffer = new Uint8Array(Math.max(KEPT_BUFFER_BYTES, bytes.length));
      used = 0;
    }
    const copy = buffer.subarray(used, used + bytes.length);
    copy.set(bytes);
    used += bytes.length;
    return copy;
  };
}

/** The buffers that hold the bytes the segments send along, each once: to transfer them, not copy them. */
export function transferOf(segments: readonly Segment[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of segments) if (s.read && s.bytes !== undefined && s.bytes.buffer instanceof ArrayBuffer) buffers.add(s.bytes.buffer);
  return [...buffers];
}

/** The first of a piece's lines [1, complete) where an entry starts, looking back from its end; -1 when none is near. */
function entryCut(scanner: PartScanner, piece: Piece, complete: number): number {
  for (let k = complete - 1, n = 0; k >= 1 && n < CUT_SEARCH_LINES; k -= 1, n += 1) {
    if (piece.start(k + 1) - 1 - piece.start(k) <= CUT_LINE_BYTES && scanner.entryRe.test(piece.text(k))) return k;
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
  const scanner = 'tests' in catalogue ? catalogue : createPartScanner(catalogue);
  const finder = createLineFinder(scanner.literals);
  const windows = new FileWindows(file, start, end, options.pieceBytes ?? PIECE_BYTES);
  const minGap = options.minGapChars ?? MIN_GAP_CHARS;
  const out = new Segments();
  // A later part's first line starts an entry: it closes an entry open at the end of the part before.
  // Every part keeps its first lines: those of the file the kind is detected on are among them, wherever the cuts.
  const carry: Carry = { below: start === 0 ? 0 : 1, detect: CONTEXT.detectLines + 1 };
  let replaced = false;
  let sample = '';
  // Inside a line with no end in sight: it is read whole, up to its end.
  let inLongLine = false;
  const send = keptCopies(options.keptBytes ?? KEPT_BYTES);
  let used = 0;
  for (;;) {
    const bytes = await windows.next(used);
    if (bytes.length === 0) break;
    const at = windows.at;
    const atEnd = windows.atEnd;
    let from = 0;
    if (inLongLine) {
      const nl = bytes.indexOf(10);
      if (nl === -1 && !atEnd) {
        out.read(at, at + bytes.length);
        used = bytes.length;
        continue;
      }
      from = nl === -1 ? bytes.length : nl + 1;
      out.read(at, at + from);
      inLongLine = false;
      if (from === bytes.length) {
        used = from;
        continue;
      }
    }
    const rest = bytes.subarray(from);
    const lines = finder.find(rest);
    const complete = rest[rest.length - 1] === 10 ? lines.count : lines.count - 1;
    if (complete === 0 && !atEnd) {
      // Not one line end in the piece: a very long line.
      out.read(at + from, at + bytes.length);
      inLongLine = true;
      used = bytes.length;
      continue;
    }
    let piece = new Piece(rest, lines, lines.count, at + from === 0);
    let cutAfter = false;
    if (!atEnd) {
      const entry = entryCut(scanner, piece, complete);
      cutAfter = entry === -1;
      piece = new Piece(rest, lines, cutAfter ? complete : entry, at + from === 0);
    }
    if (sample.length < SAMPLE_CHARS) sample += piece.head(SAMPLE_CHARS - sample.length);
    toSegments(piece, keepInPiece(scanner.tests, piece, carry, cutAfter), at + from, out, minGap, send);
    replaced ||= piece.replaced();
    used = from + piece.start(piece.count);
    options.onProgress?.(at + used - start);
  }
  return { segments: out.list, replaced, sample };
}

/** The segments of all parts, in file order, joined. */
export function joinScans(scans: readonly PartScan[]): Segment[] {
  const out = new Segments();
  for (const scan of scans) out.append(scan.segments);
  return out.list;
}

/** Reads bytes [from, to) of a file. */
async function bytesOf(file: Blob, from: number, to: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(from, to).arrayBuffer());
}

/** How much is read after a nominal cut to find where an entry starts: a short window first, a longer one if need be. */
export const CUT_WINDOWS = [64 * 1024, 1024 * 1024] as const;

/** Where the first entry at or after `nominal` starts (a line of at most CUT_LINE_BYTES), within the cut windows. */
async function cutNear(file: Blob, scanner: PartScanner, nominal: number): Promise<number | undefined> {
  for (const size of CUT_WINDOWS) {
    const window = await bytesOf(file, nominal, Math.min(file.size, nominal + size));
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let nl = window.indexOf(10); nl !== -1 && nl + 1 < window.length; nl = window.indexOf(10, nl + 1)) {
      const start = nl + 1;
      const next = window.indexOf(10, start);
      const stop = next === -1 ? window.length : next;
      if (stop - start > CUT_LINE_BYTES || next === -1) continue;
      if (scanner.entryRe.test(lineAt(decoder.decode(window.subarray(start, stop))))) return nominal + start;
    }
    if (nominal + size >= file.size) return undefined;
  }
  return undefined;
}

/**
 * Where to cut a file into `parts` parts of about the same size: each cut
 * where an entry starts. Fewer cuts when no entry starts near a place. The
 * places are looked at together: each read waits for the browser to fetch
 * it, and twelve 1 MB reads one after the other held the workers back for a
 * quarter of a second.
 */
export async function partCuts(file: Blob, catalogue: LogCatalogue | PartScanner, parts: number): Promise<number[]> {
  if (parts <= 1) return [];
  const scanner = 'tests' in catalogue ? catalogue : createPartScanner(catalogue);
  const found = await Promise.all(
    Array.from({ length: parts - 1 }, (_, i) => cutNear(file, scanner, Math.floor((file.size * (i + 1)) / parts))),
  );
  const cuts: number[] = [];
  for (const cut of found) if (cut !== undefined && cut > (cuts.at(-1) ?? 0)) cuts.push(cut);
  return cuts;
}

/** The analyzer over the segments kept, given a part's at a time, in file order (see `createSegmentAnalysis`). */
export interface SegmentAnalysis {
  /** Analyzes the next segments of `file`; `onProgress` gets the bytes of them done so far. */
  add(file: Blob, segments: readonly Segment[], onProgress?: (bytes: number) => void): Promise<void>;
  end(): { result: AnalysisResult; replaced: boolean };
}

/**
 * The analyzer over the segments kept: what it must read is read again from
 * the file, piece by piece; what it may only count is counted. The segments
 * may come a part at a time, in file order, while later parts are still
 * being scanned: the result is the same.
 */
export function createSegmentAnalysis(
  catalogue: LogCatalogue,
  options: { readonly kind?: string | undefined; readonly pieceBytes?: number } = {},
): SegmentAnalysis {
  const analyzer = createAnalyzer(catalogue, { kind: options.kind });
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  // One read for the many short segments that fit in a piece, not one read each.
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  let windowFile: Blob | undefined;
  const read = async (file: Blob, from: number, to: number): Promise<Uint8Array> => {
    if (file !== windowFile || from < windowStart || to > windowStart + window.length) {
      windowFile = file;
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
  return {
    async add(file, segments, onProgress) {
      let done = 0;
      for (const segment of segments) {
        if (!segment.read) {
          analyzer.skip(segment.lines, segment.chars, segment.long);
          continue;
        }
        const d = segment.from === 0 ? atStart : decoder;
        for (let pos = segment.from; pos < segment.to; pos += pieceBytes) {
          const end = Math.min(segment.to, pos + pieceBytes);
          const bytes = segment.bytes ? segment.bytes.subarray(pos - segment.from, end - segment.from) : await read(file, pos, end);
          // Decoded block by block, analyzed at once: each push costs the analyzer a look back.
          let text = '';
          for (let at = 0; at < bytes.length; at += DECODE_BLOCK) text += d.decode(bytes.subarray(at, at + DECODE_BLOCK), { stream: true });
          replaced ||= text.includes('\uFFFD');
          analyzer.push(text);
        }
        const rest = d.decode();
        replaced ||= rest.includes('\uFFFD');
        if (rest !== '') analyzer.push(rest);
        done += segment.to - segment.from;
        onProgress?.(done);
      }
    },
    end: () => ({ result: analyzer.end(), replaced }),
  };
}

/** The analyzer over all the segments kept, at once (see `createSegmentAnalysis`). */
export async function analyzeSegments(
  file: Blob,
  catalogue: LogCatalogue,
  segments: readonly Segment[],
  options: { readonly kind?: string | undefined; readonly pieceBytes?: number; readonly onProgress?: (bytes: number) => void } = {},
): Promise<{ result: AnalysisResult; replaced: boolean }> {
  const analysis = createSegmentAnalysis(catalogue, options);
  await analysis.add(file, segments, options.onProgress);
  return analysis.end();
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
