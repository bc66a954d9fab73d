/**
 * What other features add to a procedure's page. The procedure for reading
 * the XSP logs shows the guide's sign-in ladder, drawn from the log
 * analyzer's catalogue, loaded with that page only.
 */
import { lazy, Suspense } from 'react';

const ReferenceLadder = lazy(() => import('../features/logs/reference-ladder'));
const WITH_LADDER = 'analyze-xsp-sign-in-logs';

export function ProcedureExtras({ procedureId }: { procedureId: string }) {
  if (procedureId !== WITH_LADDER) return null;
  return (
    <Suspense fallback={null}>
      <ReferenceLadder />
    </Suspense>
  );
}
