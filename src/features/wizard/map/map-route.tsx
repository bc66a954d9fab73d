/**
 * The map of a diagnosis, seen from a step ("Where am I?"): the drawing laid
 * out at build time, with the path taken and the current step highlighted,
 * and the same tree as a list for keyboard and screen-reader users. Its own
 * route chunk: neither the drawing code nor a map's data is part of any
 * other page.
 */
import { useMemo } from 'react';
import { data, Link, type LoaderFunctionArgs, useLoaderData } from 'react-router';
import maps from 'virtual:content/maps';
import { content } from '../../../content/content';
import type { FlowMap } from '../../../content/types';
import { useI18n } from '../../../i18n/i18n-context';
import { paths } from '../../../shared/paths';
import { readStepUrl, type StepUrlState } from '../step-url';
import { FlowMapView } from './flow-map-view';
import { takenPath } from './map-links';
import { MapOutline } from './map-outline';

interface MapData {
  readonly state: StepUrlState;
  readonly map: FlowMap;
}

/** Reads the step's URL as the step page does (a bad one is a 404 with the reason), then fetches the diagnosis's map. */
export async function mapLoader({ params, request }: LoaderFunctionArgs): Promise<MapData> {
  const result = readStepUrl(content, params.flowId ?? '', params.stepId ?? '', new URL(request.url).searchParams);
  if (!result.ok) throw data(result.problem, { status: 404 });
  const byFlow = Object.hasOwn(maps, params.lang ?? '') ? maps[params.lang ?? ''] : undefined;
  const load = byFlow && Object.hasOwn(byFlow, result.state.flow.id) ? byFlow[result.state.flow.id] : undefined;
  if (!load) throw data({ kind: 'unknown-flow', flowId: result.state.flow.id }, { status: 404 });
  const map = (await load()).default;
  return { state: result.state, map };
}

export function MapPage() {
  const { state, map } = useLoaderData<MapData>();
  const { t, text, locale } = useI18n();
  const { flow, answers, ticks, stepId } = state;
  const taken = useMemo(() => takenPath(flow, answers, stepId), [flow, answers, stepId]);
  const flowText = text.flows[flow.id];
  if (!flowText) return null;
  const title = flowText.title;
  const here = flowText.nodeTitles[stepId] ?? stepId;
  return (
    <article aria-labelledby="map-title" className="min-w-0">
      <title>{`${t('map.heading', { title })} · ${t('app.name')}`}</title>
      <h1 id="map-title" className="text-2xl font-bold text-slate-900 dark:text-white">
        {t('map.heading', { title })}
      </h1>
      <p className="mt-2 text-slate-800 dark:text-slate-200">{t('map.intro')}</p>
      <p className="mt-2 font-semibold text-slate-900 dark:text-slate-100">{t('map.youAreAt', { step: here })}</p>
      <div className="mt-4 flex flex-wrap gap-2 print:hidden">
        <Link className="btn" to={paths.step(locale, state.location)}>
          {t('map.backToStep')}
        </Link>
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('map.print')}
        </button>
      </div>
      <MapLegend />
      <FlowMapView map={map} state={state} taken={taken} />
      <MapOutline map={map} flow={flow} answers={answers} ticks={ticks} taken={taken} />
    </article>
  );
}

function MapLegend() {
  const { t } = useI18n();
  const kinds = [
    ['question', t('kind.question')],
    ['procedure', t('kind.procedure')],
    ['resolution', t('kind.resolution')],
    ['escalation', t('kind.escalation')],
    ['handover', t('map.handover')],
  ] as const;
  return (
    <section aria-labelledby="map-legend-heading" className="map-legend mt-6">
      <h2 id="map-legend-heading" className="text-base font-semibold">
        {t('map.legend')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {kinds.map(([kind, label]) => (
          <li key={kind} className="flex items-center gap-2">
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className={`map-node map-${kind}`}>
              <rect x="1" y="1" width="26" height="14" rx="3" className="map-node-box" />
            </svg>
            {label}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="map-node is-current">
            <rect x="2" y="2" width="24" height="12" rx="3" className="map-node-box" />
          </svg>
          {t('map.here')}
        </li>
        {(
          [
            ['on-path', t('map.legendPath')],
            ['map-edge-not-fixed', t('map.legendNotFixed')],
          ] as const
        ).map(([kind, label]) => (
          <li key={kind} className="flex items-center gap-2">
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className={`map-edge ${kind}`}>
              <path d="M1 8H27" className="map-edge-line" />
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
