/**
 * UI text through ICU MessageFormat (intl-messageformat, from FormatJS):
 * plural rules come from the browser's Intl data, so Romanian gets its three
 * forms (one / few / other) without any code of ours.
 */
import { isArgumentElement, isLiteralElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../content/types';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
/** A catalogue as the app receives it: every message already parsed (see messages-plugin.ts). */
export type Messages = Readonly<Record<MessageKey, MessageFormatElement[]>>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Most messages are text with at most a few {arguments}: they are joined
 * here directly, exactly as IntlMessageFormat would join them (a simple
 * argument is String(value)). Building an IntlMessageFormat resolves the
 * locale through Intl and sets up its formatters, for every message on
 * first use (resolveLocale showed in a CPU profile of a cold step page);
 * only plurals, selects and formatted numbers or dates need that.
 */
function simpleParts(elements: readonly MessageFormatElement[]): readonly (string | { readonly name: string })[] | undefined {
  const parts: (string | { readonly name: string })[] = [];
  for (const element of elements) {
    if (isLiteralElement(element)) parts.push(element.value);
    else if (isArgumentElement(element)) parts.push({ name: element.value });
    else return undefined;
  }
  return parts;
}

export function createTranslator(locale: Locale, messages: Messages): Translate {
  const cache = new Map<MessageKey, IntlMessageFormat | readonly (string | { readonly name: string })[]>();
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      format = simpleParts(messages[key]) ?? new IntlMessageFormat(messages[key], locale);
      cache.set(key, format);
    }
    if (!(format instanceof IntlMessageFormat)) {
      let text = '';
      for (const part of format) {
        if (typeof part === 'string') text += part;
        else {
          const value = values?.[part.name];
          // A missing value is an error, as IntlMessageFormat reports it.
          if (value === undefined) return formatWith(new IntlMessageFormat(messages[key], locale), values);
          text += String(value);
        }
      }
      return text;
    }
    return formatWith(format, values);
  };
}

function formatWith(format: IntlMessageFormat, values: MessageValues | undefined): string {
  const result = format.format(values);
  return typeof result === 'string' ? result : String(result);
}

/** Each locale's messages are their own chunk, loaded on first use. */
export const loadMessages: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('virtual:messages/en').then((m) => m.default),
  ro: () => import('virtual:messages/ro').then((m) => m.default),
  nl: () => import('virtual:messages/nl').then((m) => m.default),
};
