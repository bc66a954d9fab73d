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
 */
export function PathPanel({
  flow,
  detail,
  stepId,
  answers,
  send,
}: {
  flow: Flow;
  detail: FlowDetail;
  stepId: string;
  answers: Answers;
  send: (event: WizardEvent) => void;
}) {
  const { t } = useI18n();
  const { PathNote } = useStepExtensions();
  const path = derivePath(flow, answers);
  const currentIndex = path.findIndex((step) => step.node.id === stepId);
  const answered = path.filter((step) => step.answerId !== undefined);
  const ahead = path.slice(currentIndex + 1).filter((step) => step.answerId !== undefined).length;
  return (
    <aside aria-labelledby="path-heading" className="path-panel rounded-lg border border-slate-200 p-4 lg:self-start dark:border-slate-700">
      <h2 id="path-heading" className="text-base font-semibold">
        {t('path.heading')}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">({t('path.answerCount', { count: answered.length })})</span>
      </h2>
      {flow.origin && <OriginPart origin={flow.origin} />}
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
                <span className="mt-0.5 block text-slate-700 dark:text-slate-300">
                  → {answerLabel(step.node, step.answerId, nodeText, t)}
                </span>
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
            <span className="mt-0.5 block text-slate-700 dark:text-slate-300">
              → {answerLabel(step.node, step.answerId ?? '', detail?.nodes[step.node.id], t)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
