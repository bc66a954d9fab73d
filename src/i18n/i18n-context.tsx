import { createContext, use, type ReactNode } from 'react';
import type { ContentText, Locale } from '../content/types';
import type { Translate } from './translator';

export interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
  /** The content's text in this locale. */
  readonly text: ContentText;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n() used outside <I18nProvider>');
  return value;
}
