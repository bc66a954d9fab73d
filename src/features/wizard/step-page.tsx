import { useEffect, useMemo, useRef, useState } from 'react';
import { content } from '../../content/content';
import { Link, useLoaderData, useNavigate, useParams } from 'react-router';
import { formatOrigin } from '../../content/handover';
import type { Flow, FlowDetail, FlowNode, FlowText, HandOverTarget } from '../../content/types';
import { paths } from '../../shared/paths';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import { Checklist } from '../../shared/ui/checklist';
import { CodeLinks } from '../../shared/ui/code-links';
import { useCopy } from '../../shared/ui/copy-button';
import { ProcedureBlock } from '../../shared/ui/procedure-block';
import { RichText } from '../../shared/ui/rich-text';
import { ErrorBoundary } from '../../shared/ui/error-boundary';
import { SectionHeading } from '../../shared/ui/section-heading';
import { LinksAndSources } from '../../shared/ui/links-and-sources';
import { type StepExtensions, type StepSnapshot, useStepExtensions } from '../../shared/step-extensions';
import { useHydrated } from '../../shared/hydration';
import { rememberVisit, sameStep, sameVisit, setPinned, useSavedSteps } from '../../shared/recent-steps';
import { VerbatimText } from '../../shared/ui/verbatim-text';
import { tickable } from '../../content/selection';
import { answersTo } from '../../content/graph-paths';
import { FixConfirm, OtherCauses, TriedFixes } from './fix-confirm';
import { MigrationNotice } from './migration-notice';
import { PathPanel } from './path-panel';
import { TickAnswers } from './tick-answers';
import { locationFor, originLocation, type StepUrlState } from './step-url';
import { useWizardRoute, type WizardRoute } from './use-wizard-route';
import { withAnswer } from './wizard-machine';

const KIND_LABEL: Readonly<Record<FlowNode['kind'], MessageKey>> = {
  question: 'kind.question',
  procedure: 'kind.procedure',
  resolution: 'kind.resolution',
  escalation: 'kind.escalation',
};

export function StepPage() {
  const state = useLoaderData<StepUrlState>();
  // A new flow gets a new actor; a new step of the same flow does not. A flow
  // entered by a hand-over is a flow of its own (it starts elsewhere).
  const key = state.flow.origin ? `${state.flow.id}|${state.flow.start}|${formatOrigin(state.flow.origin)}` : state.flow.id;
  return <StepScreen key={key} state={state} />;
}

const NONE: Readonly<Record<string, never>> = {};
const NOT_ANY: readonly string[] = [];
const NO_EXTENSIONS: StepExtensions = {};

function StepScreen({ state }: { state: StepUrlState }) {
  const { locale, text } = useI18n();
  const wizard = useWizardRoute(locale, state);
  const { Panel } = useStepExtensions();
  const hydrated = useHydrated();
  const pathStep = useParams().stepId ?? wizard.stepId;
  // A case sheet in the link is read once; the address bar drops it at once.
  const [sharedCase] = useState(state.sharedCase);
  const flowText = text.flows[state.flow.id];
  const detail = text.flowDetails[state.flow.id];
  const node = state.flow.nodes[wizard.stepId];
  const snapshot = useMemo((): StepSnapshot | undefined => {
    if (!node) return undefined;
    return {
      flowId: state.flow.id,
      stepId: wizard.stepId,
      nodeKind: node.kind,
      answers: wizard.answers,
      assumed: wizard.assumed,
      ticks: wizard.ticks,
      location: locationFor(content, state.flow, wizard.stepId, wizard.answers, wizard.ticks, wizard.assumed),
      sharedCase,
    };
  }, [node, state.flow, wizard.stepId, wizard.answers, wizard.assumed, wizard.ticks, sharedCase]);
  const saved = useSavedSteps();
  const lastVisit = saved.recent[0];
  useEffect(() => {
    // Only the step and its answers are remembered (see recent-steps.ts).
    if (snapshot && !(lastVisit && sameVisit(lastVisit, snapshot.location))) rememberVisit(snapshot.location);
  }, [snapshot, lastVisit]);
  // Until hydrated, the step as its HTML was built: from the path alone, in
  // the diagnosis as it starts on its own, with no answers, ticks or assumptions.
  const plainFlow = content.flows[state.flow.id] ?? state.flow;
  const shown = hydrated
    ? { flow: state.flow, node, wizard }
    : {
        flow: plainFlow,
        node: plainFlow.nodes[pathStep],
        wizard: { ...wizard, stepId: pathStep, answers: NONE, ticks: NONE, assumed: NOT_ANY },
      };
  if (!flowText || !detail || !shown.node || !snapshot) return null;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <StepView
        node={shown.node}
        flow={shown.flow}
        flowText={flowText}
        detail={detail}
        wizard={shown.wizard}
        initial={state}
        snapshot={snapshot}
        stepId={wizard.stepId}
        hydrated={hydrated}
      />
      <div className="path-column space-y-6 lg:self-start">
        {hydrated ? (
          <ErrorBoundary part="path">
            <PathPanel
              flow={state.flow}
              detail={detail}
              stepId={wizard.stepId}
              answers={wizard.answers}
              assumed={wizard.assumed}
              send={wizard.send}
            />
          </ErrorBoundary>
        ) : (
          // The answers are in the query string, which the HTML was built without.
          <div className="path-panel-slot" />
        )}
        {hydrated && Panel && <Panel step={snapshot} />}
      </div>
    </div>
  );
}

