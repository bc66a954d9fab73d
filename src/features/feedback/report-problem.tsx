import { OptInCheckbox } from '../../shared/ui/opt-in-checkbox';
import { useId, useRef, useState } from 'react';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import type { StepSnapshot } from '../../shared/step-extensions';
import { useCopy } from '../../shared/ui/copy-button';
import { feedbackMessage, feedbackText, KIND_LABEL, mailtoHref, PROBLEM_KINDS, type ProblemKind } from './feedback-text';

/**
 * "Report a problem with this step": a dialog that turns the engineer's
 * words into an e-mail (mailto:) or text to copy. The draft stays while
 * the step is open, so closing the dialog by mistake loses nothing.
 */
export function ReportProblem({
  step,
  address,
  caseText,
}: {
  step: StepSnapshot;
  /** The deployment's address for content feedback, if it has one. */
  address?: string | undefined;
  /** The open case of this diagnosis as text; offered, never added unasked. */
  caseText?: string | undefined;
}) {
  const { t, text, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const words = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [kind, setKind] = useState<ProblemKind | undefined>(undefined);
  const [description, setDescription] = useState('');
  const [includeCase, setIncludeCase] = useState(false);
  const [tried, setTried] = useState(false);
  const copy = useCopy();
  const flowTitle = text.flows[step.flowId]?.title ?? step.flowId;
  const message = feedbackMessage(
    {
      kind: kind ?? 'wrong',
      words: description,
      flowId: step.flowId,
      stepId: step.stepId,
      flowTitle,
      stepTitle: text.flows[step.flowId]?.nodeTitles[step.stepId] ?? step.stepId,
      link: `${window.location.origin}${paths.step(locale, step.location)}`,
      contentVersion: content.version,
      guide: { title: text.guideTitle, version: content.guide.version, date: content.guide.date },
      locale,
      caseText: includeCase ? caseText : undefined,
    },
    t,
  );
  const complete = kind !== undefined && description.trim() !== '';
  /** Shows what is missing and says whether the report may go. */
  const ready = () => {
    setTried(true);
    if (kind === undefined) document.getElementById(`${id}-kind-${PROBLEM_KINDS[0]}`)?.focus();
    else if (description.trim() === '') words.current?.focus();
    return complete;
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => dialog.current?.showModal()}>
        {t('feedback.open')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="share-dialog">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t('feedback.open')}
        </h2>
        <p className="mt-2 text-sm">{t('feedback.intro')}</p>
        <fieldset className="mt-3" aria-describedby={tried && kind === undefined ? `${id}-kind-error` : undefined}>
          <legend className="text-sm font-medium">{t('feedback.kind')}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {PROBLEM_KINDS.map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  id={`${id}-kind-${value}`}
                  type="radio"
                  name={`${id}-kind`}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                {t(KIND_LABEL[value])}
              </label>
            ))}
          </div>
          {tried && kind === undefined && (
            <p id={`${id}-kind-error`} className="case-error mt-1">
              {t('feedback.kindMissing')}
            </p>
          )}
        </fieldset>
        <label htmlFor={`${id}-words`} className="mt-3 block text-sm font-medium">
          {t('feedback.words')}
        </label>
        <p id={`${id}-words-hint`} className="text-xs text-slate-700 dark:text-slate-300">
          {t('feedback.wordsHint')}
        </p>
        <textarea
          id={`${id}-words`}
          ref={words}
          rows={4}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={tried && description.trim() === ''}
          aria-describedby={`${id}-words-hint${tried && description.trim() === '' ? ` ${id}-words-error` : ''}`}
          className="share-link font-sans text-sm"
        />
        {tried && description.trim() === '' && (
          <p id={`${id}-words-error`} className="case-error">
            {t('feedback.wordsMissing')}
          </p>
        )}
        {caseText !== undefined && (
          <OptInCheckbox
            id={`${id}-case`}
            checked={includeCase}
            onChange={setIncludeCase}
            label={t('feedback.includeCase')}
            warning={t('feedback.includeCaseWarning')}
          />
        )}
        <label htmlFor={`${id}-preview`} className="mt-3 block text-sm font-medium">
          {t('feedback.preview')}
        </label>
        <textarea id={`${id}-preview`} readOnly rows={8} value={feedbackText(message)} className="share-link" />
        <p className="mt-2 text-sm">{address === undefined ? t('feedback.noAddress') : t('feedback.to', { address })}</p>
        <p aria-live="polite" className="mt-1 min-h-5 text-sm">
          {copy.state === 'copied' ? t('feedback.copied') : copy.state === 'failed' ? t('step.copyFailed') : ''}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <a
            className="btn btn-primary"
            href={mailtoHref(address, message)}
            onClick={(event) => {
              if (!ready()) event.preventDefault();
            }}
          >
            {t('feedback.email')}
          </a>
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (ready()) void copy.copy(feedbackText(message));
            }}
          >
            {t('feedback.copy')}
          </button>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('feedback.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
