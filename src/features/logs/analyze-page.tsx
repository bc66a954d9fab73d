import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Locale } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { targetHref } from '../../shared/target-href';
import type { AnalyzeMessage, AnalyzeRequest } from './analyzer.worker';
import type { AnalysisResult, LogCatalogue, LogCatalogueText } from './log-analyzer';
import { mask } from './mask';

interface Loaded {
  readonly locale: Locale;
  readonly catalogue: LogCatalogue;
  readonly text: LogCatalogueText;
}

const loaders: Readonly<Record<Locale, () => Promise<{ catalogue: LogCatalogue; text: LogCatalogueText }>>> = {
  en: () => import('virtual:content/logs/en').then((m) => m.default),
  ro: () => import('virtual:content/logs/ro').then((m) => m.default),
  nl: () => import('virtual:content/logs/nl').then((m) => m.default),
};

interface FileResult {
  readonly name: string;
  readonly result?: AnalysisResult | undefined;
  readonly warning?: 'empty' | 'binary' | 'encoding' | undefined;
  readonly failed?: boolean;
}

/** Logs in, diagnosis out: everything happens in this browser, in a worker. */
export function AnalyzePage() {
  const { t, locale } = useI18n();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [pasted, setPasted] = useState('');
  const [kind, setKind] = useState('');
  const [masked, setMasked] = useState(true);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [results, setResults] = useState<readonly FileResult[]>([]);
  const [status, setStatus] = useState('');
  const worker = useRef<Worker | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loaders[locale]().then((data) => {
      if (live) setLoaded({ locale, ...data });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => () => worker.current?.terminate(), []);

  const run = () => {
    if (!loaded) return;
    if (files.length === 0 && pasted.trim() === '') {
      setStatus(t('analyze.nothing'));
      return;
    }
    worker.current?.terminate();
    const next = new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    setResults([]);
    setStatus('');
    setProgress(0);
    next.onmessage = (event: MessageEvent<AnalyzeMessage>) => {
      const message = event.data;
      if (message.type === 'progress') setProgress(message.total === 0 ? 100 : Math.round((message.done / message.total) * 100));
      else if (message.type === 'result')
        setResults((current) => [...current, { name: message.name, result: message.result, warning: message.warning }]);
      else if (message.type === 'error') setResults((current) => [...current, { name: message.name, failed: true }]);
      else {
        setProgress(undefined);
        next.terminate();
      }
    };
    const request: AnalyzeRequest = { catalogue: loaded.catalogue, kind: kind === '' ? undefined : kind, files, text: pasted };
    next.postMessage(request);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setProgress(undefined);
    setStatus(t('analyze.cancelled'));
  };

  const show = (text: string) => (masked ? mask(text) : text);
  const texts = loaded?.text;

  return (
    <div>
      <title>{`${t('analyze.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('analyze.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('analyze.intro')}</p>
      <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t('analyze.privacy')}</p>

      <div
        className="drop-zone mt-6"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          setFiles([...event.dataTransfer.files]);
        }}
      >
        <label htmlFor={`${id}-files`} className="font-medium">
          {t('analyze.drop')}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          className="mt-2 block text-sm"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
        {files.length > 0 && (
          <ul className="mt-2 text-sm" aria-label={t('analyze.files')}>
            {files.map((file) => (
              <li key={`${file.name}-${String(file.size)}`}>
                {file.name} ({Math.ceil(file.size / 1024)} KB)
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="case-field mt-4">
        <label htmlFor={`${id}-paste`}>{t('analyze.paste')}</label>
        <textarea
          id={`${id}-paste`}
          rows={5}
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          className="font-mono"
        />
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div className="case-field">
          <label htmlFor={`${id}-kind`}>{t('analyze.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">{t('analyze.kindAuto')}</option>
            {loaded?.catalogue.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {texts?.kinds[k.id] ?? k.id}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2">
          <input id={`${id}-mask`} type="checkbox" checked={masked} onChange={(event) => setMasked(event.target.checked)} />
          <label htmlFor={`${id}-mask`}>{t('analyze.mask')}</label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={run} disabled={!loaded || progress !== undefined}>
          {t('analyze.run')}
        </button>
        {progress !== undefined && (
          <button type="button" className="btn" onClick={cancel}>
            {t('analyze.cancel')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm">
        {progress !== undefined ? (
          <>
            <progress max={100} value={progress} className="w-64" aria-label={t('analyze.progress', { percent: progress })} />{' '}
            {t('analyze.progress', { percent: progress })}
          </>
        ) : (
          status
        )}
      </div>

      {results.map((file, index) => (
        <section key={`${file.name}-${String(index)}`} aria-labelledby={`${id}-result-${String(index)}`} className="card mt-6">
          <h2 id={`${id}-result-${String(index)}`} className="text-lg font-semibold">
            {file.result
              ? t('analyze.resultFor', {
                  name: file.name || t('analyze.pasted'),
                  lines: file.result.lines,
                  kind: file.result.kind === undefined ? t('analyze.unknownKind') : (texts?.kinds[file.result.kind] ?? file.result.kind),
                })
              : file.name}
          </h2>
          {file.failed === true && <p className="case-error mt-2">{t('analyze.error')}</p>}
          {file.warning !== undefined && <p className="notice mt-2">{t(`analyze.warning.${file.warning}`)}</p>}
          {file.result && file.result.findings.length === 0 && file.result.signIns.length === 0 && (
            <p className="mt-2">{t('analyze.none')}</p>
          )}
          <ul className="mt-3 space-y-4">
            {file.result?.findings.map((finding) => {
              const href = targetHref(locale, finding.target);
              const explanation = finding.id.startsWith('code-')
                ? finding.target.slice('code:'.length)
                : (texts?.findings[finding.id] ?? finding.id);
              return (
                <li key={finding.id} className="finding">
                  <p className="font-medium">{explanation}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{t('analyze.count', { count: finding.count })}</p>
                  <ol className="mt-2 space-y-1">
                    {finding.lines.map((line) => (
                      <li key={line.line} className="log-line">
                        <span className="text-slate-600 dark:text-slate-400">{t('analyze.line', { line: line.line })}: </span>
                        <code>{show(line.text)}</code>
                      </li>
                    ))}
                  </ol>
                  {href !== undefined && (
                    <Link className="btn mt-2" to={href}>
                      {t('analyze.open')}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          {file.result && file.result.signIns.length > 0 && (
            <div className="mt-4 overflow-x-auto">
              <h3 className="font-semibold">
                {texts?.signIn.title} ({t('analyze.signIns', { count: file.result.signIns.length })})
              </h3>
              <table className="data-table mt-2">
                <thead>
                  <tr>
                    <th scope="col">{t('analyze.tracking')}</th>
                    <th scope="col">{t('analyze.seen')}</th>
                    <th scope="col">{t('analyze.firstMissing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {file.result.signIns.map((attempt) => (
                    <tr key={attempt.trackingId}>
                      <th scope="row">
                        <code>{show(attempt.trackingId)}</code>
                      </th>
                      <td>{attempt.seen.map((step) => texts?.signIn.steps[step] ?? step).join(' → ')}</td>
                      <td>
                        {attempt.firstMissing === undefined
                          ? t('analyze.complete')
                          : (texts?.signIn.steps[attempt.firstMissing] ?? attempt.firstMissing)}
                        {attempt.failed && <span className="case-error block">{t('analyze.failed')}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {targetHref(locale, loaded?.catalogue.signIn.target ?? '') !== undefined && (
                <Link className="btn mt-2" to={targetHref(locale, loaded?.catalogue.signIn.target ?? '') ?? ''}>
                  {t('analyze.open')}
                </Link>
              )}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
