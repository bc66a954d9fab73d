import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from './load-content.ts';
import { checkMessages } from './check-messages.ts';

const MESSAGES = fileURLToPath(new URL('../i18n/messages', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const temps: string[] = [];
afterEach(() => {
  for (const temp of temps.splice(0)) rmSync(temp, { recursive: true, force: true });
});

/** A folder of catalogues: each value is written as JSON, a string as the file's raw text. */
function catalogues(files: Readonly<Record<string, unknown>>): string {
  const folder = mkdtempSync(join(tmpdir(), 'messages-'));
  temps.push(folder);
  for (const [locale, content] of Object.entries(files)) {
    writeFileSync(join(folder, `${locale}.json`), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return folder;
}

const problems = (folder: string, locales: readonly string[], base?: string) => checkMessages(folder, locales, base).map(formatProblem);

describe('checkMessages', () => {
  it('accepts the real catalogues', () => {
    expect(checkMessages(MESSAGES, ['en', 'ro', 'nl'])).toEqual([]);
  });

  it('reports missing, unknown, broken and mismatched messages', () => {
    const en = JSON.parse(readFileSync(join(MESSAGES, 'en.json'), 'utf8')) as Record<string, string>;
    writeFileSync(join(dir, 'en.json'), JSON.stringify(en));
    const ro = JSON.parse(readFileSync(join(MESSAGES, 'ro.json'), 'utf8')) as Record<string, string>;
    delete ro['nav.home'];
    ro['nav.extra'] = 'x';
    ro['error.unknownFlow'] = 'Nu există {flw}.';
    ro['path.answerCount'] = '{count, plural, one {# răspuns}';
    writeFileSync(join(dir, 'ro.json'), JSON.stringify(ro));
    const messages = checkMessages(dir, ['en', 'ro']).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toContain('nav.home: message is missing');
    expect(messages).toContain('nav.extra: there is no message "nav.extra" in en.json');
    expect(messages).toContain('error.unknownFlow: placeholders differ from en.json (missing: flow; unknown: flw)');
    expect(messages.some((m) => m.startsWith('path.answerCount: not valid ICU'))).toBe(true);
  });

  it('accepts catalogues that agree, whatever the order of their keys', () => {
    const folder = catalogues({
      en: { a: 'Hello {name}', b: '{n, plural, one {# item} other {# items}}' },
      ro: { b: '{n, plural, one {# element} few {# elemente} other {# de elemente}}', a: 'Salut {name}' },
    });
    expect(problems(folder, ['en', 'ro'])).toEqual([]);
  });

  it('names the file, the key and the problem, with "none" for an empty side', () => {
    const folder = catalogues({ en: { a: 'Hello {name}', b: 'Plain' }, nl: { a: 'Hallo {naam}', b: 'Gewoon {extra} {more}' } });
    expect(problems(folder, ['en', 'nl'])).toEqual([
      'src/i18n/messages/nl.json: a: placeholders differ from en.json (missing: name; unknown: naam)',
      'src/i18n/messages/nl.json: b: placeholders differ from en.json (missing: none; unknown: extra, more)',
    ]);
    const dropped = catalogues({ en: { a: 'Hello {name} and {other}' }, nl: { a: 'Hallo' } });
    expect(problems(dropped, ['en', 'nl'])).toEqual([
      'src/i18n/messages/nl.json: a: placeholders differ from en.json (missing: name, other; unknown: none)',
    ]);
  });

  it('finds the placeholders of numbers, dates, times, plurals, selects and tags, also nested', () => {
    const en = {
      number: 'Total {a, number}',
      date: 'On {d, date, short}',
      time: 'At {t, time}',
      plural: '{n, plural, one {# by {who}} other {# by {who}}}',
      select: '{s, select, x {as {inner}} other {other}}',
      tag: '<b>{c}</b> bold',
    };
    const folder = catalogues({
      en,
      ro: { number: 'Total', date: 'Pe', time: 'La', plural: '{n, plural, other {#}}', select: '{s, select, other {}}', tag: '<b>x</b>' },
    });
    expect(problems(folder, ['en', 'ro'])).toEqual([
      'src/i18n/messages/ro.json: number: placeholders differ from en.json (missing: a; unknown: none)',
      'src/i18n/messages/ro.json: date: placeholders differ from en.json (missing: d; unknown: none)',
      'src/i18n/messages/ro.json: time: placeholders differ from en.json (missing: t; unknown: none)',
      'src/i18n/messages/ro.json: plural: placeholders differ from en.json (missing: who; unknown: none)',
      'src/i18n/messages/ro.json: select: placeholders differ from en.json (missing: inner; unknown: none)',
      'src/i18n/messages/ro.json: tag: placeholders differ from en.json (missing: c; unknown: none)',
    ]);
    // The same placeholders in other words are fine, and the select and plural values count too.
    const same = catalogues({
      en,
      ro: {
        number: '{a, number} în total',
        date: 'Pe {d, date, long}',
        time: 'La {t, time, short}',
        plural: '{n, plural, one {# de {who}} few {# de {who}} other {# de {who}}}',
        select: '{s, select, other {ca {inner}}}',
        tag: '<i>{c}</i>',
      },
    });
    expect(problems(same, ['en', 'ro'])).toEqual([]);
    const selectorRenamed = catalogues({
      en: { select: en.select, plural: en.plural },
      ro: { select: '{z, select, other {{inner}}}', plural: '{m, plural, other {# {who}}}' },
    });
    expect(problems(selectorRenamed, ['en', 'ro'])).toEqual([
      'src/i18n/messages/ro.json: select: placeholders differ from en.json (missing: s; unknown: z)',
      'src/i18n/messages/ro.json: plural: placeholders differ from en.json (missing: n; unknown: m)',
    ]);
  });

  it('reports a message of a locale that is not valid ICU, with the parser error', () => {
    const folder = catalogues({ en: { a: 'Hello {name}' }, ro: { a: 'Salut {name' } });
    expect(problems(folder, ['en', 'ro'])).toEqual([
      'src/i18n/messages/ro.json: a: not valid ICU: SyntaxError: EXPECT_ARGUMENT_CLOSING_BRACE',
    ]);
  });

  it('reports an English message that is not valid ICU, and does not compare its placeholders', () => {
    const folder = catalogues({ en: { a: 'Hello {name', b: 'Fine' }, ro: { a: 'Salut {nume}', b: 'Bine' } });
    expect(problems(folder, ['en', 'ro'])).toEqual([
      'src/i18n/messages/en.json: a: not valid ICU: SyntaxError: EXPECT_ARGUMENT_CLOSING_BRACE',
    ]);
  });

  it('reports a message that is not a string, in English and in a locale', () => {
    const folder = catalogues({ en: { a: 'Hello', b: 3, c: 'Bye' }, nl: { a: ['Hallo'], b: 'Drie', c: 'Dag' } });
    expect(problems(folder, ['en', 'nl'])).toEqual([
      'src/i18n/messages/en.json: b: expected a string',
      'src/i18n/messages/nl.json: a: expected a string',
    ]);
  });

  it('reports a catalogue that is not a JSON object, or cannot be read, and goes on with the other locales', () => {
    const folder = catalogues({ en: { a: 'Hello' }, ro: '["Salut"]', nl: 'null', de: '"Hallo"', fr: '{"a": ' });
    expect(problems(folder, ['en', 'ro', 'nl', 'de', 'fr', 'it'])).toEqual([
      'src/i18n/messages/ro.json: expected a JSON object of messages',
      'src/i18n/messages/nl.json: expected a JSON object of messages',
      'src/i18n/messages/de.json: expected a JSON object of messages',
      `src/i18n/messages/fr.json: cannot be read: ${jsonError('{"a": ')}`,
      `src/i18n/messages/it.json: cannot be read: ENOENT: no such file or directory, open '${join(folder, 'it.json')}'`,
    ]);
  });

  it('stops at an unreadable English catalogue, as there is nothing to compare with', () => {
    const folder = catalogues({ en: '[]', ro: { a: 'Salut' } });
    expect(problems(folder, ['en', 'ro'])).toEqual(['src/i18n/messages/en.json: expected a JSON object of messages']);
  });

  it('checks the base catalogue only once, and can compare with another base', () => {
    const folder = catalogues({ en: { a: 'Hello {name}' }, nl: { a: 'Hallo {naam}', b: 'Extra' } });
    // en is the base here and is not compared with itself.
    expect(problems(folder, ['en'])).toEqual([]);
    expect(problems(folder, ['nl', 'en'], 'nl')).toEqual([
      'src/i18n/messages/en.json: b: message is missing',
      'src/i18n/messages/en.json: a: placeholders differ from nl.json (missing: naam; unknown: name)',
    ]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}
