import {
  isArgumentElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import enJson from './messages/en.json';
import { createTranslator, loadMessages, type MessageValues, type Messages } from './translator';

// The catalogues as the app loads them: virtual:messages/<locale>, served by
// the real src/build/messages-plugin.ts (vite.config.ts's plugins run in the
// unit tests too), so a change to the plugin is tested here.
const en = await loadMessages.en();
const ro = await loadMessages.ro();
const nl = await loadMessages.nl();

describe('the catalogues from the messages plugin', () => {
  it('hold every message, precompiled', () => {
    expect(Object.keys(en)).toEqual(Object.keys(enJson));
    expect(Object.keys(ro).sort()).toEqual(Object.keys(enJson).sort());
    expect(Object.keys(nl).sort()).toEqual(Object.keys(enJson).sort());
    expect(en['nav.home']).toEqual([{ type: 0, value: enJson['nav.home'] }]);
  });
});

describe('createTranslator', () => {
  it('uses the three Romanian plural forms', () => {
    const t = createTranslator('ro', ro);
    const one = t('path.answerCount', { count: 1 });
    const few = t('path.answerCount', { count: 3 });
    const other = t('path.answerCount', { count: 20 });
    expect(one).toMatch(/^1 /);
    expect(few).toMatch(/^3 /);
    expect(other).toMatch(/^20 de /);
    expect(new Set([one.slice(2), few.slice(2), other.slice(3)]).size).toBe(3);
  });

  it('uses one and other in English and Dutch, and =0 where given', () => {
    expect(createTranslator('en', en)('path.answerCount', { count: 0 })).toBe('no answers yet');
    expect(createTranslator('en', en)('path.answerCount', { count: 1 })).toBe('1 answer');
    expect(createTranslator('en', en)('path.answerCount', { count: 2 })).toBe('2 answers');
    expect(createTranslator('nl', nl)('path.answerCount', { count: 2 })).toMatch(/^2 /);
  });

  it('fills placeholders as text', () => {
    const t = createTranslator('en', en);
    expect(t('error.unknownFlow', { flow: '<b>x</b>' })).toBe('There is no diagnosis called “<b>x</b>”.');
  });
});

/** Every argument of a message, with the values each can take: every branch of a select, many counts for a plural. */
function choices(elements: readonly MessageFormatElement[]): Map<string, (string | number)[]> {
  const found = new Map<string, (string | number)[]>();
  const add = (name: string, values: (string | number)[]) => found.set(name, [...(found.get(name) ?? []), ...values]);
  const walk = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      if (isArgumentElement(element)) add(element.value, ['‹x›', 7]);
      if (isSelectElement(element)) add(element.value, [...Object.keys(element.options), 'constructor', 'none-of-these']);
      if (isPluralElement(element)) add(element.value, [0, 1, 2, 3, 5, 11, 19, 20, 21, 101, 1000, 1.5]);
      if (isNumberElement(element)) add(element.value, [0, 7, 500, 20_000, 1234567.5]);
      if ('options' in element) for (const branch of Object.values(element.options)) walk(branch.value);
    }
  };
  walk(elements);
  return found;
}

/** Every combination of the values of each argument (the first value of the others, one argument at a time). */
function valueSets(elements: readonly MessageFormatElement[]): Record<string, string | number>[] {
  const all = [...choices(elements)];
  const base = Object.fromEntries(all.map(([name, values]) => [name, values[0] ?? '']));
  return [base, ...all.flatMap(([name, values]) => values.map((value) => ({ ...base, [name]: value })))];
}

describe('the formatter', () => {
  it('gives what intl-messageformat gives, for every message of every locale and every branch', () => {
    let checked = 0;
    for (const [locale, messages] of [
      ['en', en],
      ['ro', ro],
      ['nl', nl],
    ] as const) {
      const t = createTranslator(locale, messages);
      for (const [key, elements] of Object.entries(messages)) {
        for (const given of valueSets(elements)) {
          expect(t(key as keyof Messages, given), `${locale} ${key} ${JSON.stringify(given)}`).toBe(
            String(new IntlMessageFormat(elements, locale).format(given)),
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3 * 425);
  });

  it('formats # as a number of the locale, exact =N before the plural rule, and a nested select inside a plural', () => {
    const messages = { count: parse('{n, plural, =1 {exactly one} one {# one} few {# few} other {# of {k, select, a {A} other {?}}}}') };
    const t = createTranslator('ro', messages as unknown as Messages) as (key: string, values?: MessageValues) => string;
    expect(t('count', { n: 1, k: 'a' })).toBe('exactly one');
    expect(t('count', { n: 3, k: 'a' })).toBe('3 few');
    expect(t('count', { n: 1234, k: 'a' })).toBe('1.234 of A');
    expect(t('count', { n: 20, k: 'b' })).toBe('20 of ?');
  });

  it('writes a count from 0 to 999 as its digits, as Intl would, without loading the locale’s number data', () => {
    const messages = { count: parse('{n, plural, one {# item} other {# items}} ({m, number})') };
    const small = [0, 1, 2, 7, 19, 20, 101, 999];
    const large = [1000, 12_345, 2.5, -3];
    const intl = (locale: string, numbers: number[]) =>
      numbers.map((n) => String(new IntlMessageFormat(messages.count, locale).format({ n, m: n })));
    const expected = {
      en: [intl('en', small), intl('en', large)],
      ro: [intl('ro', small), intl('ro', large)],
      nl: [intl('nl', small), intl('nl', large)],
    };
    const { NumberFormat } = Intl;
    let made = 0;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made += 1;
      }
    } as typeof NumberFormat;
    try {
      for (const locale of ['en', 'ro', 'nl'] as const) {
        const t = createTranslator(locale, messages as unknown as Messages) as (key: string, values?: MessageValues) => string;
        made = 0;
        expect(
          small.map((n) => t('count', { n, m: n })),
          locale,
        ).toEqual(expected[locale][0]);
        expect(made).toBe(0);
        // Beyond: grouping, decimals and signs are the locale's, from one NumberFormat.
        expect(
          large.map((n) => t('count', { n, m: n })),
          locale,
        ).toEqual(expected[locale][1]);
        expect(made).toBe(1);
      }
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });

  it('reports a missing value, and a count that is not a number', () => {
    expect(() => createTranslator('en', en)('error.unknownFlow', {})).toThrow('message error.unknownFlow: no value for {flow}');
    expect(() => createTranslator('en', en)('path.answerCount', { count: 'three' })).toThrow('{count} must be a number');
  });
});
