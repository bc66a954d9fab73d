import { isArgumentElement, isLiteralElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import enJson from './messages/en.json';
import { createTranslator, loadMessages, type Messages } from './translator';

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

describe('the direct path for plain messages', () => {
  it('gives what IntlMessageFormat gives, for every message of every locale', () => {
    const values = (elements: readonly MessageFormatElement[]): Record<string, string | number> => {
      const found: Record<string, string | number> = {};
      const walk = (list: readonly MessageFormatElement[]) => {
        for (const element of list) {
          if (isArgumentElement(element)) found[element.value] = '‹x›';
          else if (!isLiteralElement(element) && 'value' in element && typeof element.value === 'string') found[element.value] = 3;
          if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
          if ('children' in element) walk(element.children);
        }
      };
      walk(elements);
      return found;
    };
    for (const [locale, messages] of [
      ['en', en],
      ['ro', ro],
      ['nl', nl],
    ] as const) {
      const t = createTranslator(locale, messages);
      for (const [key, elements] of Object.entries(messages)) {
        const given = values(elements);
        expect(t(key as keyof Messages, given), `${locale} ${key}`).toBe(String(new IntlMessageFormat(elements, locale).format(given)));
      }
    }
  });

  it('still reports a missing value', () => {
    expect(() => createTranslator('en', en)('error.unknownFlow', {})).toThrow();
  });
});
