import { useEffect } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLoaderData, useLocation } from 'react-router';
import { content } from '../content/content';
import { type I18n, I18nProvider, useI18n } from '../i18n/i18n-context';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales';
import { SearchBox } from '../features/search/search-box';
import { ConfigNotice } from '../features/deployment/config-notice';
import { OrganizationLine } from '../features/deployment/organization-line';
import { addSearchIdentifierToCase } from './search-actions';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { paths } from '../shared/paths';
import { useHydrated } from '../shared/hydration';
import { rememberLocale } from './preferred-locale';
import { UpdatePrompt } from './update-prompt';

/** The frame of every page in a language: header, language switch, footer. */
export function AppLayout() {
  const i18n = useLoaderData<I18n>();
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
  }, [i18n.locale]);
  return (
    <I18nProvider value={i18n}>
      <Frame>
        <Outlet />
      </Frame>
      <ScrollRestoration />
    </I18nProvider>
  );
}

export function Frame({ children }: { children: React.ReactNode }) {
  const { t, locale, text } = useI18n();
  const location = useLocation();
  // The built HTML links the other languages by path only; the query string
  // (the answers) and the hash are the browser's, added once hydrated.
  const hydrated = useHydrated();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden dark:border-slate-700 dark:bg-slate-900">
        {/* On a phone the header rows sit a little closer, so a step's question and its answers fit the first screen. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1.5 px-4 py-2 sm:gap-y-2 sm:py-3">
          <Link to={paths.home(locale)} className="mr-auto font-bold text-slate-900 no-underline dark:text-white">
            {t('app.name')}
            {/* On a phone the tagline gives way, so a step's question and answers fit the first screen. */}
            <span className="hidden text-xs font-normal text-slate-600 sm:block dark:text-slate-400">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.main')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <li>
                <NavLink end className="nav-link" to={paths.home(locale)}>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink className="nav-link" to={paths.cases(locale)}>
                  {t('nav.cases')}
                </NavLink>
              </li>
              <li>
                <NavLink className="nav-link" to={paths.analyze(locale)}>
                  {t('nav.analyze')}
                </NavLink>
              </li>
              <li>
                <NavLink className="nav-link" to={paths.codes(locale)}>
                  {t('nav.codes')}
                </NavLink>
              </li>
              <li>
                <NavLink className="nav-link" to={paths.logs(locale)}>
                  {t('nav.logs')}
                </NavLink>
              </li>
              <li>
                <NavLink className="nav-link" to={paths.readingList(locale)}>
                  {t('nav.readingList')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <ErrorBoundary part="search">
            <SearchBox addToCase={addSearchIdentifierToCase} />
          </ErrorBoundary>
          <nav aria-label={t('nav.language')}>
            <ul className="flex gap-2 text-sm">
              {LOCALES.map((lang) => (
                <li key={lang}>
                  <Link
                    className="lang-link"
                    to={paths.switchLocale(location.pathname, hydrated ? location.search : '', hydrated ? location.hash : '', lang)}
                    hrefLang={lang}
                    lang={lang}
                    aria-current={lang === locale ? 'true' : undefined}
                    onClick={() => rememberLocale(lang)}
                  >
                    {LOCALE_NAMES[lang]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <UpdatePrompt />
      <ConfigNotice />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-5 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 px-4 py-4 text-center text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <OrganizationLine />
        {t('footer.guide', {
          title: text.guideTitle,
          version: content.guide.version,
          date: content.guide.date,
          content: content.version,
        })}
      </footer>
    </div>
  );
}
