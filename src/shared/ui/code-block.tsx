import { useI18n } from '../../i18n/i18n-context';
import { CopyButton } from './copy-button';
import { VerbatimText } from './verbatim-text';

/** A command, CLI path or identifier, shown verbatim with a copy button. */
export function CodeBlock({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <div className="mt-2 flex items-start gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-900">
      <code className="min-w-0 flex-1 font-mono text-sm whitespace-pre-wrap">
        <VerbatimText text={code} />
      </code>
      <CopyButton text={code} label={t('step.copy')} copiedLabel={t('step.copied')} />
    </div>
  );
}
