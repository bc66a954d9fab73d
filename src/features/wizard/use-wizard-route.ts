/**
 * The one place where the wizard's actor meets the router. The URL is the
 * shareable state: a user event moves the actor and the URL follows (a new
 * history entry); a URL change (deep link, back/forward, language switch)
 * is handed to the actor as `wizard.sync`.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { content } from '../../content/content';
import type { Locale } from '../../content/types';
import { paths } from '../../shared/paths';
import type { Answers } from './answer-path';
import { assumedOnPath, locationFor, type StepUrlState, type Ticks } from './step-url';
import { machineFor, snapshotAt, type WizardEvent } from './wizard-machine';

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function stepOf(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export interface WizardRoute {
  readonly stepId: string;
  readonly answers: Answers;
  /** The nodes on the path whose answer is assumed, not given (see wizard-machine.ts). */
  readonly assumed: readonly string[];
  readonly ticks: Ticks;
  readonly send: (event: WizardEvent) => void;
  /** Ticks or unticks a step of a checklist; the link keeps it. */
  readonly toggleTick: (checklist: string, stepId: string) => void;
}

export function useWizardRoute(locale: Locale, state: StepUrlState): WizardRoute {
  const { flow } = state;
  const machine = machineFor(flow);
  const navigate = useNavigate();
  const location = useLocation();
  const actorRef = useActorRef(machine, { input: {}, snapshot: snapshotAt(machine, state.stepId, state.answers, state.assumed) });
  const stepId = useSelector(actorRef, (s) => stepOf(s.value, flow.start));
  const answers = useSelector(actorRef, (s) => s.context.answers);
  const allAssumed = useSelector(actorRef, (s) => s.context.assumed);
  const assumed = useMemo(() => assumedOnPath(flow, answers, allAssumed), [flow, answers, allAssumed]);

  // Read by the subscription below, which outlives any single render.
  const here = useRef('');
  const localeRef = useRef(locale);
  const ticksRef = useRef(state.ticks);
  useLayoutEffect(() => {
    here.current = `${location.pathname}${location.search}`;
    localeRef.current = locale;
    ticksRef.current = state.ticks;
  }, [location.pathname, location.search, locale, state.ticks]);

  // URL -> actor.
  useEffect(() => {
    const snapshot = actorRef.getSnapshot();
    const current = assumedOnPath(flow, snapshot.context.answers, snapshot.context.assumed);
    if (
      stepOf(snapshot.value, flow.start) !== state.stepId ||
      !sameAnswers(snapshot.context.answers, state.answers) ||
      current.join('.') !== state.assumed.join('.')
    ) {
      actorRef.send({ type: 'wizard.sync', nodeId: state.stepId, answers: state.answers, assumed: state.assumed });
    }
  }, [actorRef, flow, state]);

  // A link that had to be tidied (no version, an old version, stray
  // answers) is replaced by its canonical form without a new history entry.
  useEffect(() => {
    const canonical = paths.step(locale, state.location);
    if (canonical !== `${location.pathname}${location.search}`) void navigate(canonical, { replace: true });
  }, [locale, navigate, state.location, location.pathname, location.search]);

  // Actor -> URL.
  useEffect(() => {
    const subscription = actorRef.subscribe((snapshot) => {
      const target = locationFor(
        content,
        flow,
        stepOf(snapshot.value, flow.start),
        snapshot.context.answers,
        ticksRef.current,
        snapshot.context.assumed,
      );
      const href = paths.step(localeRef.current, target);
      if (href !== here.current) void navigate(href);
    });
    return () => subscription.unsubscribe();
  }, [actorRef, flow, navigate]);

  const send = useCallback(
    (event: WizardEvent) => {
      actorRef.send(event);
    },
    [actorRef],
  );
  // A tick shows at once; the URL (and with it the route state) follows.
  const [pendingTicks, setPendingTicks] = useState<{ base: Ticks; value: Ticks } | undefined>(undefined);
  const ticks = pendingTicks?.base === state.ticks ? pendingTicks.value : state.ticks;

  const toggleTick = useCallback(
    (checklist: string, tickedStep: string) => {
      const current = ticks[checklist] ?? [];
      const next = current.includes(tickedStep) ? current.filter((id) => id !== tickedStep) : [...current, tickedStep];
      const snapshot = actorRef.getSnapshot();
      const updated = { ...ticks, [checklist]: next };
      setPendingTicks({ base: state.ticks, value: updated });
      const ticksForUrl = updated;
      const target = locationFor(
        content,
        flow,
        stepOf(snapshot.value, flow.start),
        snapshot.context.answers,
        ticksForUrl,
        snapshot.context.assumed,
      );
      // Ticking a box is no step of its own: it replaces the history entry.
      void navigate(paths.step(locale, target), { replace: true });
    },
    [actorRef, flow, locale, navigate, state.ticks, ticks],
  );
  return { stepId, answers, assumed, ticks, send, toggleTick };
}
