/**
 * Logs on a diagnosis step: the files dropped anywhere on the page (or
 * chosen, or pasted) are analyzed in a worker, and a finding that settles
 * the current question answers it, with its lines as the answer's evidence.
 * Other findings open the step they point at.
 */
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { answerTowards, nodesForTarget } from '../../content/graph-paths';
import { useI18n } from '../../i18n/i18n-context';
import type { StepSnapshot } from '../../shared/step-extensions';
import { targetHref } from '../../shared/target-href';
import { openTargetLabel } from '../../shared/target-label';
import { attemptEvidence, evidenceText, findingExplanation, FindingItem, showFor, SignInAttempts, WarningList } from './log-results';
import { KindSelect, MaskToggle, PasteField, ProgressLine } from './log-controls';
import { useLogAnalysis, useLogCatalogue, usePlaceInput } from './use-log-analysis';

export interface StepLogPanelProps {
  readonly step: StepSnapshot;
  /** Files dropped on the page: analyzed as soon as they arrive. */
  readonly dropped?: readonly File[] | undefined;
  /** Answers the current question; `evidence` is the proof, as plain text. */
  readonly onAnswer: (answerId: string, evidence: string) => void;
  /** Whether an open case keeps the evidence. */
  readonly recordsEvidence: boolean;
}

const handledDrops = new WeakSet<readonly File[]>();

