/**
 * UI text in ICU MessageFormat, parsed at build time (src/build/messages-plugin.ts).
 * The messages use text, {arguments}, {numbers, number}, plural (with # and
 * =N) and select, nothing else (the plugin refuses the rest), so they are
 * formatted here with the browser's Intl.PluralRules and Intl.NumberFormat:
 * plural rules come from the browser's Intl data, so Romanian gets its three
 * forms (one / few / other). A formatting library (intl-messageformat, 2.6 KB gzipped) would be
 * part of every first page for these; the unit test holds every message of
 * every locale to what intl-messageformat gives.
 */
import { type MessageFormatElement, type PluralOrSelectOption, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Locale } from '../content/types';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
/** A catalogue as the app receives it: every message already parsed (see messages-plugin.ts). */
export type Messages = Readonly<Record<MessageKey, MessageFormatElement[]>>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

function option(options: Readonly<Record<string, PluralOrSelectOption>>, key: string): PluralOrSelectOption | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

/**
 * A whole number from 0 to 999 is written the same in every locale of the
 * app, digits alone; anything else is the locale's Intl.NumberFormat. Its
 * first construction loads the locale's number data, which costs more than
 * a whole render on a slow laptop (about 150 ms at 4× CPU throttling), and
 * the counts in the messages are nearly always small.
 */
const isPlainCount = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;

export function createTranslator(locale: Locale, messages: Messages): Translate {
  const pluralRules = new Map<string, Intl.PluralRules>();
  let numberFormat: Intl.NumberFormat | undefined;
  const number = (n: number) => (isPlainCount(n) ? String(n) : (numberFormat ??= new Intl.NumberFormat(locale)).format(n));
  const rules = (type: Intl.PluralRuleType = 'cardinal') => {
    let found = pluralRules.get(type);
    if (!found) pluralRules.set(type, (found = new Intl.PluralRules(locale, { type })));
    return found;
  };
  const format = (key: string, elements: readonly MessageFormatElement[], values: MessageValues | undefined, count: number): string => {
    const value = (name: string) => {
      const given = values?.[name];
      if (given === undefined) throw new Error(`message ${key}: no value for {${name}}`);
      return given;
    };
    let text = '';
    for (const element of elements) {
      switch (element.type) {
        case TYPE.literal:
          text += element.value;
          break;
        case TYPE.argument:
          text += String(value(element.value));
          break;
        case TYPE.pound:
          text += number(count);
          break;
        case TYPE.number: {
          const n = value(element.value);
          if (typeof n !== 'number') throw new Error(`message ${key}: {${element.value}} must be a number`);
          text += number(n);
          break;
        }
        case TYPE.select: {
          const chosen = String(value(element.value));
          const branch = option(element.options, chosen) ?? option(element.options, 'other');
          if (!branch) throw new Error(`message ${key}: no branch for {${element.value}} = ${chosen}`);
          text += format(key, branch.value, values, count);
          break;
        }
        case TYPE.plural: {
          const n = value(element.value);
          if (typeof n !== 'number') throw new Error(`message ${key}: {${element.value}} must be a number`);
          const counted = n - element.offset;
          const branch =
            option(element.options, `=${String(n)}`) ??
            option(element.options, rules(element.pluralType).select(counted)) ??
            option(element.options, 'other');
          if (!branch) throw new Error(`message ${key}: no branch for {${element.value}} = ${String(n)}`);
          text += format(key, branch.value, values, counted);
          break;
        }
        default:
          throw new Error(`message ${key}: element type ${String(element.type)} is not formatted`);
      }
    }
    return text;
  };
  return (key, values) => format(key, messages[key], values, 0);
}

/** Each locale's messages are their own chunk, loaded on first use. */
export const loadMessages: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('virtual:messages/en').then((m) => m.default),
  ro: () => import('virtual:messages/ro').then((m) => m.default),
  nl: () => import('virtual:messages/nl').then((m) => m.default),
};
