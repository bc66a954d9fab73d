import { useEffect, useState } from 'react';
import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';

import { type I18n, I18nProvider, useI18n } from '../i18n/i18n-context';
import { loadLocale } from '../i18n/load-locale';
import { paths } from '../shared/paths';
import { useCopy } from '../shared/ui/copy-button';
import { errorReport } from '../shared/ui/error-boundary';
import { type PageProblem, toPageProblem } from './page-problem';
import { Frame } from './app-layout';
import { preferredLocale } from './preferred-locale';

function useProblem(): PageProblem {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) return toPageProblem(error.data);
  return { kind: 'unexpected' };
}

/** An error inside a language: the frame stays, the page explains. */
export function PageError() {
  return <ProblemView problem={useProblem()} />;
}

/**
 * An error before any language could be set up (an unknown language in the
 * URL): shown in the browser's preferred language, with a link to the same
 * page in that language.
 */
export function StandaloneError() {
  const problem = useProblem();
  const [i18n, setI18n] = useState<I18n | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadLocale(preferredLocale()).then(setI18n, () => setFailed(true));
  }, []);
  if (failed) return <p className="p-8">This page cannot be shown. Reload to try again.</p>;
  if (!i18n) return <p className="p-8">…</p>;
  return (
    <I18nProvider value={i18n}>
      <Frame>
        <ProblemView problem={problem} />
      </Frame>
    </I18nProvider>
  );
}

function ProblemView({ problem }: { problem: PageProblem }) {
  const { t, locale, text } = useI18n();
  const location = useLocation();
  const flowText = (flowId: string) => text.flows[flowId];
  const nodeTitle = (flowId: string, nodeId: string) => flowText(flowId)?.nodeTitles[nodeId] ?? nodeId;

  let message: string;
  switch (problem.kind) {
    case 'unknown-language':
      message = t('error.unknownLanguage', { lang: problem.lang });
      break;
    case 'unknown-procedure':
      message = t('error.unknownProcedure', { procedure: problem.procedureId });
      break;
    case 'unknown-code':
      message = t('error.unknownCode', { code: problem.code });
      break;
    case 'unknown-article':
      message = t('error.unknownArticle', { article: problem.articleId });
      break;
    case 'not-found':
      message = t('error.notFound');
      break;
    case 'unknown-flow':
      message = t('error.unknownFlow', { flow: problem.flowId });
      break;
    case 'malformed-query':
      message = t('error.malformedQuery', { param: problem.param });
      break;
    case 'newer-version':
      message = t('error.newerVersion', { version: problem.version });
      break;
    case 'unknown-question':
      message = t('error.unknownQuestion', { question: problem.nodeId });
      break;
    case 'unknown-answer':
      message = t('error.unknownAnswer', { answer: problem.answerId, question: nodeTitle(problem.nearest.flowId, problem.nodeId) });
      break;
    case 'unknown-step':
      message = t('error.unknownStep', { step: problem.stepId });
      break;
    case 'unreachable-step':
      message = t('error.unreachableStep', { step: nodeTitle(problem.nearest.flowId, problem.stepId) });
      break;
    case 'unexpected':
      message = t('error.unexpected');
      break;
  }

  const nearest =
    'nearest' in problem
      ? {
          href: paths.step(locale, problem.nearest),
          label: t('error.nearestStep', { step: nodeTitle(problem.nearest.flowId, problem.nearest.stepId) }),
        }
      : problem.kind === 'unknown-language'
        ? { href: paths.switchLocale(location.pathname, location.search, location.hash, locale), label: t('error.nearest') }
        : undefined;

  return (
    <div role="alert" aria-labelledby="error-title" className="max-w-prose">
      <title>{`${t('error.heading')} · ${t('app.name')}`}</title>
      <h1 id="error-title" className="text-2xl font-bold text-slate-900 dark:text-white">
        {t('error.heading')}
      </h1>
      <p className="mt-3 text-slate-800 dark:text-slate-200">{message}</p>
      {problem.kind === 'unexpected' && <UnexpectedReport />}
      <ul className="mt-6 space-y-2">
        {nearest && (
          <li>
            <Link className="btn btn-primary" to={nearest.href}>
              {nearest.label}
            </Link>
          </li>
        )}
        <li>
          <Link className="link" to={paths.home(locale)}>
            {t('error.home')}
          </Link>
        </li>
      </ul>
    </div>
  );
}

function UnexpectedReport() {
  const { t, locale } = useI18n();
  const { pathname } = useLocation();
  const error = useRouteError();
  const copy = useCopy();
  return (
    <button type="button" className="btn mt-4" onClick={() => void copy.copy(errorReport('page', pathname, locale, error))}>
      {copy.state === 'copied' ? t('step.copied') : t('error.copyReport')}
    </button>
  );
}
