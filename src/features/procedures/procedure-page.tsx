import type { ComponentType } from 'react';
import { data, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { content } from '../../content/content';
import type { Procedure } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { Checklist } from '../../shared/ui/checklist';
import { RichText } from '../../shared/ui/rich-text';
import { SectionHeading } from '../../shared/ui/section-heading';
import { LinksAndSources } from '../../shared/ui/links-and-sources';

export function procedureLoader({ params }: LoaderFunctionArgs): Procedure {
  const procedure = content.procedures[params.procedureId ?? ''];
  if (!procedure) throw data({ kind: 'unknown-procedure', procedureId: params.procedureId ?? '' }, { status: 404 });
  return procedure;
}

/**
 * A reusable procedure on a page of its own, printable as a checklist.
 * `After` is what another feature adds under the steps (the app layer
 * passes it: features never import each other).
 */
export function ProcedurePage({ After }: { After?: ComponentType<{ procedureId: string }> | undefined }) {
  const procedure = useLoaderData<Procedure>();
  const { t, text } = useI18n();
  const procedureText = text.procedures[procedure.id];
  if (!procedureText) return null;
  return (
    <article aria-labelledby="procedure-title">
      <title>{`${procedureText.title} · ${t('app.name')}`}</title>
      <p className="text-sm font-medium text-blue-800 dark:text-blue-300">{t('procedure.heading')}</p>
      <h1 id="procedure-title" className="mt-2 text-2xl font-bold text-slate-900 dark:text-white">
        {procedureText.title}
      </h1>
      <RichText text={procedureText.body} className="mt-3 text-slate-800 dark:text-slate-200" />
      <section aria-labelledby="steps-heading">
        <SectionHeading id="steps-heading">{t('step.steps')}</SectionHeading>
        <Checklist steps={procedure.steps} text={procedureText.steps} />
      </section>
      {After && <After procedureId={procedure.id} />}
      <div className="mt-6 print:hidden">
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('step.print')}
        </button>
      </div>
      <LinksAndSources links={procedure.links} sources={procedure.sources} />
    </article>
  );
}
