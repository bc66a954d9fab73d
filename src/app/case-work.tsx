/**
 * Case work joins the diagnosis step through StepExtensions. Its components
 * (and the schema library they validate with) load on demand, so the first
 * page of the app stays small; the active case itself lives in
 * ActiveCaseProvider, which is light.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import type { StepExtensions } from '../shared/step-extensions';

type CaseModule = typeof import('../features/case/case-extensions');

const load = () => import('../features/case/case-extensions');

function onDemand<P extends object>(pick: (module: CaseModule) => ComponentType<P>): ComponentType<P> {
  const Part = lazy(() => load().then((module) => ({ default: pick(module) })));
  function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

export const caseExtensions: StepExtensions = {
  Panel: onDemand((m) => m.CasePanel),
  Evidence: onDemand((m) => m.Evidence),
  PrintHeader: onDemand((m) => m.PrintHeader),
  BeforeEscalation: onDemand((m) => m.BeforeEscalation),
  Share: onDemand((m) => m.Share),
  PathNote: onDemand((m) => m.PathNote),
};
