import type { Locale } from '../content/types';
import { isLocale, pickLocale } from '../i18n/locales';

const KEY = 'wbt.locale';

/** The language chosen earlier in this browser, else the browser's own preference. */
export function preferredLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled; the browser's languages still work.
  }
  return pickLocale(navigator.languages);
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Not remembering the language is harmless.
  }
}
