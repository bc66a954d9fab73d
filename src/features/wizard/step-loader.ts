import { data, type LoaderFunctionArgs, redirect } from 'react-router';
import { content } from '../../content/content';
import { isLocale } from '../../i18n/locales';
import { paths } from '../../shared/paths';
import { locationFor, readStepUrl, type StepUrlState } from './step-url';

/** Validates a step URL against the content; a bad one becomes a 404 with the reason. */
export function stepLoader({ params, request }: LoaderFunctionArgs): StepUrlState {
  const result = readStepUrl(content, params.flowId ?? '', params.stepId ?? '', new URL(request.url).searchParams);
  if (!result.ok) throw data(result.problem, { status: 404 });
  return result.state;
}

/** `/:lang/diagnose/:flowId` opens the flow's first question. */
export function flowStartLoader({ params }: LoaderFunctionArgs): Response {
  const flow = content.flows[params.flowId ?? ''];
  if (!flow || !isLocale(params.lang)) throw data({ kind: 'unknown-flow', flowId: params.flowId ?? '' }, { status: 404 });
  return redirect(paths.step(params.lang, locationFor(content, flow, flow.start, {})));
}
