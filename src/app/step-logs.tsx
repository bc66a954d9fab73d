/**
 * Logs on a diagnosis step, joined to case work here in the app layer: the
 * log feature answers the question, the case keeps the proof as evidence.
 * Only the disclosure and the page-wide drop target load with the step; the
 * analyzer's code loads when the panel opens or files are dropped.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { appendEvidence } from '../features/case/case-basics';
import { useActiveCase } from '../features/case/active-case';
import { useI18n } from '../i18n/i18n-context';
import type { StepSnapshot } from '../shared/step-extensions';
import { ErrorBoundary } from '../shared/ui/error-boundary';

const StepLogPanel = lazy(() => import('../features/logs/step-log-panel').then((m) => ({ default: m.StepLogPanel })));

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function StepLogs({ step, answer }: { step: StepSnapshot; answer: (answerId: string) => void }) {
  const { t } = useI18n();
  const active = useActiveCase();
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<readonly File[] | undefined>(undefined);
  const [dragging, setDragging] = useState(false);

  // Files dropped anywhere on the step are analyzed for it, instead of the
  // browser leaving the page to show them (and losing the diagnosis).
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      setDropped(files);
      setOpen(true);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

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
