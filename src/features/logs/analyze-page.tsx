import { useEffect, useId, useState } from 'react';
import type { ContentText } from '../../content/types';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translator';
import { clearHandedTrackingId, handedTrackingId } from '../../shared/search-handoff';
import { targetHref } from '../../shared/target-href';
import { openTargetLabel } from '../../shared/target-label';
import { useCopy } from '../../shared/ui/copy-button';
import { useFileDrop } from '../../shared/use-file-drop';
import type { LogCatalogueText, SignInAttempt } from './log-analyzer';
import {
  attemptEvidence,
  evidenceText,
  findingExplanation,
  FindingItem,
  showFor,
  SignInAttempts,
  WarningList,
  type Show,
} from './log-results';
import { KindSelect, MaskToggle, PasteField, ProgressLine } from './log-controls';
import { useLogAnalysis, useLogCatalogue, usePlaceInput, type FileResult } from './use-log-analysis';

/** The whole analysis as plain text, for a support case (masked as shown). */
function report(
  results: readonly FileResult[],
  attempts: readonly SignInAttempt[],
  texts: LogCatalogueText | undefined,
  codes: ContentText['codes'],
  show: Show,
  t: Translate,
) {
  const parts: string[] = [];
  for (const file of results) {
    const name = file.name || t('analyze.pasted');
    for (const finding of file.result?.findings ?? [])
      parts.push(evidenceText(findingExplanation(finding, texts, t, codes, show), finding.lines, show, t, name));
  }
  // A signed-in client's token checks are no sign-in attempt: not in the report.
  for (const attempt of attempts.filter((a) => a.kind === 'attempt')) {
    parts.push(attemptEvidence(attempt, texts, show, t));
  }
  return parts.join('\n\n');
}

/** Logs in, diagnosis out: everything happens in this browser, in a worker. */
export function AnalyzePage() {
  const { t, text, locale } = useI18n();
  const id = useId();
  const loaded = useLogCatalogue(locale);
  const analysis = useLogAnalysis(loaded?.catalogue, 'analyze');
  const [{ files, pasted, kind, masked }, change] = usePlaceInput('analyze');
  const setFiles = (chosen: readonly File[]) => change({ files: chosen });
  const [nothing, setNothing] = useState(false);
  const copy = useCopy(4000);
  // Files dropped anywhere on the page are taken, not opened by the browser.
  const { dragging } = useFileDrop(setFiles);
  // A tracking id typed into the search box, handed over in memory (never in the URL); forgotten when the page is left.
  const [wanted] = useState(handedTrackingId);
  useEffect(() => clearHandedTrackingId, []);

  const run = () => {
    if (!loaded) return;
    if (files.length === 0 && pasted.trim() === '') {
      setNothing(true);
      return;
    }
    setNothing(false);
    analysis.run({ catalogue: loaded.catalogue, kind: kind === '' ? undefined : kind, files, text: pasted });
  };

  const show = showFor(masked, t);
  const texts = loaded?.text;
  const { progress, results, attempts } = analysis;
  const signInTarget = loaded ? targetHref(locale, loaded.catalogue.signIn.target) : undefined;

  return (
    <div>
      <title>{`${t('analyze.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('analyze.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('analyze.intro')}</p>
      <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t('analyze.privacy')}</p>
      {wanted !== undefined && (
        <p className="card mt-4 max-w-prose">
          {analysis.progress !== undefined || analysis.results.length === 0
            ? t('analyze.trackingWanted', { id: wanted })
            : analysis.attempts.some((attempt) => attempt.trackingId.toLowerCase() === wanted.toLowerCase())
              ? t('analyze.trackingFound', { id: wanted })
              : t('analyze.trackingMissing', { id: wanted })}
        </p>
      )}

      <div className={`drop-zone mt-6${dragging ? ' drop-zone-active' : ''}`}>
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
      <div className="mt-4">
        <PasteField id={`${id}-paste`} rows={5} value={pasted} onChange={(value) => change({ pasted: value })} />
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div className="case-field">
          <KindSelect id={`${id}-kind`} loaded={loaded} value={kind} onChange={(value) => change({ kind: value })} />
        </div>
        <MaskToggle id={`${id}-mask`} label={t('analyze.mask')} checked={masked} onChange={(value) => change({ masked: value })} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={run} disabled={!loaded || progress !== undefined}>
          {t('analyze.run')}
        </button>
        {progress !== undefined && (
          <button type="button" className="btn" onClick={analysis.cancel}>
            {t('analyze.cancel')}
          </button>
        )}
        {progress === undefined && results.length > 0 && (
          <button type="button" className="btn" onClick={() => void copy.copy(report(results, attempts, texts, text.codes, show, t))}>
            {t('analyze.copyReport')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" className="mt-3 min-h-6 text-sm">
        {progress !== undefined ? (
          <ProgressLine percent={progress} />
        ) : nothing ? (
          t('analyze.nothing')
        ) : analysis.cancelled ? (
          t('analyze.cancelled')
        ) : copy.state === 'copied' ? (
          t('analyze.reportCopied')
        ) : copy.state === 'failed' ? (
          t('step.copyFailed')
        ) : (
          ''
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
          <WarningList warnings={file.warnings} />
          {file.result && file.result.findings.length === 0 && file.result.signIns.length === 0 && (
            <p className="mt-2">{t('analyze.none')}</p>
          )}
          {file.result && file.result.findings.length === 0 && file.result.signIns.length > 0 && (
            <p className="mt-2">{t('analyze.signInsOnly')}</p>
          )}
          <ul className="mt-3 space-y-4">
            {file.result?.findings.map((finding) => {
              const href = targetHref(locale, finding.target);
              return (
                <FindingItem key={finding.id} finding={finding} texts={texts} show={show}>
                  {href !== undefined && (
                    <Link className="btn mt-2" to={href}>
                      {openTargetLabel(finding.target, text, t, t('analyze.open'))}
                    </Link>
                  )}
                </FindingItem>
              );
            })}
          </ul>
        </section>
      ))}
      <SignInAttempts
        attempts={attempts}
        ladder={loaded?.catalogue.signIn.steps ?? []}
        lanes={loaded?.catalogue.signIn.lanes ?? []}
        texts={texts}
        show={show}
        action={(attempt) => {
          const href = attempt.target === undefined ? signInTarget : targetHref(locale, attempt.target);
          return (
            href !== undefined && (
              <Link className="btn mt-2" to={href}>
                {attempt.target === undefined
                  ? openTargetLabel(loaded?.catalogue.signIn.target, text, t, t('analyze.openProcedure'))
                  : openTargetLabel(attempt.target, text, t, t('analyze.open'))}
              </Link>
            )
          );
        }}
      />
    </div>
  );
}
