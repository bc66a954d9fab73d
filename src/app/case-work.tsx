/**
 * Case work joins the diagnosis step through StepExtensions. Its components
 * (and the schema library they validate with) load on demand, so the first
 * page of the app stays small; the active case itself lives in
 * ActiveCaseProvider, which is light.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import type { StepSnapshot } from '../shared/step-extensions';
import type { StepExtensions } from '../shared/step-extensions';
import { ErrorBoundary } from '../shared/ui/error-boundary';
import { StepLogs } from './step-logs';

type CaseModule = typeof import('../features/case/case-extensions');

const load = () => import('../features/case/case-extensions');

function onDemand<P extends object>(part: string, pick: (module: CaseModule) => ComponentType<P>): ComponentType<P> {
  const Part = lazy(() => load().then((module) => ({ default: pick(module) })));
  function OnDemand(props: P) {
    return (
      <ErrorBoundary part={part}>
        <Suspense fallback={null}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return OnDemand;
}

const ReportProblem = lazy(() => import('../features/feedback/report-problem').then((m) => ({ default: m.ReportProblem })));
const CaseText = onDemand('case text', (m) => m.CaseText);

/** The feedback feature gets the open case's text from case work, to add only if ticked. */
function StepReport({ step }: { step: StepSnapshot }) {
  return (
    <ErrorBoundary part="report">
      <Suspense fallback={null}>
        <CaseText step={step}>{(caseText) => <ReportProblem step={step} caseText={caseText} />}</CaseText>
      </Suspense>
    </ErrorBoundary>
  );
}

export const caseExtensions: StepExtensions = {
  Panel: onDemand('case panel', (m) => m.CasePanel),
  Evidence: onDemand('case evidence', (m) => m.Evidence),
  PrintHeader: onDemand('case print header', (m) => m.PrintHeader),
  BeforeEscalation: onDemand('case checklist', (m) => m.BeforeEscalation),
  Share: onDemand('share', (m) => m.Share),
  PathNote: onDemand('case note', (m) => m.PathNote),
  Report: StepReport,
  Logs: StepLogs,
};
