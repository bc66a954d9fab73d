import { describe, expect, it } from 'vitest';
import { FileWindows } from './file-windows';

/** Reads [start, end) window by window, using `take(window)` bytes of each: what the reader saw, in order. */
async function readAll(file: Blob, start: number, end: number, size: number, stretch: number, take: (w: Uint8Array) => number) {
  const windows = new FileWindows(file, start, end, size, stretch);
  const seen: number[] = [];
  let used = 0;
  for (;;) {
    const window = await windows.next(used);
    if (window.length === 0) break;
    expect(windows.at).toBe(start + seen.length);
    used = windows.atEnd ? window.length : take(window);
    seen.push(...window.subarray(0, used));
  }
  return Uint8Array.from(seen);
}

describe('FileWindows', () => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7 + 3) % 251);
  const file = new Blob([bytes]);

  it('gives every byte of the range once, in order, across streams of any stretch', async () => {
    for (const stretch of [1, 5, 7, 16, 64, 1000]) {
      for (const size of [4, 9, 32]) {
        for (const [start, end] of [
          [0, 300],
          [13, 250],
          [100, 101],
        ] as const) {
          // The reader uses a varying part of each window, at least one byte.
          let turn = 0;
          const got = await readAll(file, start, end, size, stretch, (w) => Math.max(1, Math.min(w.length, (turn++ % 3) + 2)));
          expect([...got], `stretch ${String(stretch)}, window ${String(size)}, [${String(start)}, ${String(end)})`).toEqual([
            ...bytes.subarray(start, end),
          ]);
        }
      }
    }
  });
});
