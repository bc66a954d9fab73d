import { describe, expect, it } from 'vitest';
import { BREAK_POINT, stripBreakPoints, verbatimPieces, wordRuns } from './verbatim';

const UUID = '3f1e2d4c-5b6a-4c7d-8e9f-0a1b2c3d4e5f';

describe('wordRuns', () => {
  it('keeps short words whole', () => {
    expect(wordRuns('43.2.0.25211')).toEqual(['43.2.0.25211']);
    expect(wordRuns('abcdefghijklmno')).toEqual(['abcdefghijklmno']);
  });

  it('splits a long word into runs of at most eight characters where no hyphen is beside the break', () => {
    expect(wordRuns('abcdefghijklmnopqrst')).toEqual(['abcdefgh', 'ijklmnop', 'qrst']);
    const runs = wordRuns(UUID);
    expect(runs.join('')).toBe(UUID);
    expect(runs.length).toBeGreaterThan(2);
    for (let i = 1; i < runs.length; i += 1) {
      expect(runs[i - 1]?.endsWith('-'), runs.join('|')).toBe(false);
      expect(runs[i]?.startsWith('-'), runs.join('|')).toBe(false);
    }
    expect(runs).toEqual(['3f1e2d4c-5', 'b6a-4c7d-8', 'e9f-0a1b', '2c3d4e5f']);
  });

  it('never leaves a tail of fewer than three characters', () => {
    expect(wordRuns('abcdefghijklmnopq')).toEqual(['abcdefghijklmnopq'.slice(0, 8), 'ijklmnopq']);
    expect(wordRuns('abcdefghijklmnopqrs')).toEqual(['abcdefgh', 'ijklmnop', 'qrs']);
  });

  it('counts characters, not UTF-16 units, and keeps every character', () => {
    const word = 'ășțîâ'.repeat(4);
    expect(wordRuns(word).join('')).toBe(word);
    expect(wordRuns(word)[0]).toBe('ășțîâășț');
  });

  it('does not break beside non-breaking or Unicode hyphens either', () => {
    const runs = wordRuns('abcdefg\u2011hijklmnopq\u2010rstuvw');
    for (let i = 1; i < runs.length; i += 1) {
      expect(/[\u2010\u2011]$/.test(runs[i - 1] ?? '')).toBe(false);
      expect(/^[\u2010\u2011]/.test(runs[i] ?? '')).toBe(false);
    }
  });
});

describe('verbatimPieces', () => {
  it('keeps whitespace as it is and splits only the words', () => {
    expect(verbatimPieces('AS_CLI/Interface/Messaging> get')).toEqual([
      { runs: ['AS_CLI/I', 'nterface', '/Messagi', 'ng>'] },
      { space: ' ' },
      { runs: ['get'] },
    ]);
    expect(verbatimPieces('  a\n\tb ')).toEqual([{ space: '  ' }, { runs: ['a'] }, { space: '\n\t' }, { runs: ['b'] }, { space: ' ' }]);
  });
});

describe('stripBreakPoints', () => {
  it('gives back the text as written', () => {
    const shown = wordRuns(UUID).join(BREAK_POINT);
    expect(shown).not.toBe(UUID);
    expect(stripBreakPoints(shown)).toBe(UUID);
  });
});
