import type { Locale } from '../content/types';

export const LOCALES: readonly Locale[] = ['en', 'ro', 'nl'];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** The first supported language in the browser's preference list, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** Each language's name in that language: the switch reads the same everywhere. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ro: 'Română',
  nl: 'Nederlands',
};
