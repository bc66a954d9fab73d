import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import type { AddToCase, CaseAddResult } from '../../shared/case-addition';
import type { SearchIndex } from '../../shared/search-documents';
import { boxText, MAX_SCAN } from './search-limits';
import type { ResolvedHit, SearchView } from './search-view';

type SearchLogic = typeof import('./search-logic');
let logicLoading: Promise<SearchLogic> | undefined;
/** The search's logic, fetched once, on the first use of a search box. */
function loadLogic(): Promise<SearchLogic> {
  logicLoading ??= import('./search-logic');
  logicLoading.catch(() => {
    logicLoading = undefined;
  });
  return logicLoading;
}
const NOTHING: SearchView = { hits: [], nearest: [], identifiers: [], long: false };

/**
 * One search box for error codes, HTTP statuses, log lines and words. What
 * is typed never leaves the page: not sent, not stored, not put in the URL.
 * Tracking ids, e-mail addresses and UUIDs in it are offered as actions
 * (analyze the XSP logs, add to the open case), handed over in memory.
 */
export function SearchBox({ large = false, addToCase }: { large?: boolean; addToCase?: AddToCase }) {
  const { t, locale, text } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  // The index of the language it was loaded for; another language loads its own.
  const [loaded, setLoaded] = useState<{ locale: string; index: SearchIndex } | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [logic, setLogic] = useState<SearchLogic | undefined>(undefined);
  const [added, setAdded] = useState<Readonly<Record<string, CaseAddResult>>>({});
  const index = loaded?.locale === locale ? loaded.index : undefined;
  const titles = useMemo(() => logic?.distinctTitles(content, text, logic.searchTargets(content)), [logic, text]);

  const ensureIndex = () => {
    if (!logic) loadLogic().then(setLogic, () => undefined);
    if (index || loading) return;
    setLoading(true);
    loadLogic()
      .then((loadedLogic) => loadedLogic.loadIndex(locale))
      .then(
        (result) => {
          setLoaded({ locale, index: result });
          setLoading(false);
        },
        () => {
          setLoading(false);
        },
      );
  };

  const view = logic && titles ? logic.searchView(content, text, index, locale, query, titles) : NOTHING;
  const { hits } = view;
  const frame = `search-results ${large ? '' : 'absolute right-0 z-20 mt-1 w-[min(32rem,90vw)]'}`;
  const waiting = (loading && !index) || !logic;

  const go = (hit: ResolvedHit | undefined) => {
    if (!hit) return;
    if (hit.external) window.open(hit.href, '_blank', 'noopener,noreferrer');
    else void navigate(hit.href);
    setQuery('');
  };

  // Enter pressed while the search was still loading (a slow laptop, a cold
  // page): the first hit opens as soon as there are hits, unless the text
  // has changed since.
  const enterPending = useRef(false);
  useEffect(() => {
    if (!enterPending.current || waiting) return;
    enterPending.current = false;
    go(hits[0]);
  });

  return (
    <div className={`relative ${large ? 'w-full max-w-2xl' : 'w-full sm:w-72'}`}>
      <form
        role="search"
        aria-label={t('search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          if (waiting) enterPending.current = true;
          else go(hits[0]);
        }}
      >
        <label htmlFor={`${id}-q`} className={large ? 'mb-1 block font-semibold' : 'sr-only'}>
          {t('search.label')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_SCAN}
          placeholder={t(large ? 'search.placeholder' : 'search.placeholderShort')}
          aria-describedby={`${id}-status`}
          className={`w-full rounded-md border border-slate-400 bg-white px-3 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${large ? 'py-2.5 text-base' : 'py-1.5 text-sm'}`}
          onFocus={ensureIndex}
          onChange={(event) => {
            ensureIndex();
            enterPending.current = false;
            // A paste longer than the search reads is cut here, before the page lays it out.
            setQuery(boxText(event.target.value));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </form>
      <p id={`${id}-status`} aria-live="polite" className="sr-only">
        {query.trim() === '' ? '' : waiting ? t('search.loading') : t('search.results', { count: hits.length })}
      </p>
      {query.trim() !== '' &&
        (logic && titles ? (
          <logic.SearchResults
            frame={frame}
            view={view}
            waiting={waiting}
            titles={titles}
            addToCase={addToCase}
            added={added}
            setAdded={setAdded}
            done={() => setQuery('')}
          />
        ) : (
          <div className={frame}>
            <p aria-hidden="true" className="px-3 pt-2 pb-2 text-xs text-slate-600 dark:text-slate-400">
              {t('search.loading')}
            </p>
          </div>
        ))}
    </div>
  );
}
