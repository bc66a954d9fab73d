/**
 * How wide text is, for laying out the map at build time without a browser.
 * Advance widths of DejaVu Sans, in thousandths of an em, measured in
 * Chromium (canvas measureText at 1000 px). DejaVu Sans is what a Debian
 * machine without other fonts shows, and wider than the system fonts of
 * Windows and macOS, so text measured with it fits wherever it is shown.
 */
const RANGES: readonly (readonly [first: number, widths: readonly number[]])[] = [
  [
    0x20,
    [
      318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337,
      337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611,
      732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
      635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ],
  ],
  [
    0xa0,
    [
      318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838, 0, 1000, 500, 500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471,
      612, 969, 969, 969, 531, 684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295, 775, 748, 787, 787, 787, 787,
      787, 838, 787, 732, 732, 732, 732, 611, 605, 630, 613, 613, 613, 613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278, 612,
      634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592, 684, 613, 684, 613, 684, 613, 698, 550, 698, 550, 698, 550,
      698, 550, 770, 635, 775, 635, 632, 615, 632, 615, 632, 615, 632, 615, 632, 615, 775, 635, 775, 635, 775, 635, 775, 635, 752, 634, 916,
      695, 295, 278, 295, 278, 295, 278, 295, 278, 295, 278, 590, 556, 295, 278, 656, 579, 579, 557, 278, 557, 278, 557, 375, 557, 342, 562,
      284, 748, 634, 748, 634, 748, 634, 813, 748, 634, 787, 612, 787, 612, 787, 612, 1070, 1023, 695, 411, 695, 411, 695, 411, 635, 521,
      635, 521, 635, 521, 635, 521, 611, 392, 611, 392, 611, 392, 732, 634, 732, 634, 732, 634, 732, 634, 732, 634, 732, 634, 989, 818, 611,
      592, 611, 685, 525, 685, 525, 685, 525, 352,
    ],
  ],
  [0x218, [635, 521, 611, 392]],
  [0x2010, [361, 361, 636, 500, 1000, 1000, 500, 500, 318, 318, 318, 318, 518, 518, 518, 518, 500, 500, 590, 590, 334, 667, 1000, 318]],
  [0x2030, [1342, 1735, 227, 374, 520, 227, 374, 520, 339, 400, 400]],
  [0x2190, [838, 838, 838, 838]],
  [0x20ac, [636]],
];

const WIDTHS = new Map<number, number>();
for (const [first, widths] of RANGES) widths.forEach((width, i) => WIDTHS.set(first + i, width));
/** A character the table lacks counts as wide as the widest capital, so it never overflows. */
const UNKNOWN = 1000;

/** The width of `text` in px at `size` px. */
export function textWidth(text: string, size: number): number {
  let total = 0;
  for (const char of text) total += WIDTHS.get(char.codePointAt(0) ?? 0) ?? UNKNOWN;
  return (total * size) / 1000;
}

/**
 * Breaks `text` into lines no wider than `width` px, at spaces only (an
 * identifier is never cut; a word wider than a line gets a line of its own).
 * At most `maxLines`: the last line then ends in an ellipsis.
 */
export function wrapText(text: string, width: number, size: number, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.includes(' ') && textWidth(`${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
