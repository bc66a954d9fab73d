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
 * How: each literal is looked for by three of its bytes in a row, the three
 * that are rarest in the first piece. One pass over the bytes keeps a code of
 * the last three (5 bits of each: 32 768 codes) and looks it up in a table;
 * only where a code is known are the literals compared whole. Digits, the
 * bane of pairs in logs full of times, are told apart well by three.
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

/** Bytes in a code of three. */
const CODE_BYTES = 3;
const CODES = 1 << (5 * CODE_BYTES);

/** The code of three bytes, from the code of the two before and the next byte. */
const nextCode = (code: number, byte: number) => ((code << 5) | (byte & 31)) & (CODES - 1);

interface Literal {
  readonly bytes: Uint8Array;
  /** Where in the literal its three bytes end. */
  readonly end: number;
}

/** Whether `literal` is in `bytes` at `at`. */
function holds(bytes: Uint8Array, at: number, literal: Uint8Array): boolean {
  if (at < 0 || at + literal.length > bytes.length) return false;
  for (let j = 0; j < literal.length; j += 1) if (bytes[at + j] !== literal[j]) return false;
  return true;
}

/** Flags the lines that hold a literal or a byte that is not ASCII: the one pass over every byte. */
function markLines(
  bytes: Uint8Array,
  known: Uint8Array,
  byCode: readonly (Literal[] | undefined)[],
  starts: Int32Array,
  flags: Uint8Array,
) {
  let line = 0;
  /** The line that holds byte `at` (asked for in order). */
  const lineOf = (at: number) => {
    while ((starts[line + 1] ?? at + 1) <= at) line += 1;
    return line;
  };
  const length = bytes.length;
  let code = 0;
  for (let i = 0; i < length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte >= 0x80) {
      const k = lineOf(i);
      flags[k] = (flags[k] ?? 0) | NOT_ASCII;
      // The line is decoded and matched whole: the rest of it need not be looked at.
      i = (starts[k + 1] ?? length) - 1;
      code = 0;
      continue;
    }
    code = nextCode(code, byte);
    if (known[code] === 0) continue;
    for (const literal of byCode[code] ?? []) {
      if (!holds(bytes, i + 1 - literal.end, literal.bytes)) continue;
      const k = lineOf(i);
      flags[k] = (flags[k] ?? 0) | HOLDS_LITERAL;
    }
  }
}

export function createLineFinder(literals: readonly string[]) {
  const encoder = new TextEncoder();
  const encoded = [...new Set(literals)].map((l) => encoder.encode(l));
  if (encoded.some((b) => b.length < CODE_BYTES)) throw new Error(`every literal needs ${String(CODE_BYTES)} bytes at least`);
  /** The literals looked up at each code, and whether there are any; undefined until the first piece is seen. */
  let byCode: (Literal[] | undefined)[] | undefined;
  const known = new Uint8Array(CODES);
  // Reused from piece to piece: they grow as needed.
  let starts = new Int32Array(4096);
  let flags = new Uint8Array(4096);

  /** Chooses each literal's three bytes: the rarest in `sample`; among equals, the rarest bytes, the first of those. */
  const tune = (sample: Uint8Array) => {
    const codes = new Uint32Array(CODES);
    const singles = new Uint32Array(256);
    let code = 0;
    for (let i = 0; i < sample.length; i += 1) {
      const byte = sample[i] ?? 0;
      singles[byte] = (singles[byte] ?? 0) + 1;
      code = nextCode(code, byte);
      if (i + 1 >= CODE_BYTES) codes[code] = (codes[code] ?? 0) + 1;
    }
    /** How common the three bytes ending at `end` are: in a row, then each. */
    const rarity = (bytes: Uint8Array, end: number): [number, number] => {
      let code = 0;
      let each = 0;
      for (let k = end - CODE_BYTES; k < end; k += 1) {
        code = nextCode(code, bytes[k] ?? 0);
        each += singles[bytes[k] ?? 0] ?? 0;
      }
      return [codes[code] ?? 0, each];
    };
    const table: (Literal[] | undefined)[] = new Array<Literal[] | undefined>(CODES).fill(undefined);
    for (const bytes of encoded) {
      let end = CODE_BYTES;
      for (let k = CODE_BYTES + 1; k <= bytes.length; k += 1) {
        const [inRow, each] = rarity(bytes, k);
        const [bestInRow, bestEach] = rarity(bytes, end);
        if (inRow < bestInRow || (inRow === bestInRow && each < bestEach)) end = k;
      }
      let code = 0;
      for (let k = end - CODE_BYTES; k < end; k += 1) code = nextCode(code, bytes[k] ?? 0);
      table[code] = [...(table[code] ?? []), { bytes, end }];
      known[code] = 1;
    }
    byCode = table;
  };

  return {
    /**
     * The lines of `bytes`: complete ones, and a last one without a line end
     * if the bytes end inside it. The result is valid until the next call.
     */
    find(bytes: Uint8Array): PieceLines {
      // The first piece tells which bytes are rare in this file.
      if (!byCode) tune(bytes);
      let count = 0;
      starts[0] = 0;
      const add = (start: number) => {
        count += 1;
        if (count >= starts.length) {
          const grown = new Int32Array(starts.length * 2);
          grown.set(starts);
          starts = grown;
        }
        starts[count] = start;
      };
      for (let nl = bytes.indexOf(10); nl !== -1 && nl + 1 < bytes.length; nl = bytes.indexOf(10, nl + 1)) add(nl + 1);
      if (bytes.length > 0) add(bytes.length);
      if (flags.length < count) flags = new Uint8Array(Math.max(count, flags.length * 2));
      flags.fill(0, 0, count);

      markLines(bytes, known, byCode ?? [], starts, flags);
      return { count, starts, flags };
    },
  };
}
