/**
 * The one place where the wizard's actor meets the router. The URL is the
 * shareable state: a user event moves the actor and the URL follows (a new
 * history entry); a URL change (deep link, back/forward, language switch)
 * is handed to the actor as `wizard.sync`.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { content } from '../../content/content';
import type { Locale } from '../../content/types';
import { paths } from '../../shared/paths';
import type { Answers } from './answer-path';
import { locationFor, type StepUrlState } from './step-url';
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
  readonly send: (event: WizardEvent) => void;
}

export function useWizardRoute(locale: Locale, state: StepUrlState): WizardRoute {
  const { flow } = state;
  const machine = machineFor(flow);
  const navigate = useNavigate();
  const location = useLocation();
  const actorRef = useActorRef(machine, { input: {}, snapshot: snapshotAt(machine, state.stepId, state.answers) });
  const stepId = useSelector(actorRef, (s) => stepOf(s.value, flow.start));
  const answers = useSelector(actorRef, (s) => s.context.answers);

  // Read by the subscription below, which outlives any single render.
  const here = useRef('');
  const localeRef = useRef(locale);
  useLayoutEffect(() => {
    here.current = `${location.pathname}${location.search}`;
    localeRef.current = locale;
  }, [location.pathname, location.search, locale]);

  // URL -> actor.
  useEffect(() => {
    const snapshot = actorRef.getSnapshot();
    if (stepOf(snapshot.value, flow.start) !== state.stepId || !sameAnswers(snapshot.context.answers, state.answers)) {
      actorRef.send({ type: 'wizard.sync', nodeId: state.stepId, answers: state.answers });
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
      const target = locationFor(content, flow, stepOf(snapshot.value, flow.start), snapshot.context.answers);
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
  return { stepId, answers, send };
}
