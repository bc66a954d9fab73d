import { data, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import { content } from '../../content/content';
import type { Article } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { ProcedureBlock } from '../../shared/ui/procedure-block';
import { RichText } from '../../shared/ui/rich-text';
import { LinksAndSources } from '../../shared/ui/links-and-sources';

export function articleLoader({ params }: LoaderFunctionArgs): Article {
  const article = content.articles.find((a) => a.id === params.articleId);
  if (!article) throw data({ kind: 'unknown-article', articleId: params.articleId ?? '' }, { status: 404 });
  return article;
}

/** A reference page of the guide: contacts, known issues, the connector, about. */
export function ArticlePage() {
  const article = useLoaderData<Article>();
  const { t, text } = useI18n();
  const articleText = text.articles[article.id];
  if (!articleText) return null;
  return (
    <article aria-labelledby="article-title">
      <title>{`${articleText.title} · ${t('app.name')}`}</title>
      <h1 id="article-title" className="text-2xl font-bold text-slate-900 dark:text-white">
        {articleText.title}
      </h1>
      <div className="mt-3 max-w-prose space-y-3 text-slate-800 dark:text-slate-200">
        <RichText text={articleText.body} />
      </div>
      {article.procedures.map((id) => (
        <ProcedureBlock key={id} procedureId={id} />
      ))}
      <LinksAndSources links={article.links} sources={article.sources} />
    </article>
  );
}
