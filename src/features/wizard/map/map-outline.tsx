/**
 * The map as nested lists, for the keyboard and screen readers (and for the
 * printout, where a large drawing gets small): the same steps and edges as
 * the drawing. Each step is listed once, under the first answer that leads
 * to it; a later answer that leads there links back to it. Each step's
 * title opens the step, as its node on the drawing does.
 */
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { content } from '../../../content/content';
import type { Flow, FlowMap, FlowMapEdge, FlowMapNode } from '../../../content/types';
import { useI18n } from '../../../i18n/i18n-context';
import { paths } from '../../../shared/paths';
import type { Answers } from '../answer-path';
import type { Ticks } from '../step-url';
import { MAP_KIND_LABEL } from './flow-map-view';
import { edgeKey, handoverLocation, stepLocation, type TakenPath } from './map-links';

export function MapOutline({
  map,
  flow,
  answers,
  ticks,
  taken,
}: {
  map: FlowMap;
  flow: Flow;
  answers: Answers;
  ticks: Ticks;
  taken: TakenPath;
}) {
  const { t, text, locale } = useI18n();
  const nodes = new Map(map.nodes.map((node) => [node.id, node]));
  const onPath = new Set(taken.nodes);
  const detail = text.flowDetails[flow.id];
  const titles = text.flows[flow.id]?.nodeTitles ?? {};
  const shown = new Set<string>();
  const start = content.flows[flow.id]?.start ?? flow.start;

  const stepHref = (id: string) => paths.step(locale, stepLocation(content, flow, answers, ticks, id));
  const title = (id: string) => titles[id] ?? id;

  const answerText = (edge: FlowMapEdge) => detail?.nodes[edge.from]?.answers[edge.answer] ?? edge.answer;

  const stepLink = (node: FlowMapNode): ReactNode => {
    const isCurrent = node.id === taken.current;
    return (
      <>
        <span className="map-outline-kind">{t(MAP_KIND_LABEL[node.kind])}: </span>
        <Link
          className={`link${onPath.has(node.id) ? ' font-semibold' : ''}`}
          to={stepHref(node.id)}
          aria-current={isCurrent ? 'step' : undefined}
          data-node={node.id}
        >
          {title(node.id)}
        </Link>
        {isCurrent ? (
          <>
            {' '}
            <span className="map-outline-here">{t('map.here')}</span>
          </>
        ) : (
          onPath.has(node.id) && <span className="sr-only"> ({t('map.onPath')})</span>
        )}
      </>
    );
  };

  // A reference to a step listed elsewhere: to its place in the list, and to the step itself.
  const reference = (id: string): ReactNode => (
    <>
      <Link className="link" to={stepHref(id)} data-node={id}>
        {title(id)}
      </Link>{' '}
      (
      <a className="link" href={`#outline-${id}`}>
        {t('map.seeAbove')}
      </a>
      )
    </>
  );

  const item = (id: string): ReactNode => {
    const node = nodes.get(id);
    if (!node) return null;
    shown.add(id);
    const out = map.edges.filter((edge) => edge.from === id);
    const answersOut = out.filter((edge) => edge.kind !== 'not-fixed');
    const notFixed = out.filter((edge) => edge.kind === 'not-fixed');
    return (
      <li id={`outline-${id}`} key={id} className={onPath.has(id) ? 'on-path' : undefined}>
        {stepLink(node)}
        {(answersOut.length > 0 || notFixed.length > 0) && (
          <ul className="map-outline-answers">
            {answersOut.map((edge) => (
              <li key={edgeKey(edge)} data-edge={edgeKey(edge)} className={taken.edges.has(edgeKey(edge)) ? 'on-path' : undefined}>
                <span className="map-outline-answer">{answerText(edge)}</span> →{' '}
                {edge.kind === 'handover' ? (
                  handover(edge)
                ) : shown.has(edge.to) ? (
                  reference(edge.to)
                ) : (
                  <ul className="map-outline-child">{item(edge.to)}</ul>
                )}
              </li>
            ))}
            {notFixed.length > 0 && (
              <li>
                <span className="map-outline-answer">{t('fix.no')}</span> {t('map.notFixedLeads')}{' '}
                {notFixed.map((edge, i) => (
                  <Fragment key={edgeKey(edge)}>
                    {i > 0 && ', '}
                    <span data-edge={edgeKey(edge)} className={taken.edges.has(edgeKey(edge)) ? 'on-path' : undefined}>
                      <Link className="link" to={stepHref(edge.to)} data-node={edge.to}>
                        {title(edge.to)}
                      </Link>
                    </span>
                  </Fragment>
                ))}
              </li>
            )}
          </ul>
        )}
      </li>
    );
  };

  const handover = (edge: FlowMapEdge): ReactNode => {
    const node = nodes.get(edge.to);
    const target = node?.handover;
    if (!target) return null;
    const href = paths.step(locale, handoverLocation(content, flow, answers, { from: edge.from, answer: edge.answer, handover: target }));
    return (
      <>
        {t('handover.continuesIn', { title: text.flows[target.flow]?.title ?? target.flow })}:{' '}
        <Link className="link" to={href} data-node={edge.to}>
          {text.flows[target.flow]?.nodeTitles[target.step] ?? target.step}
        </Link>
      </>
    );
  };

  return (
    <section aria-labelledby="map-outline-heading" className="map-outline mt-8">
      <h2 id="map-outline-heading" className="text-xl font-semibold">
        {t('map.outline')}
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t('map.outlineIntro')}</p>
      <ul className="map-outline-tree mt-3">{item(start)}</ul>
    </section>
  );
}
