import { useI18n } from '../../i18n/i18n-context';
import type { StepUrlState } from './step-url';

/**
 * Shown when a link was made for an older content version: which version it
 * was, and each answer of the old link that no longer exists, by question.
 */
export function MigrationNotice({ state }: { state: StepUrlState }) {
  const { t, text } = useI18n();
  if (state.migratedFrom === undefined) return null;
  const flowText = text.flows[state.flow.id];
  return (
    <div
      role="status"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{t('notice.migrated', { from: state.migratedFrom, to: state.location.version })}</p>
      {state.dropped.map(({ nodeId, answerId }) => {
        const question = flowText?.nodeTitles[nodeId];
        return (
          <p key={nodeId} className="mt-1">
            {question === undefined
              ? t('notice.droppedUnknown', { answer: answerId })
              : t('notice.dropped', { answer: answerId, question })}
          </p>
        );
      })}
    </div>
  );
}