export function StepLogPanel({ step, dropped, onAnswer, recordsEvidence }: StepLogPanelProps) {
  const { t, text, locale } = useI18n();
  const id = useId();
  const loaded = useLogCatalogue(locale);
  // One analysis per diagnosis, kept while the user moves between its steps
  // (and away and back): the same logs serve every question on the way.
  const place = `flow:${step.flowId}`;
  const analysis = useLogAnalysis(loaded?.catalogue, place);
  const [{ pasted, kind, masked, analyzed }, change] = usePlaceInput(place);
  const { run } = analysis;
  const catalogue = loaded?.catalogue;

  // What to analyze: the files dropped on the page, chosen, or the pasted
  // text, whichever came last; again with the same input when the kind
  // changes. Input given while the catalogue still loads waits for it.
  const pending = useRef<{ readonly what: NonNullable<typeof analyzed>; readonly kind: string } | undefined>(undefined);
  const request = (what: NonNullable<typeof analyzed>, withKind = kind) => {
    change({ analyzed: what, kind: withKind });
    if (catalogue) run({ catalogue, kind: withKind === '' ? undefined : withKind, files: what.files, text: what.text });
    else pending.current = { what, kind: withKind };
  };
  useEffect(() => {
    const waiting = pending.current;
    if (!catalogue || !waiting) return;
    pending.current = undefined;
    run({ catalogue, kind: waiting.kind === '' ? undefined : waiting.kind, files: waiting.what.files, text: waiting.what.text });
  }, [catalogue, run]);
  const onDropped = useEffectEvent((files: readonly File[]) => request({ files }));
  useEffect(() => {
    // Each drop once, even if the panel is closed and opened again.
    if (!dropped || dropped.length === 0 || handledDrops.has(dropped)) return;
    handledDrops.add(dropped);
    onDropped(dropped);
  }, [dropped]);

  const flow = content.flows[step.flowId];
  const node = flow?.nodes[step.stepId];
  const answerLabels = text.flowDetails[step.flowId]?.nodes[step.stepId]?.answers ?? {};
  const show = showFor(masked, t);
  const texts = loaded?.text;
  const { progress, results, attempts } = analysis;

  /** The answer a target settles, if this step asks a question it settles. */
  const answerFor = (target: string | undefined) =>
    flow && node && node.answers.length > 0 && target !== undefined
      ? answerTowards(flow, node.id, nodesForTarget(flow, target))
      : undefined;

  const action = (target: string | undefined, evidence: () => string, fallback = t('analyze.open')) => {
    const openLabel = openTargetLabel(target, text, t, fallback);
    const answerId = answerFor(target);
    if (answerId !== undefined) {
      return (
        <button type="button" className="btn btn-primary mt-2" onClick={() => onAnswer(answerId, evidence())}>
          {t('stepLogs.answer', { answer: answerLabels[answerId] ?? answerId })}
        </button>
      );
    }
    const href = target === undefined ? undefined : targetHref(locale, target);
    return (
      href !== undefined && (
        <Link className="btn mt-2" to={href}>
          {openLabel}
        </Link>
      )
    );
  };

  const findings = results.flatMap((file) =>
    (file.result?.findings ?? []).map((finding) => ({ file: file.name || t('analyze.pasted'), finding })),
  );
  // What answers this question comes first.
  findings.sort((a, b) => Number(answerFor(b.finding.target) !== undefined) - Number(answerFor(a.finding.target) !== undefined));
  const settles =
    findings.some((f) => answerFor(f.finding.target) !== undefined) || attempts.some((a) => answerFor(a.target) !== undefined);

  return (
    <div className="mt-3 space-y-3">
      <p className="text-sm">{t('stepLogs.intro')}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('analyze.privacy')} {recordsEvidence ? t('stepLogs.evidenceOn') : t('stepLogs.evidenceOff')}
      </p>
      <div className="case-field">
        <label htmlFor={`${id}-files`}>{t('stepLogs.choose')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          className="mt-1 block text-sm"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) request({ files });
          }}
        />
      </div>
      <PasteField id={`${id}-paste`} rows={3} value={pasted} onChange={(value) => change({ pasted: value })} />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn"
          disabled={!loaded || progress !== undefined || pasted.trim() === ''}
          onClick={() => request({ files: [], text: pasted })}
        >
          {t('stepLogs.analyzePasted')}
        </button>
        {progress !== undefined && (
          <button type="button" className="btn" onClick={analysis.cancel}>
            {t('analyze.cancel')}
          </button>
        )}
        <span className="flex items-center gap-2">
          <KindSelect
            id={`${id}-kind`}
            loaded={loaded}
            value={kind}
            onChange={(value) => {
              if (analyzed) request(analyzed, value);
              else change({ kind: value });
            }}
            className="text-sm"
          />
        </span>
        <span className="text-sm">
          <MaskToggle id={`${id}-mask`} label={t('stepLogs.mask')} checked={masked} onChange={(value) => change({ masked: value })} />
        </span>
      </div>
      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {progress !== undefined ? (
          <ProgressLine percent={progress} />
        ) : analysis.cancelled ? (
          t('analyze.cancelled')
        ) : results.length > 0 ? (
          settles ? (
            t('stepLogs.settles')
          ) : findings.length + attempts.length > 0 ? (
            t('stepLogs.elsewhere')
          ) : (
            t('analyze.none')
          )
        ) : (
          ''
        )}
      </div>
      {results.map((file, index) =>
        file.failed === true || file.warnings.length > 0 ? (
          <div key={`${file.name}-${String(index)}`}>
            <p className="font-medium">{file.name || t('analyze.pasted')}</p>
            {file.failed === true && <p className="case-error">{t('analyze.error')}</p>}
            <WarningList warnings={file.warnings} />
          </div>
        ) : null,
      )}
      {findings.length > 0 && (
        <ul className="space-y-4" aria-label={t('stepLogs.findings')}>
          {findings.map(({ file, finding }) => (
            <FindingItem key={`${file}-${finding.id}`} finding={finding} texts={texts} show={show} file={file}>
              {action(finding.target, () =>
                evidenceText(findingExplanation(finding, texts, t, text.codes, show), finding.lines, show, t, file),
              )}
            </FindingItem>
          ))}
        </ul>
      )}
      <SignInAttempts
        attempts={attempts}
        ladder={loaded?.catalogue.signIn.steps ?? []}
        lanes={loaded?.catalogue.signIn.lanes ?? []}
        texts={texts}
        show={show}
        action={(attempt) =>
          action(
            attempt.target ?? loaded?.catalogue.signIn.target,
            () => attemptEvidence(attempt, texts, show, t),
            // A complete attempt leads to the procedure for reading these logs.
            attempt.target === undefined ? t('analyze.openProcedure') : undefined,
          )
        }
      />
    </div>
  );
}
