import { data, Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { content } from '../../content/content';
import { nodesWithCode } from '../../content/graph-paths';
import type { ErrorCode } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import { targetHref } from '../../shared/target-href';
import { ProcedureBlock } from '../../shared/ui/procedure-block';
import { RichText } from '../../shared/ui/rich-text';
import { SectionHeading } from '../../shared/ui/section-heading';
import { LinksAndSources } from '../../shared/ui/links-and-sources';

export function codeLoader({ params }: LoaderFunctionArgs): ErrorCode {
  const code = content.codes.find((c) => c.code === params.code);
  if (!code) throw data({ kind: 'unknown-code', code: params.code ?? '' }, { status: 404 });
  return code;
}

/** One error code: what it means, what to do, and the steps that deal with it. */
export function CodePage() {
  const code = useLoaderData<ErrorCode>();
  const { t, text, locale } = useI18n();
  const codeText = text.codes[code.code];
  const related = nodesWithCode(content.flows, code.code);
  return (
    <article aria-labelledby="code-title">
      <title>{`${t('code.heading', { code: code.code })} · ${t('app.name')}`}</title>
      <p className="text-sm font-medium text-blue-800 dark:text-blue-300">
        <Link className="link" to={paths.codes(locale)}>
          {t(`code.family.${code.family}`)}
        </Link>
      </p>
      <h1 id="code-title" className="mt-2 text-2xl font-bold text-slate-900 dark:text-white">
        {t('code.heading', { code: code.code })}
      </h1>
      <section aria-labelledby="meaning-heading">
        <SectionHeading id="meaning-heading">{t('codes.col.meaning')}</SectionHeading>
        <RichText text={codeText?.meaning ?? ''} className="mt-2 text-slate-800 dark:text-slate-200" />
      </section>
      {codeText?.action !== undefined && (
        <section aria-labelledby="action-heading">
          <SectionHeading id="action-heading">{t('codes.col.action')}</SectionHeading>
          <RichText text={codeText.action} className="mt-2 text-slate-800 dark:text-slate-200" />
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <SectionHeading id="related-heading">{t('code.related')}</SectionHeading>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {related.map(([flowId, nodeId]) => {
              const href = targetHref(locale, `flow:${flowId}/${nodeId}`);
              const flowText = text.flows[flowId];
              if (!href || !flowText) return null;
              return (
                <li key={`${flowId}/${nodeId}`}>
                  <Link className="link" to={href}>
                    {flowText.title}: {flowText.nodeTitles[nodeId]}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {code.procedures.map((id) => (
        <ProcedureBlock key={id} procedureId={id} />
      ))}
      <LinksAndSources links={code.links} sources={code.sources} />
    </article>
  );
}
