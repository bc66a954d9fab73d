/**
 * Case work joins the diagnosis step through StepExtensions. Its components
 * (and the schema library they validate with) load on demand, so the first
 * page of the app stays small; the active case itself lives in
 * ActiveCaseProvider, which is light.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import type { StepSnapshot } from '../shared/step-extensions';
import type { StepExtensions } from '../shared/step-extensions';
import { EscalationContacts } from '../features/deployment/escalation-contacts';
import { TicketLink } from '../features/deployment/ticket-link';
import { useDeploymentConfig } from '../shared/deployment-config';
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
const CaseValues = onDemand('case values', (m) => m.CaseValues);

/**
 * The feedback feature gets the open case's text from case work, to add only
 * if ticked, and its address from the deployment's config.json.
 */
function StepReport({ step }: { step: StepSnapshot }) {
  const address = useDeploymentConfig()?.feedback?.email;
  return (
    <ErrorBoundary part="report">
      <Suspense fallback={null}>
        <CaseText step={step}>{(caseText) => <ReportProblem step={step} address={address} caseText={caseText} />}</CaseText>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * On an escalation step, the deployment's own contacts come first, with its
 * ticket link; the link gets the open case's values from case work.
 */
function StepEscalation({ step }: { step: StepSnapshot }) {
  const config = useDeploymentConfig();
  if (config === undefined) return null;
  const ticket = config.ticket;
  return (
    <ErrorBoundary part="own contacts">
      <EscalationContacts
        config={config}
        ticket={
          ticket === undefined ? undefined : (
            <CaseValues step={step}>
              {(caseValues) => <TicketLink step={step} template={ticket.url} label={ticket.label} caseValues={caseValues} />}
            </CaseValues>
          )
        }
      />
    </ErrorBoundary>
  );
}

export const caseExtensions: StepExtensions = {
  Panel: onDemand('case panel', (m) => m.CasePanel),
  Evidence: onDemand('case evidence', (m) => m.Evidence),
  PrintHeader: onDemand('case print header', (m) => m.PrintHeader),
  BeforeEscalation: onDemand('case checklist', (m) => m.BeforeEscalation),
  Escalation: StepEscalation,
  Share: onDemand('share', (m) => m.Share),
  PathNote: onDemand('case note', (m) => m.PathNote),
  Report: StepReport,
  Logs: StepLogs,
};
