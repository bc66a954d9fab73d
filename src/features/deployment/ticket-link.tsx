import { OptInCheckbox } from '../../shared/ui/opt-in-checkbox';
import { useId, useRef, useState } from 'react';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import type { StepSnapshot } from '../../shared/step-extensions';
import { casePlaceholders, fillTicketTemplate, type TicketValues } from '../../shared/ticket-template';

/**
 * Opens a ticket in the deployment's own system, only when the engineer
 * asks: the dialog shows the finished address first, and the case's
 * details (personal data) go into it only once the engineer ticks them.
 */
export function TicketLink({
  step,
  template,
  label,
  caseValues,
}: {
  step: StepSnapshot;
  /** The config's URL template, already checked by its schema. */
  template: string;
  label?: string | undefined;
  /** The open case of this diagnosis, if any; never used unticked. */
  caseValues?: TicketValues | undefined;
}) {
  const { t, text, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [withCase, setWithCase] = useState(false);
  const [open, setOpen] = useState(false);
  const system = label ?? t('deployment.ticketDefault');
  const takesCase = casePlaceholders(template).length > 0;
  const url = open
    ? fillTicketTemplate(
        template,
        {
          ...(withCase ? caseValues : undefined),
          flow: step.flowId,
          flowTitle: text.flows[step.flowId]?.title ?? step.flowId,
          step: step.stepId,
          stepTitle: text.flows[step.flowId]?.nodeTitles[step.stepId] ?? step.stepId,
          link: `${window.location.origin}${paths.step(locale, step.location)}`,
          locale,
          contentVersion: String(content.version),
        },
        withCase && caseValues !== undefined,
      )
    : undefined;

  return (
    <div className="mt-3 print:hidden">
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('deployment.ticketOpen', { system })}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="share-dialog" onClose={() => setOpen(false)}>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t('deployment.ticketTitle', { system })}
        </h2>
        <p className="mt-2 text-sm">{t('deployment.ticketIntro')}</p>
        {takesCase &&
          (caseValues === undefined ? (
            <p className="mt-3 text-sm">{t('deployment.ticketNoCase')}</p>
          ) : (
            <OptInCheckbox
              id={`${id}-case`}
              checked={withCase}
              onChange={setWithCase}
              label={t('deployment.ticketAddCase')}
              warning={t('deployment.ticketAddCaseWarning')}
            />
          ))}
        <label htmlFor={`${id}-url`} className="mt-3 block text-sm font-medium">
          {t('deployment.ticketAddress')}
        </label>
        <textarea id={`${id}-url`} readOnly rows={4} value={url ?? ''} className="share-link" />
        <div className="mt-3 flex flex-wrap gap-2">
          {url !== undefined && (
            <a className="btn btn-primary" href={url} target="_blank" rel="noopener noreferrer" onClick={() => dialog.current?.close()}>
              {t('deployment.ticketGo', { system })}
            </a>
          )}
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('deployment.ticketClose')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
