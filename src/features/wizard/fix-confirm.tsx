/**
 * What a fix and an escalation show of the diagnosis around them: the fix
 * asks "Did this fix it?" and names the other possible causes of its
 * symptom; the escalation lists the fixes already tried without success.
 */
import type { Flow, FlowDetail, FlowNode } from '../../content/types';
import { FIXED, NOT_FIXED, otherCauses, triedFixes } from '../../content/fix-outcome';
import { useI18n } from '../../i18n/i18n-context';
import { SectionHeading } from '../../shared/ui/section-heading';
import { type Answers, derivePath } from './answer-path';
import type { WizardEvent } from './wizard-machine';

/** "Did this fix it?", right under the fix's own words: `intro` says what to do before answering. */
export function FixConfirm({
  node,
  answers,
  intro,
  send,
  containerRef,
}: {
  node: FlowNode;
  answers: Answers;
  intro: string;
  send: (event: WizardEvent) => void;
  /** Where "Back to the answers" returns to. */
  containerRef?: React.Ref<HTMLElement>;
}) {
  const { t } = useI18n();
  const recorded = answers[node.id];
  return (
    <section ref={containerRef} aria-labelledby="confirm-heading" className="break-inside-avoid">
      <h2 id="confirm-heading" className="mt-6 text-lg font-semibold text-slate-900 dark:text-slate-100">
        {t('fix.question')}
      </h2>
      <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{intro}</p>
      <ul className="mt-3 space-y-2">
        {[FIXED, NOT_FIXED].map((answerId) => (
          <li key={answerId}>
            <button
              type="button"
              className="answer confirm"
              aria-pressed={recorded === answerId}
              onClick={() => send({ type: 'answer.select', answerId })}
            >
              <span className="print-box" aria-hidden="true" />
              <span className="block">{t(answerId === FIXED ? 'fix.yes' : 'fix.no')}</span>
            </button>
          </li>
        ))}
      </ul>
      {recorded === FIXED && (
        <p role="status" className="end-resolution mt-4 rounded-md p-3">
          {t('fix.resolved')}
        </p>
      )}
    </section>
  );
}

/** The other possible causes of the fix's symptom, in the guide's order: where "No" leads. */
export function OtherCauses({ flow, node, detail, answers }: { flow: Flow; node: FlowNode; detail: FlowDetail; answers: Answers }) {
  const { t } = useI18n();
  const others = otherCauses(flow, pathUpTo(flow, answers, node.id), answers);
  return (
    <>
      {others.length > 0 && (
        <section aria-labelledby="other-causes-heading" className="break-inside-avoid">
          <SectionHeading id="other-causes-heading">{t('fix.otherCauses')}</SectionHeading>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t('fix.otherCausesIntro')}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {others.map((cause) => (
              <li key={cause.id}>
                {detail.nodes[cause.id]?.title ?? cause.id}
                {(cause.status !== 'open' || cause.ticked) && (
                  <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">
                    ({t(cause.status === 'tried' ? 'fix.tried' : cause.status === 'ruled-out' ? 'fix.ruledOut' : 'fix.ticked')})
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** On an escalation: the fixes the engineer already tried, so the case says so. */
export function TriedFixes({ flow, detail, answers }: { flow: Flow; detail: FlowDetail; answers: Answers }) {
  const { t } = useI18n();
  const tried = triedFixes(
    flow,
    answers,
    derivePath(flow, answers).map((step) => step.node.id),
  );
  if (tried.length === 0) return null;
  return (
    <section aria-labelledby="tried-heading" className="break-inside-avoid">
      <SectionHeading id="tried-heading">{t('fix.triedHeading')}</SectionHeading>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {tried.map((id) => (
          <li key={id}>{detail.nodes[id]?.title ?? id}</li>
        ))}
      </ul>
    </section>
  );
}

/** The node ids of the path from the start up to and including `nodeId`. */
function pathUpTo(flow: Flow, answers: Answers, nodeId: string): string[] {
  const ids = derivePath(flow, answers).map((step) => step.node.id);
  const index = ids.indexOf(nodeId);
  return index < 0 ? ids : ids.slice(0, index + 1);
}
