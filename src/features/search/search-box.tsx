import type MiniSearch from 'minisearch';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import type { SearchKind } from '../../shared/search-documents';
import { targetHref } from '../../shared/target-href';
import { loadIndex, search, type SearchHit } from './search-engine';

const KIND_LABEL: Readonly<Record<SearchKind, MessageKey>> = {
  flow: 'search.kind.flow',
  step: 'search.kind.step',
  procedure: 'search.kind.procedure',
  code: 'search.kind.code',
  log: 'search.kind.log',
  article: 'search.kind.article',
  reference: 'search.kind.reference',
};

interface ResolvedHit extends SearchHit {
  readonly href: string;
  readonly external: boolean;
  readonly title: string;
}

/**
 * One search box for error codes, HTTP statuses, log lines and words. What
 * is typed never leaves the page: not sent, not stored, not put in the URL.
 */
export function SearchBox({ large = false }: { large?: boolean }) {
  const { t, locale, text } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  // The index of the language it was loaded for; another language loads its own.
  const [loaded, setLoaded] = useState<{ locale: string; index: MiniSearch } | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const index = loaded?.locale === locale ? loaded.index : undefined;

  const ensureIndex = () => {
    if (index || loading) return;
    setLoading(true);
    loadIndex(locale).then(
      (result) => {
        setLoaded({ locale, index: result });
        setLoading(false);
      },
      () => {
        setLoading(false);
      },
    );
  };

  const resolve = (hit: SearchHit): ResolvedHit | undefined => {
    if (hit.target.startsWith('reference:')) {
      const ref = content.references[hit.target.slice('reference:'.length)];
      return ref ? { ...hit, href: ref.url, external: true, title: text.references[ref.id] ?? ref.id } : undefined;
    }
    const href = targetHref(locale, hit.target);
    if (!href) return undefined;
    return { ...hit, href, external: false, title: titleOf(hit.target) };
  };

  const titleOf = (target: string): string => {
    const [kind, rest = ''] = target.split(':', 2);
    if (kind === 'flow') {
      const [flowId = '', nodeId = ''] = rest.split('/');
      const flowText = text.flows[flowId];
      const flow = content.flows[flowId];
      if (flow?.start === nodeId) return flowText?.title ?? rest;
      return `${flowText?.nodeTitles[nodeId] ?? nodeId} (${flowText?.title ?? flowId})`;
    }
    if (kind === 'procedure') return text.procedures[rest]?.title ?? rest;
    if (kind === 'code') return `${rest}: ${text.codes[rest]?.meaning ?? ''}`;
    if (kind === 'log') return text.logs[rest]?.name ?? rest;
    if (kind === 'article') return text.articles[rest]?.title ?? rest;
    return rest;
  };

  const hits = query.trim() === '' ? [] : search(content, index, query).flatMap((hit) => resolve(hit) ?? []);

  const go = (hit: ResolvedHit | undefined) => {
    if (!hit) return;
    if (hit.external) window.open(hit.href, '_blank', 'noopener,noreferrer');
    else void navigate(hit.href);
    setQuery('');
  };

  return (
    <div className={`relative ${large ? 'w-full max-w-2xl' : 'w-full sm:w-72'}`}>
      <form
        role="search"
        aria-label={t('search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          go(hits[0]);
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
          maxLength={100_000}
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-status`}
          className={`w-full rounded-md border border-slate-400 bg-white px-3 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${large ? 'py-2.5 text-base' : 'py-1.5 text-sm'}`}
          onFocus={ensureIndex}
          onChange={(event) => {
            ensureIndex();
            setQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </form>
      <p id={`${id}-status`} aria-live="polite" className="sr-only">
        {query.trim() === '' ? '' : loading && !index ? t('search.loading') : t('search.results', { count: hits.length })}
      </p>
      {query.trim() !== '' && (
        <div className={`search-results ${large ? '' : 'absolute right-0 z-20 mt-1 w-[min(32rem,90vw)]'}`}>
          <p aria-hidden="true" className="px-3 pt-2 text-xs text-slate-600 dark:text-slate-400">
            {loading && !index ? t('search.loading') : t('search.results', { count: hits.length })}
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
          <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {t('search.privacy')}
          </p>
        </div>
      )}
    </div>
  );
}

function HitLabel({ hit, label, signature }: { hit: ResolvedHit; label: string; signature: string | undefined }) {
  return (
    <>
      <span className="block text-xs font-semibold text-blue-800 uppercase dark:text-blue-300">
        {label}
        {signature !== undefined && <span className="ml-2 font-normal normal-case">· {signature}</span>}
      </span>
      <span className="block truncate">{hit.title}</span>
    </>
  );
}
