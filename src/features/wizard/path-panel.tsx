import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { handOverNode } from '../../content/handover';
import type { Flow, FlowDetail, HandOverOrigin } from '../../content/types';
import { paths } from '../../shared/paths';
import { useStepExtensions } from '../../shared/step-extensions';
import { useI18n } from '../../i18n/i18n-context';
import { answerLabel } from '../../shared/answer-label';
import { type Answers, derivePath } from './answer-path';
import type { WizardEvent } from './wizard-machine';

/**
 * The breadcrumb of answers: every question on the path with the answer
 * given. Any of them can be reopened to change the answer; answers after the
 * current step stay in place (and in the URL) until a different branch is taken.
 * An answer nobody gave (filled in to open a step directly) is marked as
 * assumed, in words, until the engineer confirms or changes it.
 */
export function PathPanel({
  flow,
  detail,
  stepId,
  answers,
  assumed,
  send,
}: {
  flow: Flow;
  detail: FlowDetail;
  stepId: string;
  answers: Answers;
  assumed: readonly string[];
  send: (event: WizardEvent) => void;
}) {
  const { t } = useI18n();
  const { PathNote } = useStepExtensions();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmed, setConfirmed] = useState('');
  const path = derivePath(flow, answers);
  const currentIndex = path.findIndex((step) => step.node.id === stepId);
  const answered = path.filter((step) => step.answerId !== undefined);
  const ahead = path.slice(currentIndex + 1).filter((step) => step.answerId !== undefined).length;
  // The button pressed goes away with its mark: focus moves to the heading, and the change is announced.
  const confirm = (nodeId: string | undefined, said: string) => {
    send(nodeId === undefined ? { type: 'answer.confirm' } : { type: 'answer.confirm', nodeId });
    setConfirmed(said);
    heading.current?.focus();
  };
  return (
    <aside aria-labelledby="path-heading" className="path-panel rounded-lg border border-slate-200 p-4 lg:self-start dark:border-slate-700">
      <h2 id="path-heading" ref={heading} tabIndex={-1} className="text-base font-semibold outline-none">
        {t('path.heading')}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">({t('path.answerCount', { count: answered.length })})</span>
      </h2>
      {flow.origin && <OriginPart origin={flow.origin} />}
      {assumed.length > 0 && (
        <div className="assumed-intro mt-3 text-sm">
          <p>{t('path.assumedIntro', { count: assumed.length })}</p>
          {assumed.length > 1 && (
            <button type="button" className="btn mt-2 print:hidden" onClick={() => confirm(undefined, t('path.confirmedAll'))}>
              {t('path.confirmAll')}
            </button>
          )}
        </div>
      )}
      <p aria-live="polite" className="sr-only">
        {confirmed}
      </p>
      {answered.length === 0 && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t('path.empty')}</p>}
      <ol className="mt-3 space-y-3 text-sm">
        {path.map((step, index) => {
          const nodeText = detail.nodes[step.node.id];
          const isCurrent = step.node.id === stepId;
          const isAhead = index > currentIndex;
          const question = nodeText?.title ?? step.node.id;
          return (
            <li
              key={step.node.id}
              aria-current={isCurrent ? 'step' : undefined}
              className={`path-step ${isCurrent ? 'is-current' : ''} ${isAhead ? 'is-ahead' : ''}`}
            >
              {isCurrent ? (
                <span className="font-semibold">
                  {question} <span className="sr-only">({t('path.current')})</span>
                </span>
              ) : (
                <button
                  type="button"
                  className="link text-left"
                  aria-label={t('path.change', { question })}
                  onClick={() => send({ type: 'step.goto', nodeId: step.node.id })}
                >
                  {question}
                </button>
              )}
              {step.answerId !== undefined && (
                <PathAnswer
                  answer={answerLabel(step.node, step.answerId, nodeText, t)}
                  question={question}
                  assumed={assumed.includes(step.node.id)}
                  onConfirm={() => confirm(step.node.id, t('path.confirmedOne', { question }))}
                />
              )}
              {PathNote && <PathNote nodeId={step.node.id} />}
            </li>
          );
        })}
      </ol>
      {ahead > 0 && <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{t('path.ahead', { count: ahead })}</p>}
    </aside>
  );
}

/** One answer of the path; an assumed one says so in words (on screen, in print, to screen readers), with its "Confirm". */
function PathAnswer({
  answer,
  question,
  assumed,
  onConfirm,
}: {
  answer: string;
  question: string;
  assumed: boolean;
  onConfirm?: () => void;
}) {
  const { t } = useI18n();
  if (!assumed) return <span className="path-answer mt-0.5 block text-slate-700 dark:text-slate-300">→ {answer}</span>;
  return (
    <span className="path-answer is-assumed mt-0.5 block">
      → <span className="assumed-answer">{answer}</span> <span className="assumed-mark">{t('path.assumed')}</span>
      {onConfirm && (
        <button
          type="button"
          className="btn-quiet ml-1 text-xs print:hidden"
          aria-label={t('path.confirmLabel', { answer, question })}
          onClick={onConfirm}
        >
          {t('path.confirm')}
        </button>
      )}
    </span>
  );
}

/** The part of the path in the diagnosis that handed over to this one, with a way back to its step. */
function OriginPart({ origin }: { origin: HandOverOrigin }) {
  const { t, text, locale } = useI18n();
  const flow = content.flows[origin.flowId];
  if (!flow) return null;
  const title = text.flows[origin.flowId]?.title ?? origin.flowId;
  const detail = text.flowDetails[origin.flowId];
  const steps = derivePath(flow, Object.fromEntries(origin.answers)).filter((step) => step.answerId !== undefined);
  const href = paths.step(locale, {
    flowId: origin.flowId,
    stepId: handOverNode(origin),
    answers: origin.answers,
    assumed: origin.assumed,
    version: content.version,
  });
  return (
    <div className="path-origin mt-3 border-b border-slate-200 pb-3 dark:border-slate-700">
      <p className="text-sm font-semibold">
        <Link className="link" to={href}>
          {t('handover.from', { title })}
        </Link>
      </p>
      <ol className="mt-2 space-y-2 text-sm">
        {steps.map((step) => (
          <li key={step.node.id} className="path-step">
            <span className="block">{text.flows[origin.flowId]?.nodeTitles[step.node.id] ?? step.node.id}</span>
            {/* Confirmed, if at all, back in that diagnosis: its link below leads there. */}
            <PathAnswer
              answer={answerLabel(step.node, step.answerId ?? '', detail?.nodes[step.node.id], t)}
              question={text.flows[origin.flowId]?.nodeTitles[step.node.id] ?? step.node.id}
              assumed={origin.assumed?.includes(step.node.id) ?? false}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
