import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import { RichText } from '../../shared/ui/rich-text';
import { hasSavedSteps } from '../../shared/saved-steps-key';
import { useHydrated } from '../../shared/hydration';
import { ErrorBoundary } from '../../shared/ui/error-boundary';

// Loaded only when this browser has saved steps to show.
const SavedSteps = lazy(() => import('./saved-steps').then((m) => ({ default: m.SavedSteps })));

/** Lists pinned and recent steps, the diagnoses that work end to end, the procedures and the reading list. */
export function HomePage({ search }: { search?: ReactNode }) {
  const { t, text, locale } = useI18n();
  const diagnosesHeading = useRef<HTMLHeadingElement>(null);
  const [hasSaved] = useState(hasSavedSteps);
  // This browser's own steps: not in the page's built HTML, shown once hydrated.
  const showSaved = useHydrated() && hasSaved;
  return (
    <div>
      <title>{t('app.name')}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('home.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('home.intro')}</p>
      {search !== undefined && <div className="mt-6">{search}</div>}
      {showSaved && (
        <ErrorBoundary part="saved steps">
          <Suspense fallback={null}>
            <SavedSteps afterClear={() => diagnosesHeading.current?.focus()} />
          </Suspense>
        </ErrorBoundary>
      )}

      <section aria-labelledby="diagnoses-heading" className="mt-8">
        <h2 id="diagnoses-heading" ref={diagnosesHeading} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t('home.diagnoses')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {content.flowOrder.map((flowId) => {
            const flow = content.flows[flowId];
            const flowText = text.flows[flowId];
            if (!flow || !flowText) return null;
            return (
              <li key={flowId} className="card">
                <h3 className="text-lg font-semibold">
                  <Link className="link stretched" to={paths.flowStart(locale, flowId)}>
                    {flowText.title}
                  </Link>
                </h3>
                <RichText text={flowText.summary} className="mt-2 text-sm text-slate-700 dark:text-slate-300" />
                <p className="mt-3 text-sm font-medium text-blue-800 dark:text-blue-300" aria-hidden="true">
                  {t('home.start')} →
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="procedures-heading" className="mt-10">
        <h2 id="procedures-heading" className="text-xl font-semibold">
          {t('home.procedures')}
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{t('home.proceduresIntro')}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {Object.keys(content.procedures).map((id) => (
            <li key={id}>
              <Link className="link" to={paths.procedure(locale, id)}>
                {text.procedures[id]?.title ?? id}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="references-heading" className="mt-10">
        <h2 id="references-heading" className="text-xl font-semibold">
          {t('home.references')}
        </h2>
        <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">{t('home.referencesIntro')}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>
            <Link className="link" to={paths.codes(locale)}>
              {t('codes.heading')}
            </Link>
          </li>
          <li>
            <Link className="link" to={paths.logs(locale)}>
              {t('logs.heading')}
            </Link>
          </li>
          <li>
            <Link className="link" to={paths.readingList(locale)}>
              {t('nav.readingList')}
            </Link>
          </li>
          {content.articles.map((article) => (
            <li key={article.id}>
              <Link className="link" to={paths.article(locale, article.id)}>
                {text.articles[article.id]?.title ?? article.id}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-10 max-w-prose rounded-md bg-slate-100 p-3 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        {t('home.privacy')}
      </p>
    </div>
  );
}
