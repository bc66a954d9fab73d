import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineFinder, HOLDS_LITERAL, NOT_ASCII } from './line-finder';

const encoder = new TextEncoder();
/** Stands for a byte that is not UTF-8 (0xFF) in the texts below. */
const STRAY = '\u0001';

/** The lines of `text` as line-finder cuts them: each with its line end; a last one without. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe('the lines of a piece, found in its bytes', () => {
  // Few letters, so that near misses (a shared three-byte code) come up often.
  const letters = ['a', 'b', 'c', 'A', '1', '2', ' '];
  const literal = fc.array(fc.constantFrom(...letters), { minLength: 3, maxLength: 6 }).map((c) => c.join(''));
  /** Lines of letters, line ends, bytes that are not ASCII and the literals themselves, often at a line's start or end. */
  const textWith = (literals: readonly string[]) =>
    fc
      .array(fc.oneof(fc.constantFrom(...letters, '\n', '\r\n', 'é', '\u0000', '𝄞', STRAY), fc.constantFrom(...literals)), {
        maxLength: 300,
      })
      .map((parts) => parts.join(''));

  it('flags each line that holds a literal, and each that holds a byte that is not ASCII, wherever the piece lies in memory', () => {
    fc.assert(
      fc.property(
        fc
          .array(literal, { minLength: 1, maxLength: 5 })
          .chain((literals) => fc.tuple(fc.constant(literals), fc.array(textWith(literals), { minLength: 1, maxLength: 4 }), fc.nat(7))),
        ([literals, pieces, offset]) => {
          const finder = createLineFinder(literals);
          for (const piece of pieces) {
            // Anywhere in a larger buffer (with bytes that are not ASCII around it): four bytes at a time or not.
            const encoded = encoder.encode(piece).map((b) => (b === 1 ? 0xff : b));
            const buffer = new Uint8Array(offset + encoded.length + 5).fill(0xc3);
            buffer.set(encoded, offset);
            const bytes = buffer.subarray(offset, offset + encoded.length);
            const found = finder.find(bytes);
            const lines = linesOf(piece);
            expect(found.count).toBe(lines.length);
            let at = 0;
            lines.forEach((line, k) => {
              expect(found.starts[k]).toBe(at);
              at += encoder.encode(line).length;
              const flags = found.flags[k] ?? 0;
              // eslint-disable-next-line no-control-regex
              const ascii = !/[^\u0000-\u007f]/.test(line) && !line.includes(STRAY);
              expect(Boolean(flags & NOT_ASCII), JSON.stringify(line)).toBe(!ascii);
              // A line that is not ASCII is matched whole anyway: whether it holds a literal need not be known.
              if (ascii)
                expect(Boolean(flags & HOLDS_LITERAL), `${JSON.stringify(line)} ${JSON.stringify(literals)}`).toBe(
                  literals.some((l) => line.includes(l)),
                );
            });
            expect(found.starts[found.count]).toBe(bytes.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a literal too short to be looked for by three bytes', () => {
    expect(() => createLineFinder(['ab'])).toThrow();
  });
});
