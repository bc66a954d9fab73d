/**
 * The diagnosis step, with case work and logs joined to it. Its own chunk:
 * the state machine library and the wizard load with the first step shown,
 * in parallel with the step's loader, and stay out of every other page.
 */
import { ActiveCaseProvider } from '../features/case/active-case';
import { StepPage } from '../features/wizard/step-page';

export { flowStartLoader, stepLoader } from '../features/wizard/step-loader';
import { StepExtensionsProvider } from '../shared/step-extensions';
import { caseExtensions } from './case-work';

export function StepRoute() {
  return (
    <ActiveCaseProvider>
      <StepExtensionsProvider value={caseExtensions}>
        <StepPage />
      </StepExtensionsProvider>
    </ActiveCaseProvider>
  );
}
