import { Link } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../paths';
import { Checklist } from './checklist';
import { RichText } from './rich-text';

/** A reusable procedure embedded in a step, with a link to its own page. */
export function ProcedureBlock({
  procedureId,
  ticked,
  onToggle,
}: {
  procedureId: string;
  ticked?: readonly string[] | undefined;
  onToggle?: ((stepId: string) => void) | undefined;
}) {
  const { t, text, locale } = useI18n();
  const procedure = content.procedures[procedureId];
  const procedureText = text.procedures[procedureId];
  if (!procedure || !procedureText) return null;
  const headingId = `procedure-${procedureId}`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-lg border border-slate-200 p-4 break-inside-avoid dark:border-slate-700">
      <h2 id={headingId} className="text-base font-semibold">
        {t('step.procedure', { title: procedureText.title })}
      </h2>
      <RichText text={procedureText.body} className="mt-1 text-slate-700 dark:text-slate-300" />
      <Checklist steps={procedure.steps} text={procedureText.steps} ticked={ticked} onToggle={onToggle} />
      <p className="mt-3 text-sm print:hidden">
        <Link className="link" to={paths.procedure(locale, procedureId)}>
          {t('step.openProcedure')}
        </Link>
      </p>
    </section>
  );
}
