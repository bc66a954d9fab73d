import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { fixtureLogs } from './fixture-logs';
import { readsOnlyItsLine, requiredLiterals } from './literals';
import { createPartScanner } from './scan-parts';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;

/** Every line of every fixture log. */
const fixtureLines = () => fixtureLogs().flatMap((log) => log.split(/\r?\n/));

const sorted = (strings: string[] | undefined) => strings && [...strings].sort();

describe('the literals a pattern cannot match without', () => {
  it('follows literals, small classes, optional parts and alternatives', () => {
    expect(sorted(requiredLiterals('\\[Error 18215\\]'))).toEqual(['[Error 18215]']);
    expect(sorted(requiredLiterals('[Cc]ustomer\\s+[Oo]rg'))).toEqual(['Customer', 'customer']);
    expect(sorted(requiredLiterals('POST https?:\\/\\/\\S+'))).toEqual(['POST http://', 'POST https://']);
    expect(sorted(requiredLiterals('HTTP\\/1\\.[01] (\\d{3})\\b'))).toEqual(['HTTP/1.0 ', 'HTTP/1.1 ']);
    expect(sorted(requiredLiterals('AuthenticationVerify|ErrorResponse'))).toEqual(['AuthenticationVerify', 'ErrorResponse']);
    expect(sorted(requiredLiterals('\\b(?:100006|200010)\\b'))).toEqual(['100006', '200010']);
    // A long alternation of codes, as the catalogue's error codes grow.
    const codes = Array.from({ length: 300 }, (_, i) => String(600000 + i));
    expect(requiredLiterals(`\\b(?:${codes.join('|')})\\b`)).toEqual(codes);
    expect(sorted(requiredLiterals('[Tt]oken (?:not )?validated'))).toEqual([
      'Token not validated',
      'Token validated',
      'token not validated',
      'token validated',
    ]);
    expect(sorted(requiredLiterals('(?<![\\w.+-])([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)'))).toBeUndefined();
    expect(sorted(requiredLiterals('(?<name>abc)\\x41\\u0042'))).toEqual(['abcAB']);
    // Each alternative must hold something, or nothing is sure.
    expect(requiredLiterals('abc|\\d+')).toBeUndefined();
    expect(requiredLiterals('.*')).toBeUndefined();
    expect(requiredLiterals('a')).toBeUndefined();
    expect(requiredLiterals('(ab)\\1')).toEqual(['ab']);
    expect(requiredLiterals('[^<]+ab')).toEqual(['ab']);
    // A look-around matches nothing of its own.
    expect(requiredLiterals('(?!xyz)ab')).toEqual(['ab']);
    expect(requiredLiterals('unbalanced(')).toBeUndefined();
    // A group of another kind (a modifier) may match other strings: nothing is sure.
    expect(requiredLiterals('(?i:ab>cde)')).toBeUndefined();
  });

  it('tells a pattern that may match differently in a line than in the text around it', () => {
    for (const source of ['abc', '\\bcode\\b', '[$^]x', '\\$x', '\\^', '(?<name>x)', '(?:x)', '[\\]$]'])
      expect(readsOnlyItsLine(source), source).toBe(true);
    for (const source of ['^abc', 'a$', '(?=x)a', '(?!x)a', '(?<=x)a', '(?<!x)a', '\\\\$'])
      expect(readsOnlyItsLine(source), source).toBe(false);
  });

  it('every string a catalogue pattern matches holds one of its literals', () => {
    const scanners = createPartScanner(catalogue).tests.candidates;
    const sources = [...scanners.map((re) => re.source), catalogue.signIn.entry, ...catalogue.signIn.steps.map((s) => s.pattern)];
    for (const source of sources) {
      const literals = requiredLiterals(source);
      if (literals === undefined) continue;
      // fast-check generates no \b nor look-arounds; they match no characters, and the literals leave them out too.
      const generated = source.replace(/\\[bB]/g, '').replace(/\(\?<?[=!][^()]*\)/g, '');
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(generated)), (text) => {
          expect(
            literals.some((l) => text.includes(l)),
            `${JSON.stringify(text)} for ${source}`,
          ).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('the candidate finders all have literals, and every fixture line they match holds one', () => {
    const scanners = createPartScanner(catalogue).tests.candidates;
    const lines = fixtureLines();
    for (const re of scanners) {
      const literals = requiredLiterals(re.source);
      expect(literals, re.source).toBeDefined();
      const single = new RegExp(re.source);
      const matched = lines.filter((line) => single.test(line));
      expect(matched.length, re.source).toBeGreaterThan(0);
      for (const line of matched)
        expect(
          literals?.some((l) => line.includes(l)),
          line,
        ).toBe(true);
    }
  });
});
