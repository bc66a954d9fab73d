import { loadContentText } from '../content/content';
import type { Locale } from '../content/types';
import type { I18n } from './i18n-context';
import { createTranslator, loadMessages } from './translator';

const loaded = new Map<Locale, Promise<I18n>>();

/** UI messages and content text of one locale, fetched once and kept. */
export function loadLocale(locale: Locale): Promise<I18n> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = Promise.all([loadMessages[locale](), loadContentText[locale]()]).then(([messages, text]) => ({
      locale,
      t: createTranslator(locale, messages),
      text,
    }));
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}
