import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import type { AddToCase, CaseAdditionField, CaseAddResult } from '../../shared/case-addition';
import { paths } from '../../shared/paths';
import type { SearchIndex } from '../../shared/search-documents';
import { handTrackingId } from '../../shared/search-handoff';
import type { HitKind } from './hit-details';
import type { IdentifierKind, QueryIdentifier } from './query-identifiers';
import { boxText, MAX_QUERY, MAX_SCAN } from './search-limits';
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

const KIND_LABEL: Readonly<Record<HitKind, MessageKey>> = {
  question: 'search.kind.question',
  fix: 'search.kind.fix',
  escalation: 'search.kind.escalation',
  procedure: 'search.kind.procedure',
  code: 'search.kind.code',
  reference: 'search.kind.material',
};

/** Where each kind of identifier goes in the case sheet. */
const CASE_FIELD: Readonly<Record<IdentifierKind, CaseAdditionField>> = { tracking: 'trackingId', email: 'ciUser', uuid: 'orgId' };
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

  const { hits, nearest, identifiers, long } = logic && titles ? logic.searchView(content, text, index, locale, query, titles) : NOTHING;
  const waiting = (loading && !index) || !logic;

  const add = (identifier: QueryIdentifier) => {
    if (!addToCase) return;
    addToCase({ field: CASE_FIELD[identifier.kind], value: identifier.value }).then(
      (result) => setAdded((before) => ({ ...before, [identifier.value]: result })),
      () => setAdded((before) => ({ ...before, [identifier.value]: 'failed' })),
    );
  };

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
      {query.trim() !== '' && (
        <div className={`search-results ${large ? '' : 'absolute right-0 z-20 mt-1 w-[min(32rem,90vw)]'}`}>
          <p aria-hidden="true" className="px-3 pt-2 text-xs text-slate-600 dark:text-slate-400">
            {waiting ? t('search.loading') : t('search.results', { count: hits.length })}
          </p>
          <ul className="max-h-96 overflow-y-auto p-1">
            {hits.map((hit) => (
              <li key={hit.target}>
                {hit.external ? (
                  <a className="search-hit" href={hit.href} rel="noreferrer noopener" target="_blank">
                    <HitLabel hit={hit} label={t(KIND_LABEL[hit.kind])} signature={hit.exact ? t('search.signature') : undefined} />
                  </a>
                ) : (
                  <Link className="search-hit" to={hit.href} onClick={() => setQuery('')}>
                    <HitLabel hit={hit} label={t(KIND_LABEL[hit.kind])} signature={hit.exact ? t('search.signature') : undefined} />
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {nearest.length > 0 && (
            <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
              <p className="text-sm">{t('search.nearest')}</p>
              <ul className="mt-1">
                {nearest.map((item) => (
                  <li key={item.target}>
                    <Link className="search-hit" to={item.href} onClick={() => setQuery('')}>
                      <span className="block text-xs font-semibold text-blue-800 uppercase dark:text-blue-300">
                        {t('search.kind.flow')}
                      </span>
                      <span className="block truncate">{item.title}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {identifiers.length > 0 && (
            <div className="search-identifiers border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
              <p>{t('search.identifiers')}</p>
              <ul className="mt-1 space-y-2">
                {identifiers.map(({ identifier, analyzeHref, procedureHref }) => (
                  <li key={identifier.value}>
                    <span className="block text-xs font-semibold">{t('search.identifier', { kind: identifier.kind })}</span>
                    <code className="verbatim break-all">{identifier.value}</code>
                    <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                      {analyzeHref !== undefined && (
                        <Link
                          to={analyzeHref}
                          onClick={() => {
                            handTrackingId(identifier.value);
                            setQuery('');
                          }}
                        >
                          {t('search.analyzeTracking')}
                        </Link>
                      )}
                      {procedureHref !== undefined && (
                        <Link to={procedureHref} onClick={() => setQuery('')}>
                          {titles?.get(logic?.XSP_PROCEDURE ?? '')}
                        </Link>
                      )}
                      {addToCase && (
                        <button type="button" className="underline" onClick={() => add(identifier)}>
                          {t('search.addToCase', { field: CASE_FIELD[identifier.kind] })}
                        </button>
                      )}
                    </span>
                    {added[identifier.value] !== undefined && (
                      <span role="status" className="block text-xs">
                        {t('search.added', { result: added[identifier.value] === 'no-case' ? 'nocase' : (added[identifier.value] ?? '') })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {long && (
            <p className="search-long border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
              {t('search.long', { words: MAX_QUERY, scan: MAX_SCAN })}{' '}
              <Link to={paths.analyze(locale)} onClick={() => setQuery('')}>
                {t('nav.analyze')}
              </Link>
            </p>
          )}
          <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {t('search.privacy')}
          </p>
        </div>
      )}
    </div>
  );
}

export function HitLabel({ hit, label, signature }: { hit: ResolvedHit; label: string; signature: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <span className="block text-xs font-semibold text-blue-800 uppercase dark:text-blue-300">
        {label}
        {signature !== undefined && <span className="ml-2 font-normal normal-case">· {signature}</span>}
      </span>
      {/* Matched words are marked as elements around text nodes: the title is never parsed as HTML. */}
      <span className="block truncate">
        {hit.title.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
      </span>
      {hit.diagnosis !== undefined && (
        <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{t('search.diagnosis', { title: hit.diagnosis })}</span>
      )}
      {hit.words.length > 0 && (
        <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
          {t('search.why', { words: hit.words.join(', ') })}
        </span>
      )}
    </>
  );
}
