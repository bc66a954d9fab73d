import { useState } from 'react';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import { clearSavedSteps, type SavedStep, sameStep, setPinned, unpin, useSavedSteps } from '../../shared/recent-steps';

/**
 * Pinned steps, then the diagnoses used last (where the engineer was in
 * each). Kept in this browser only; a section appears only with entries.
 */
export function SavedSteps({ afterClear }: { afterClear: () => void }) {
  const { t } = useI18n();
  const saved = useSavedSteps();
  const [cleared, setCleared] = useState(false);
  const pinned = saved.pinned.filter(known);
  const recent = saved.recent.filter(known);
  return (
    <>
      {pinned.length > 0 && (
        <section aria-labelledby="pinned-heading" className="mt-8">
          <h2 id="pinned-heading" className="text-xl font-semibold">
            {t('home.pinned')}
          </h2>
          <SavedList entries={pinned} pinned={pinned} />
        </section>
      )}
      {recent.length > 0 && (
        <section aria-labelledby="recent-heading" className="mt-8">
          <h2 id="recent-heading" className="text-xl font-semibold">
            {t('home.recent')}
          </h2>
          <SavedList entries={recent} pinned={pinned} />
        </section>
      )}
      {(pinned.length > 0 || recent.length > 0) && (
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('home.savedPrivacy')}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              clearSavedSteps();
              setCleared(true);
              // The button goes with the sections: keep the keyboard user's place.
              afterClear();
            }}
          >
            {t('home.clearSaved')}
          </button>
        </div>
      )}
      <p role="status" className="sr-only">
        {cleared && pinned.length === 0 && recent.length === 0 ? t('home.savedCleared') : ''}
      </p>
    </>
  );
}

/** Entries of diagnoses the content no longer has are left out (the link could not open them). */
const known = (entry: SavedStep) => entry.flowId in content.flows;

function SavedList({ entries, pinned }: { entries: readonly SavedStep[]; pinned: readonly SavedStep[] }) {
  const { t, text, locale } = useI18n();
  return (
    <ul className="mt-3 space-y-2">
      {entries.map((entry) => {
        const flowTitle = text.flows[entry.flowId]?.title ?? entry.flowId;
        const stepTitle = text.flows[entry.flowId]?.nodeTitles[entry.stepId] ?? flowTitle;
        const isPinned = pinned.some((p) => sameStep(p, entry));
        const when = new Date(entry.at);
        return (
          <li
            key={`${entry.flowId}/${entry.stepId}/${entry.answers.map((a) => a.join('=')).join('&')}`}
            className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
          >
            <span className="min-w-0 flex-1">
              <Link className="link font-medium" to={paths.step(locale, entry)}>
                {stepTitle}
              </Link>
              <span className="block text-sm text-slate-700 dark:text-slate-300">
                {flowTitle} · {t('path.answerCount', { count: entry.answers.length })} ·{' '}
                <time dateTime={entry.at}>{when.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </span>
            </span>
            <button
              type="button"
              className="btn-quiet text-sm"
              aria-pressed={isPinned}
              aria-label={t('home.pinStep', { title: stepTitle })}
              onClick={() => {
                if (isPinned) unpin(entry);
                else setPinned(entry, true);
              }}
            >
              {t(isPinned ? 'home.pinnedMark' : 'home.pin')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
