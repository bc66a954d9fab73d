import { describe, expect, it } from 'vitest';
import { completeUtf8 } from './bench-logs';

describe('bench:logs reading', () => {
  it('never cuts a UTF-8 character in two, wherever a read ends', () => {
    const text = 'a ă ș ț € 𝄞 Î z';
    const bytes = Buffer.from(text, 'utf8');
    for (let end = 0; end <= bytes.length; end += 1) {
      const cut = completeUtf8(bytes, end);
      expect(cut).toBeLessThanOrEqual(end);
      expect(end - cut).toBeLessThan(4);
      // What is decoded now plus what is decoded later is the text itself.
      const now = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, cut));
      expect(text.startsWith(now)).toBe(true);
      expect(now + bytes.subarray(cut).toString('utf8')).toBe(text);
    }
  });
});
