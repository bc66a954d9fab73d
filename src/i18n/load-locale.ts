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
export function loadLocaleWithFlow(locale: Locale, flowId: string | undefined, alsoFlowId?: string): Promise<I18n> {
  if (flowId === undefined) return loadLocale(locale);
  if (alsoFlowId !== undefined && alsoFlowId !== flowId) return withTwoFlows(locale, flowId, alsoFlowId);
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

/** The same for a diagnosis entered by a hand-over: its own step text and that of the diagnosis it came from. */
function withTwoFlows(locale: Locale, flowId: string, originId: string): Promise<I18n> {
  const key = `${locale}/${flowId}+${originId}`;
  let pending = withFlows.get(key);
  if (!pending) {
    const origin = loadFlowDetail(locale, originId);
    if (!origin) return loadLocaleWithFlow(locale, flowId);
    pending = Promise.all([loadLocaleWithFlow(locale, flowId), origin]).then(([base, detail]) => ({
      ...base,
      text: { ...base.text, flowDetails: { ...base.text.flowDetails, [originId]: detail } },
    }));
    pending.catch(() => withFlows.delete(key));
    withFlows.set(key, pending);
  }
  return pending;
}

/**
 * Forgets what was loaded. Only for the build's pre-rendering
 * (src/app/prerender.tsx), which starts each page afresh to see what that
 * page loads.
 */
export function forgetLoadedLocales(): void {
  loaded.clear();
  withFlows.clear();
}
