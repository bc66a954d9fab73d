/**
 * What the search box shows under a query: the results, the nearest
 * diagnoses, the identifiers with their actions. It arrives with the
 * search's logic (search-logic.ts), when the box is first used, so the
 * first page carries only the box.
 */
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import type { AddToCase, CaseAdditionField, CaseAddResult } from '../../shared/case-addition';
import { paths } from '../../shared/paths';
import { handTrackingId } from '../../shared/search-handoff';
import type { HitKind } from './hit-details';
import type { IdentifierKind, QueryIdentifier } from './query-identifiers';
import { MAX_QUERY, MAX_SCAN } from './search-limits';
import { XSP_PROCEDURE, type ResolvedHit, type SearchView } from './search-view';

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

export interface SearchResultsProps {
  /** The panel's classes (a dropdown under the header's box, a block under the home page's). */
  readonly frame: string;
  readonly view: SearchView;
  /** The index is still loading. */
  readonly waiting: boolean;
  readonly titles: ReadonlyMap<string, string>;
  readonly addToCase: AddToCase | undefined;
  /** What became of each identifier added to the case, kept by the box while it lives. */
  readonly added: Readonly<Record<string, CaseAddResult>>;
  readonly setAdded: (update: (before: Readonly<Record<string, CaseAddResult>>) => Readonly<Record<string, CaseAddResult>>) => void;
  /** A result was followed: the box empties. */
  readonly done: () => void;
}

export function SearchResults({ frame, view, waiting, titles, addToCase, added, setAdded, done }: SearchResultsProps) {
  const { t, locale } = useI18n();
  const { hits, nearest, identifiers, long } = view;
  const add = (identifier: QueryIdentifier) => {
    if (!addToCase) return;
    addToCase({ field: CASE_FIELD[identifier.kind], value: identifier.value }).then(
      (result) => setAdded((before) => ({ ...before, [identifier.value]: result })),
      () => setAdded((before) => ({ ...before, [identifier.value]: 'failed' })),
    );
  };
  return (
    <div className={frame}>
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
              <Link className="search-hit" to={hit.href} onClick={() => done()}>
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
                <Link className="search-hit" to={item.href} onClick={() => done()}>
                  <span className="block text-xs font-semibold text-blue-800 uppercase dark:text-blue-300">{t('search.kind.flow')}</span>
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
                        done();
                      }}
                    >
                      {t('search.analyzeTracking')}
                    </Link>
                  )}
                  {procedureHref !== undefined && (
                    <Link to={procedureHref} onClick={() => done()}>
                      {titles.get(XSP_PROCEDURE)}
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
          <Link to={paths.analyze(locale)} onClick={() => done()}>
            {t('nav.analyze')}
          </Link>
        </p>
      )}
      <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {t('search.privacy')}
      </p>
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
      {hit.afterTitle !== undefined && (
        <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{t('search.after', { title: hit.afterTitle })}</span>
      )}
    </>
  );
}
