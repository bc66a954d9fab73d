/**
 * How identifiers, commands and log text may wrap.
 *
 * A reader cannot tell a line broken after a hyphen from the hyphen of a
 * UUID, so verbatim text never wraps inside a word the browser would pick.
 * It wraps at its spaces, and a long word (a UUID, an e-mail address, a
 * tracking id, a CLI path) also at break points of our choosing, never
 * next to one of its own hyphens. A break point is a soft hyphen between
 * two unbreakable runs; the CSS (`.verbatim`) shows the continuation mark
 * `↩` at the end of the line only where the line is actually broken there.
 * Nothing is shown, printed or copied for a break point that is not used
 * (see `stripBreakPoints`, which the copy handler applies).
 */

export const BREAK_POINT = '\u00AD';
export const CONTINUATION_MARK = '↩';

/** Words shorter than this never get a break point: they fit any line. */
const LONG_WORD = 16;
/** At most this many characters between two break points. */
const STEP = 8;
/** Never leave fewer than this many characters after the last break point. */
const TAIL = 3;

/** A word, split at the points where it may wrap. Short words stay whole. */
export function wordRuns(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < LONG_WORD) return [word];
  const runs: string[] = [];
  let start = 0;
  for (let i = STEP; i <= chars.length - TAIL; i += 1) {
    if (i - start < STEP) continue;
    if (isJoiner(chars[i - 1]) || isJoiner(chars[i])) continue;
    runs.push(chars.slice(start, i).join(''));
    start = i;
  }
  runs.push(chars.slice(start).join(''));
  return runs;
}

// A break beside these would read as part of the value (or as a hyphenation).
function isJoiner(char: string | undefined): boolean {
  return char === '-' || char === '\u2010' || char === '\u2011';
}

export type VerbatimPiece = { readonly space: string } | { readonly runs: readonly string[] };

/** Text as whitespace (where it may wrap as usual) and words (split into runs). */
export function verbatimPieces(text: string): VerbatimPiece[] {
  const pieces: VerbatimPiece[] = [];
  for (const part of text.split(/(\s+)/)) {
    if (part === '') continue;
    pieces.push(/^\s+$/.test(part) ? { space: part } : { runs: wordRuns(part) });
  }
  return pieces;
}

/** The text as the user meant it: without the break points. */
export function stripBreakPoints(text: string): string {
  return text.replaceAll(BREAK_POINT, '');
}

/**
 * Copying a selection gives the characters that were written, not the break
 * points (which some browsers would paste as soft hyphens).
 */
export function installCopyCleaner(target: Document = document): void {
  target.addEventListener('copy', (event) => {
    const selected = target.getSelection()?.toString() ?? '';
    if (!selected.includes(BREAK_POINT) || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', stripBreakPoints(selected));
    event.preventDefault();
  });
}
