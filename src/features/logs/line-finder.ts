/**
 * The lines of a piece of a file, found in its bytes without decoding them:
 * where each line starts, which lines hold one of some literal strings (the
 * literals the candidate finders cannot match without, literals.ts), and
 * which hold a byte that is not ASCII.
 *
 * Why bytes: a browser's TextDecoder costs more than reading the file
 * (bench:logs), and most lines of a log hold none of the literals. So only
 * the lines that hold one, or that are not ASCII, are decoded and matched;
 * the others are only counted.
 *
 * How, in three passes that each touch as little as they can:
 * - the line ends, by the native `indexOf`;
 * - bytes that are not ASCII, four at a time (a 32-bit word with a high bit
 *   set), and only the first of each line: the line is decoded whole anyway;
 * - the literals, by Wu and Manber's multi-pattern search: a window as long
 *   as the shortest literal slides over the bytes, and the last three bytes
 *   under it (5 bits of each: 32 768 codes) tell how far it may jump without
 *   passing over a literal. In a log most windows jump almost a literal's
 *   length; only where a literal may end are the literals compared whole.
 *   Codes that two groups of three bytes share only make jumps shorter.
 */

/** The line holds one of the literals. */
export const HOLDS_LITERAL = 1;
/** The line holds a byte that is not ASCII: it is decoded to be counted and matched. */
export const NOT_ASCII = 2;

/** The lines of a piece; line k is bytes [starts[k], starts[k + 1]) and `starts[count]` is the piece's end. */
export interface PieceLines {
  readonly count: number;
  readonly starts: Int32Array;
  readonly flags: Uint8Array;
}

/** Bytes in a code. */
const CODE_BYTES = 3;
const CODES = 1 << (5 * CODE_BYTES);
const CODE_MASK = CODES - 1;

/** The code of the three bytes that end at `end` (exclusive). */
const codeAt = (bytes: Uint8Array, end: number) =>
  ((((bytes[end - 3] ?? 0) & 31) << 10) | (((bytes[end - 2] ?? 0) & 31) << 5) | ((bytes[end - 1] ?? 0) & 31)) & CODE_MASK;

/** Whether `literal` is in `bytes` at `at`. */
function holds(bytes: Uint8Array, at: number, literal: Uint8Array): boolean {
  if (at < 0 || at + literal.length > bytes.length) return false;
  for (let j = 0; j < literal.length; j += 1) if (bytes[at + j] !== literal[j]) return false;
  return true;
}

/** The line that holds byte `at`, looking on from line `from` (the lines are asked for in order). */
function lineFrom(starts: Int32Array, count: number, from: number, at: number): number {
  let line = from;
  while (line + 1 < count && (starts[line + 1] ?? 0) <= at) line += 1;
  return line;
}

/** Flags the lines that hold a byte that is not ASCII. */
function markNotAscii(bytes: Uint8Array, starts: Int32Array, count: number, flags: Uint8Array): void {
  const length = bytes.length;
  // Four bytes at a time where the words are aligned; byte by byte before and after.
  const aligned = (4 - (bytes.byteOffset % 4)) % 4;
  const head = Math.min(length, aligned);
  const words = aligned < length ? new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, (length - aligned) >>> 2) : new Uint32Array(0);
  const tail = head + words.length * 4;
  let line = 0;
  /** Flags the line of byte `at`; returns where the next line starts. */
  const flag = (at: number) => {
    line = lineFrom(starts, count, line, at);
    flags[line] = (flags[line] ?? 0) | NOT_ASCII;
    return starts[line + 1] ?? length;
  };
  let i = 0;
  while (i < length) {
    if (i < head || i >= tail) {
      if ((bytes[i] ?? 0) >= 0x80) i = flag(i);
      else i += 1;
      continue;
    }
    // From word w to the tail, four bytes at a time.
    let w = (i - head) >>> 2;
    if ((i - head) % 4 !== 0) {
      // Within a word (after a line that was flagged): byte by byte up to the next word.
      const next = head + (w + 1) * 4;
      while (i < next && (bytes[i] ?? 0) < 0x80) i += 1;
      if (i < next) i = flag(i);
      continue;
    }
    while (w < words.length && ((words[w] ?? 0) & 0x80808080) === 0) w += 1;
    i = head + w * 4;
    if (w === words.length) continue;
    while ((bytes[i] ?? 0) < 0x80) i += 1;
    i = flag(i);
  }
}

export function createLineFinder(literals: readonly string[]) {
  const encoder = new TextEncoder();
  const encoded = [...new Set(literals)].map((l) => encoder.encode(l));
  if (encoded.some((b) => b.length < CODE_BYTES)) throw new Error(`every literal needs ${String(CODE_BYTES)} bytes at least`);
  /** The window: the shortest literal's length. */
  const window = encoded.length === 0 ? 0 : Math.min(...encoded.map((b) => b.length));
  // How far the window may move on when its last three bytes have a code:
  // the least, over the literals, of how far before the window's end that
  // code ends in the literal's first `window` bytes (0: a literal may end here).
  const shift = new Uint8Array(CODES).fill(Math.max(1, Math.min(255, window - CODE_BYTES + 1)));
  /** The literals whose first `window` bytes end with each code. */
  const ending: (Uint8Array[] | undefined)[] = new Array<Uint8Array[] | undefined>(CODES).fill(undefined);
  for (const bytes of encoded) {
    for (let end = CODE_BYTES; end <= window; end += 1) {
      const code = codeAt(bytes, end);
      shift[code] = Math.min(shift[code] ?? 0, window - end);
    }
    const code = codeAt(bytes, window);
    ending[code] = [...(ending[code] ?? []), bytes];
  }

  /** Flags the lines that hold a literal. */
  const markLiterals = (bytes: Uint8Array, starts: Int32Array, count: number, flags: Uint8Array) => {
    if (window === 0) return;
    const length = bytes.length;
    let line = 0;
    // `end`: where the window ends (exclusive).
    for (let end = window; end <= length;) {
      const code = codeAt(bytes, end);
      const s = shift[code] ?? 0;
      if (s > 0) {
        end += s;
        continue;
      }
      const start = end - window;
      for (const literal of ending[code] ?? []) {
        if (!holds(bytes, start, literal)) continue;
        line = lineFrom(starts, count, line, start);
        flags[line] = (flags[line] ?? 0) | HOLDS_LITERAL;
        break;
      }
      end += 1;
    }
  };

  // Reused from piece to piece: they grow as needed.
  let starts = new Int32Array(4096);
  let flags = new Uint8Array(4096);

  return {
    /**
     * The lines of `bytes`: complete ones, and a last one without a line end
     * if the bytes end inside it. The result is valid until the next call.
     */
    find(bytes: Uint8Array): PieceLines {
      const length = bytes.length;
      let count = 0;
      starts[0] = 0;
      for (let from = 0; from < length;) {
        // The next line starts after this one's line end, or at the end of the bytes.
        const nl = bytes.indexOf(10, from);
        from = nl === -1 ? length : nl + 1;
        count += 1;
        if (count >= starts.length) {
          const grown = new Int32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[count] = from;
      }
      if (flags.length < count) flags = new Uint8Array(Math.max(count, flags.length * 2));
      flags.fill(0, 0, count);

      markNotAscii(bytes, starts, count, flags);
      markLiterals(bytes, starts, count, flags);
      return { count, starts, flags };
    },
  };
}
