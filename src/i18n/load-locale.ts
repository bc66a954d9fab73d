import { loadContentText, loadFlowDetail } from '../content/content';
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

const withFlows = new Map<string, Promise<I18n>>();

/**
 * The locale, plus the full step text of one diagnosis. The result is the
 * same object for the same locale and flow, so moving from step to step
 * does not re-render the page for new text.
 */
export function loadLocaleWithFlow(locale: Locale, flowId: string | undefined): Promise<I18n> {
  if (flowId === undefined) return loadLocale(locale);
  const key = `${locale}/${flowId}`;
  let pending = withFlows.get(key);
  if (!pending) {
    const detail = loadFlowDetail(locale, flowId);
    if (!detail) return loadLocale(locale);
    pending = Promise.all([loadLocale(locale), detail]).then(([base, flow]) => ({
      ...base,
      text: { ...base.text, flowDetails: { ...base.text.flowDetails, [flowId]: flow } },
    }));
    pending.catch(() => withFlows.delete(key));
    withFlows.set(key, pending);
  }
  return pending;
}
