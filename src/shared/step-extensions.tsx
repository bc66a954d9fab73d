/**
 * What other features may add to a diagnosis step without the wizard
 * importing them: the app layer provides the components (case work), the
 * step page renders them where they belong. Features never import each other.
 */
import { createContext, type ComponentType, use } from 'react';
import type { NodeKind } from '../content/types';
import type { StepLocation } from './paths';

export interface StepSnapshot {
  readonly flowId: string;
  readonly stepId: string;
  readonly nodeKind: NodeKind;
  readonly answers: Readonly<Record<string, string>>;
  /** The nodes whose answer is assumed, not given by the engineer (see ASSUMED_PARAM in paths.ts), in path order. */
  readonly assumed: readonly string[];
  readonly ticks: Readonly<Record<string, readonly string[]>>;
  /** The step's canonical location: what "Copy link" shares. */
  readonly location: StepLocation;
  /** A case sheet that arrived in the link, still encoded and unchecked. */
  readonly sharedCase?: string | undefined;
}

export interface StepExtensions {
  /** Beside the path of answers. */
  readonly Panel?: ComponentType<{ step: StepSnapshot }>;
  /** Under the answers: why the answer was chosen. */
  readonly Evidence?: ComponentType<{ step: StepSnapshot; nodeId: string }>;
  /** Printed above the step. */
  readonly PrintHeader?: ComponentType<{ step: StepSnapshot }>;
  /** Above an escalation: what is still missing. */
  readonly BeforeEscalation?: ComponentType<{ step: StepSnapshot }>;
  /** Under an escalation's heading: the deployment's own contacts, before Cisco's. */
  readonly Escalation?: ComponentType<{ step: StepSnapshot }>;
  /** Beside "Copy link": a richer way to share. */
  readonly Share?: ComponentType<{ step: StepSnapshot }>;
  /** Shows evidence next to each answer of the path. */
  readonly PathNote?: ComponentType<{ nodeId: string }>;
  /** Beside "Copy link": report a problem with the step's content. */
  readonly Report?: ComponentType<{ step: StepSnapshot }>;
  /** Logs dropped or pasted on the step; `answer` answers the current question. */
  readonly Logs?: ComponentType<{ step: StepSnapshot; answer: (answerId: string) => void }>;
}

const StepExtensionsContext = createContext<StepExtensions>({});

export const StepExtensionsProvider = StepExtensionsContext;

export function useStepExtensions(): StepExtensions {
  return use(StepExtensionsContext);
}