function StepView({
  node,
  flow,
  flowText,
  detail,
  wizard,
  initial,
  snapshot,
  stepId,
  hydrated,
}: {
  node: FlowNode;
  flow: Flow;
  flowText: FlowText;
  detail: FlowDetail;
  wizard: WizardRoute;
  initial: StepUrlState;
  snapshot: StepSnapshot;
  /** The step the wizard is at (`node` is the step shown: the same once hydrated). */
  stepId: string;
  /** False while the page is the HTML built for it, before what only the browser knows. */
  hydrated: boolean;
}) {
  const { t, text, locale } = useI18n();
  const navigate = useNavigate();
  // Case work, logs and the deployment's contacts are this browser's: not in the built HTML.
  const extensions = useStepExtensions();
  const { Evidence, PrintHeader, BeforeEscalation, Escalation, Share, Report, Logs } = hydrated ? extensions : NO_EXTENSIONS;
  const nodeText = detail.nodes[node.id];
  const heading = useRef<HTMLHeadingElement>(null);
  // Where "Back to the answers" returns: the answer chosen, else the first one.
  const answersPlace = useRef<HTMLElement>(null);
  const first = useRef(true);
  // The notice about an old link stays until the user moves on.
  const [notice, setNotice] = useState(initial.migratedFrom === undefined ? undefined : initial);
  const link = useCopy(4000);
  const pinned = useSavedSteps().pinned.some((entry) => sameStep(entry, snapshot.location));
  // Until hydrated, the map's link is the one in the HTML built for this page,
  // which knows no query: it carries the answers of the shortest way in, as
  // the page's own address does (src/app/prerender-pages.ts). React would not
  // correct a link that differs while it hydrates.
  const mapAt = hydrated
    ? snapshot.location
    : { flowId: flow.id, stepId: node.id, answers: answersTo(flow, node.id) ?? [], version: content.version };

  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen-reader
    // users land on it; not on first load, where the browser decides.
    if (first.current) {
      first.current = false;
      return;
    }
    setNotice(undefined);
    heading.current?.focus();
  }, [stepId]);

  if (!nodeText) return null;
  const recorded = wizard.answers[node.id];
  // On a node where several answers can be ticked, those are boxes (TickAnswers); the rest stay buttons.
  const buttons = node.answers.filter((answer) => !tickable(node).includes(answer));
  const isStart = node.id === flow.start;
  const origin = flow.origin;
  const originTitle = origin ? (text.flows[origin.flowId]?.title ?? origin.flowId) : undefined;
  const back = originLocation(content, flow);
  const originHref = back ? paths.step(locale, back) : undefined;
  // A hand-over answer is recorded here (the path of this diagnosis ends at
  // it), then the other diagnosis opens at its step, with this one as origin.
  const handOver = (answerId: string, target: HandOverTarget) => {
    wizard.send({ type: 'answer.select', answerId });
    const { answers, assumed } = withAnswer(flow, { answers: wizard.answers, stash: {}, assumed: wizard.assumed }, node.id, answerId);
    const here = locationFor(content, flow, node.id, answers, {}, assumed);
    const from = { flowId: flow.id, answers: here.answers, ...(here.assumed ? { assumed: here.assumed } : {}) };
    void navigate(paths.step(locale, { flowId: target.flow, stepId: target.step, answers: [], version: content.version, from }));
  };

  const hasChecks = node.steps.length > 0 || node.procedures.length > 0;
  // A question or procedure with authored answers (a fix asks "Did this fix it?" instead).
  const asks = node.kind !== 'resolution' && node.answers.length > 0;
  const recordedAssumed = recorded !== undefined && wizard.assumed.includes(node.id);
  const ownSteps = node.steps.length > 0 && (
    <section aria-labelledby="steps-heading" className="break-inside-avoid">
      <SectionHeading id="steps-heading">{t('step.steps')}</SectionHeading>
      <Checklist
        key={node.id}
        steps={node.steps}
        text={nodeText.steps}
        ticked={wizard.ticks[node.id] ?? []}
        onToggle={(stepId) => wizard.toggleTick(node.id, stepId)}
      />
    </section>
  );
  const procedures = node.procedures.map((id) => (
    <ProcedureBlock
      key={`${node.id}-${id}`}
      procedureId={id}
      ticked={wizard.ticks[`${node.id}.${id}`] ?? []}
      onToggle={(stepId) => wizard.toggleTick(`${node.id}.${id}`, stepId)}
    />
  ));
  const checks = (
    <>
      {ownSteps}
      {procedures}
    </>
  );
  const why = nodeText.why !== undefined && (
    <section aria-labelledby="why-heading" className="break-inside-avoid">
      <SectionHeading id="why-heading">{t('step.why')}</SectionHeading>
      <RichText text={nodeText.why} className="mt-2 text-slate-800 dark:text-slate-200" />
    </section>
  );
  const answersBlock = (
    <section ref={answersPlace} aria-labelledby="answers-heading" className="break-inside-avoid">
      {/* On a phone the answers follow the question with no heading in between; screen readers still have it. */}
      <h2 id="answers-heading" className="sr-only text-lg font-semibold text-slate-900 sm:not-sr-only sm:mt-6 sm:block dark:text-slate-100">
        {t('step.answers')}
      </h2>
      {recordedAssumed && <p className="assumed-intro mt-2 text-sm">{t('step.assumedAnswer')}</p>}
      {node.multiple === true && (
        <TickAnswers
          key={`${node.id}:${recorded ?? ''}`}
          node={node}
          text={nodeText}
          recorded={recorded}
          assumed={recordedAssumed}
          onContinue={(value) => wizard.send({ type: 'answer.select', answerId: value })}
        />
      )}
      <ul className="mt-4 space-y-2 sm:mt-3">
        {buttons.map((answer) => (
          <li key={answer.id}>
            <button
              type="button"
              className="answer"
              aria-pressed={recorded === answer.id}
              onClick={() => {
                const target = answer.handover;
                if (target) handOver(answer.id, target);
                else wizard.send({ type: 'answer.select', answerId: answer.id });
              }}
            >
              <span className="print-box" aria-hidden="true" />
              <span>
                <span className="block">{nodeText.answers[answer.id]}</span>
                {recordedAssumed && recorded === answer.id && <span className="assumed-mark mt-1">{t('path.assumed')}</span>}
                {answer.handover !== undefined && (
                  <span className="mt-1 block text-sm opacity-80">
                    → {t('handover.continuesIn', { title: text.flows[answer.handover.flow]?.title ?? answer.handover.flow })}
                  </span>
                )}
                {answer.code !== undefined && (
                  <code className="mt-1 block font-mono text-sm opacity-80">
                    <VerbatimText text={answer.code} />
                  </code>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hasChecks && <p className="mt-3 text-sm text-slate-700 dark:text-slate-300 print:hidden">{t('step.howBelow')}</p>}
      {Evidence && <Evidence step={snapshot} nodeId={node.id} />}
    </section>
  );

  return (
    <article aria-labelledby="step-title" className="min-w-0">
      <title>{`${nodeText.title} · ${flowText.title} · ${t('app.name')}`}</title>
      {PrintHeader && <PrintHeader step={snapshot} />}
      {hydrated && notice && <MigrationNotice state={notice} />}
      {/* One line on a phone (the flow's name is in the page title and the path too), so the question and its answers fit the first screen. */}
      <p className="truncate text-sm font-medium text-blue-800 sm:whitespace-normal dark:text-blue-300">
        <span className={`kind-badge kind-${node.kind}`}>{t(KIND_LABEL[node.kind])}</span>
        <span className="ml-2 text-slate-600 dark:text-slate-400">{flowText.title}</span>
      </p>
      <h1
        id="step-title"
        ref={heading}
        tabIndex={-1}
        className="mt-2 text-lg font-bold text-slate-900 outline-none sm:text-2xl dark:text-white"
      >
        {nodeText.title}
      </h1>
      {node.kind === 'escalation' && Escalation && <Escalation step={snapshot} />}
      <div className="mt-3 space-y-3 text-slate-800 dark:text-slate-200">
        <RichText text={nodeText.body} />
      </div>

      {/* A question's answers come right under it, and so does a fix's "Did
          this fix it?"; how to find the answer or apply the fix (the steps, an
          embedded procedure) follows, so the answers never sit a long
          procedure away from the question. */}
      {asks ? (
        <>
          {answersBlock}
          {why}
          {checks}
        </>
      ) : node.kind === 'resolution' ? (
        <>
          <FixConfirm
            node={node}
            answers={wizard.answers}
            intro={t(node.byDesign === true ? 'step.endByDesign' : hasChecks ? 'step.endResolution' : 'step.endResolutionNoSteps')}
            send={wizard.send}
            containerRef={answersPlace}
          />
          {checks}
          {why}
          <OtherCauses flow={flow} node={node} detail={detail} answers={wizard.answers} />
        </>
      ) : (
        <>
          {checks}
          {why}
          {node.kind === 'escalation' && BeforeEscalation && <BeforeEscalation step={snapshot} />}
          <TriedFixes flow={flow} detail={detail} answers={wizard.answers} />
          <p className={`mt-8 rounded-md p-3 end-${node.kind}`}>{t('step.endEscalation')}</p>
        </>
      )}
      {node.kind !== 'escalation' && hasChecks && (
        <p className="mt-6 print:hidden">
          <button
            type="button"
            className="btn"
            onClick={() => {
              const place = answersPlace.current;
              const target =
                place?.querySelector<HTMLElement>('button[aria-pressed="true"], input:checked') ??
                place?.querySelector<HTMLElement>('input, button');
              target?.scrollIntoView({ block: 'center' });
              target?.focus({ preventScroll: true });
            }}
          >
            {t('step.backToAnswers')}
          </button>
        </p>
      )}
      {Logs && <Logs step={snapshot} answer={(answerId) => wizard.send({ type: 'answer.select', answerId })} />}
      <OpenSteps node={node} nodeSteps={nodeText.steps} ticks={wizard.ticks} />

      <div className="mt-8 flex flex-wrap gap-2 print:hidden" role="group" aria-label={flowText.title}>
        {isStart && originHref !== undefined ? (
          // Back across the hand-over: to the step of the other diagnosis that led here.
          <button
            type="button"
            className="btn"
            aria-label={t('handover.backTo', { title: originTitle ?? '' })}
            onClick={() => void navigate(originHref)}
          >
            {t('step.back')}
          </button>
        ) : (
          <button type="button" className="btn" disabled={isStart} onClick={() => wizard.send({ type: 'step.back' })}>
            {t('step.back')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          disabled={isStart && Object.keys(wizard.answers).length === 0}
          onClick={() => wizard.send({ type: 'wizard.restart' })}
        >
          {t('step.restart')}
        </button>
        <button type="button" className="btn" onClick={() => void link.copy(window.location.href)}>
          {t('step.copyLink')}
        </button>
        {Share && <Share step={snapshot} />}
        <button type="button" className="btn" aria-pressed={pinned} onClick={() => setPinned(snapshot.location, !pinned)}>
          {t('step.pin')}
        </button>
        <button type="button" className="btn" onClick={() => window.print()}>
          {t('step.print')}
        </button>
        <Link className="btn" to={paths.map(locale, mapAt)}>
          {t('step.whereAmI')}
        </Link>
        {Report && <Report step={snapshot} />}
      </div>
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-slate-700 dark:text-slate-300 print:hidden">
        {link.state === 'copied' ? t('step.linkCopied') : link.state === 'failed' ? t('step.copyFailed') : ''}
      </p>

      {node.codes.length > 0 && (
        <section aria-labelledby="codes-heading" className="break-inside-avoid">
          <SectionHeading id="codes-heading">{t('step.codes')}</SectionHeading>
          <CodeLinks codes={node.codes} />
        </section>
      )}

      <LinksAndSources links={node.links} sources={node.sources} className="break-inside-avoid" />
    </article>
  );
}

/** Printed only: the boxes of this step not ticked yet, so the case file shows what is left. */
function OpenSteps({
  node,
  nodeSteps,
  ticks,
}: {
  node: FlowNode;
  nodeSteps: Readonly<Record<string, string>>;
  ticks: WizardRoute['ticks'];
}) {
  const { t, text } = useI18n();
  const open = [
    ...node.steps.filter((step) => !(ticks[node.id] ?? []).includes(step.id)).map((step) => nodeSteps[step.id] ?? step.id),
    ...node.procedures.flatMap((procedureId) =>
      (content.procedures[procedureId]?.steps ?? [])
        .filter((step) => !(ticks[`${node.id}.${procedureId}`] ?? []).includes(step.id))
        .map((step) => text.procedures[procedureId]?.steps[step.id] ?? step.id),
    ),
  ];
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="open-steps-heading" className="hidden break-inside-avoid print:block">
      <SectionHeading id="open-steps-heading">{t('print.openSteps')}</SectionHeading>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {open.map((label, i) => (
          <li key={i}>{label}</li>
        ))}
      </ul>
    </section>
  );
}
