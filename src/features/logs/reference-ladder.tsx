/**
 * The guide's XSP sign-in ladder as the reference sequence, for the
 * procedure that reads the XSP logs. Loaded on that page only, with the
 * analyzer's catalogue (lazy: the first page stays small).
 */
import { useI18n } from '../../i18n/i18n-context';
import { SectionHeading } from '../../shared/ui/section-heading';
import { LadderDiagram } from './ladder-diagram';
import { useLogCatalogue } from './use-log-analysis';

const asIs = (text: string) => text;

export default function ReferenceLadder() {
  const { t, locale } = useI18n();
  const loaded = useLogCatalogue(locale);
  if (!loaded) return null;
  const { steps, lanes } = loaded.catalogue.signIn;
  return (
    <section aria-labelledby="ladder-heading" className="break-inside-avoid">
      <SectionHeading id="ladder-heading">{t('ladder.heading')}</SectionHeading>
      <p className="mt-2 text-slate-800 dark:text-slate-200">{t('ladder.referenceIntro')}</p>
      <LadderDiagram ladder={steps} lanes={lanes} texts={loaded.text} show={asIs} />
      <ol className="mt-2 space-y-1 text-sm">
        {steps.map((step) => (
          <li key={step.id}>
            <span className="font-mono">{step.number}</span> {loaded.text.signIn.steps[step.id]?.name ?? step.id}
          </li>
        ))}
      </ol>
    </section>
  );
}
