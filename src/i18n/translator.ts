/**
 * UI text through ICU MessageFormat (intl-messageformat, from FormatJS):
 * plural rules come from the browser's Intl data, so Romanian gets its three
 * forms (one / few / other) without any code of ours.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../content/types';
import type en from './messages/en.json';

export type MessageKey = keyof typeof en;
/** A catalogue as the app receives it: every message already parsed (see messages-plugin.ts). */
export type Messages = Readonly<Record<MessageKey, MessageFormatElement[]>>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(locale: Locale, messages: Messages): Translate {
  const cache = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      format = new IntlMessageFormat(messages[key], locale);
      cache.set(key, format);
    }
    const result = format.format(values);
    return typeof result === 'string' ? result : String(result);
  };
}

/** Each locale's messages are their own chunk, loaded on first use. */
export const loadMessages: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('virtual:messages/en').then((m) => m.default),
  ro: () => import('virtual:messages/ro').then((m) => m.default),
  nl: () => import('virtual:messages/nl').then((m) => m.default),
};
