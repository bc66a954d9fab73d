/**
 * Logs on a diagnosis step, joined to case work here in the app layer: the
 * log feature answers the question, the case keeps the proof as evidence.
 * Only the disclosure and the page-wide drop target load with the step; the
 * analyzer's code loads when the panel opens or files are dropped.
 */
import { lazy, Suspense, useState } from 'react';
import { appendEvidence } from '../features/case/case-basics';
import { useActiveCase } from '../features/case/active-case';
import { useI18n } from '../i18n/i18n-context';
import type { StepSnapshot } from '../shared/step-extensions';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { useFileDrop } from '../shared/use-file-drop';

const StepLogPanel = lazy(() => import('../features/logs/step-log-panel').then((m) => ({ default: m.StepLogPanel })));

export function StepLogs({ step, answer }: { step: StepSnapshot; answer: (answerId: string) => void }) {
  const { t } = useI18n();
  const active = useActiveCase();
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<readonly File[] | undefined>(undefined);
  // Files dropped anywhere on the step are analyzed for it.
  const { dragging } = useFileDrop((files) => {
    setDropped(files);
    setOpen(true);
  });

  // Only a case of this diagnosis keeps its evidence (as the case panel shows it).
  const keeps = active.record !== undefined && active.record.flowId === step.flowId;
  const onAnswer = (answerId: string, evidence: string) => {
    if (keeps) {
      active.update((record) => ({
        ...record,
        evidence: { ...record.evidence, [step.stepId]: appendEvidence(record.evidence[step.stepId], evidence) },
      }));
    }
    answer(answerId);
  };

  return (
    <section className="mt-8 print:hidden">
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="rounded-md border border-slate-300 p-3 dark:border-slate-600"
      >
        <summary className="cursor-pointer font-semibold">{t('stepLogs.summary')}</summary>
        {open && (
          <ErrorBoundary part="logs">
            <Suspense fallback={<p className="mt-2 text-sm">…</p>}>
              <StepLogPanel step={step} dropped={dropped} onAnswer={onAnswer} recordsEvidence={keeps} />
            </Suspense>
          </ErrorBoundary>
        )}
      </details>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('stepLogs.dropHere')}</p>
        </div>
      )}
    </section>
  );
}
