/**
 * What a query says a check found, read after the ranking: the engineer has
 * done a check and types its outcome ("mTLS is not set up", "call settings
 * page blank", "already has Sales Full Administrator, still no customers").
 * Each rule moves the step that outcome leads to first, when the ranking
 * already has it among its results; none adds a result of its own.
 */
import type { ContentGraph, Flow, FlowNode, Locale } from '../../content/types';
import { answersTo } from '../../content/graph-paths';
import { answerSaid, answerTerms, bestAnswer, symptomSaid } from '../../shared/search-answers';
import { normaliseTerm, termFor, type SearchIndex } from '../../shared/search-documents';
import { hitKind } from './hit-details';
import { MAX_QUERY } from './query-identifiers';
import type { SearchHit } from './search-engine';

/** The flow node a result stands for, and whether it is its diagnosis's first question. */
function nodeOf(graph: ContentGraph, target: string): { flowId: string; flow: Flow; node: FlowNode; isStart: boolean } | undefined {
  const [, flowId = '', nodeId = ''] = /^flow:([^/]+)\/(.+)$/u.exec(target) ?? [];
  const flow = graph.flows[flowId];
  const node = flow?.nodes[nodeId];
  return flow && node && { flowId, flow, node, isStart: flow.start === nodeId };
}

/** The results with the one at `at` first (unchanged when there is none there). */
function moveFirst(hits: SearchHit[], at: number): SearchHit[] {
  const found = hits[at];
  return found ? [found, ...hits.filter((_, i) => i !== at)] : hits;
}

/**
 * When the query says one of the symptoms a diagnosis starts with ("there is
 * no calling options icon", "call settings page blank"), the step that
 * symptom leads to comes first, unless an error code or a log line was
 * recognised.
 */
function afterSymptomSaid(
  graph: ContentGraph,
  index: SearchIndex,
  sequence: readonly string[],
  termBag: () => ReadonlySet<string>,
  hits: SearchHit[],
) {
  if (hits[0]?.exact) return hits;
  const isStart = (from: string) => nodeOf(graph, from)?.isStart === true;
  const said =
    bestAnswer(index.answers, isStart, sequence, { needDenial: true })?.to ?? symptomSaid(index.symptoms, termBag(), sequence, isStart);
  return moveFirst(
    hits,
    hits.findIndex((hit) => hit.target === said),
  );
}

/** How far down the results a question whose plain answer the query says is looked for (1, 2, 4 and 5 measured worse). */
const FINDING_DEPTH = 3;
/**
 * What part of such an answer's own terms the query must say: less than of a
 * first question's symptom (0.5), as the question is already among the first
 * results ("trialled Webex Calling on the same laptops" says two of the five
 * of "the same client was used with another calling service, such as during
 * a trial"). 0.34 measured the same, 0.5 worse.
 */
const FINDING_COVER = 0.4;

/** How far down the results a later check whose denied answer the query says is looked for. */
const DENIAL_DEPTH = 2;

/**
 * A denied answer of a later check among `near` (the first results) that the
 * query says, where it denies more than the symptoms its diagnosis starts
 * with: "self-care link missing and the app is not registered for calling"
 * says the calling check's answer; "Phone Services shows no SSO session"
 * says only a first symptom, which a later check's "still no SSO session"
 * repeats.
 */
function laterDenial(graph: ContentGraph, index: SearchIndex, sequence: readonly string[], near: readonly string[]): string | undefined {
  const said = bestAnswer(index.answers, (from) => near.includes(from) && nodeOf(graph, from)?.isStart === false, sequence, {
    needDenial: true,
  });
  const flow = said && nodeOf(graph, said.from)?.flowId;
  if (!said || flow === undefined) return undefined;
  const start = `flow:${flow}/${graph.flows[flow]?.start ?? ''}`;
  // The first question's answers that deny something: what a later "still no …" answer repeats.
  const symptoms = new Set(index.answers.filter(([from]) => from === start).flatMap(([, , terms]) => terms));
  return said.denies.some((t) => !symptoms.has(t)) ? said.to : undefined;
}

/**
 * When the query says an answer of a check, the step that answer leads to
 * comes first: the engineer has done the check and needs what follows.
 * - An answer that denies something ("mTLS is not set up between Webex and
 *   the XSPs"), of the first result; else of a later check among the first
 *   two (see laterDenial; the third measured worse).
 * - Else a question's answer that denies nothing, by the terms only it has
 *   ("the desktop app drops Phone Services when the user logs in on a second
 *   Windows PC"), of a question among the first three results; not when a
 *   code or a log line was recognised, which says more.
 */
function afterAnswerSaid(
  graph: ContentGraph,
  index: SearchIndex,
  sequence: readonly string[],
  termBag: () => ReadonlySet<string>,
  hits: SearchHit[],
): SearchHit[] {
  const top = hits[0];
  const near = hits.slice(0, FINDING_DEPTH).map((hit) => hit.target);
  const said =
    top &&
    (answerSaid(index.answers, top.target, sequence) ??
      laterDenial(graph, index, sequence, near.slice(0, DENIAL_DEPTH)) ??
      (hits.some((hit) => hit.exact)
        ? undefined
        : symptomSaid(
            index.symptoms,
            termBag(),
            sequence,
            (from) => near.includes(from) && nodeOf(graph, from)?.isStart === false,
            FINDING_COVER,
          )));
  return moveFirst(
    hits,
    hits.findIndex((hit) => hit.target === said),
  );
}

/**
 * Words that say something is wrong with what they name: "the RSA keys were
 * not copied", "CSW tags have wrong values", "ongeldig e-mailadres".
 * (Lower case, without diacritics, as normaliseTerm gives.)
 */
const FAULT: Readonly<Record<Locale, RegExp>> = {
  en: /\b(not|no|missing|wrong|invalid|incorrect|bad|lacks?|without|isnt|arent|wasnt|werent|doesnt|dont|didnt|hasnt|havent)\b/u,
  ro: /\b(nu|niciun|nicio|lipseste|lipsesc|lipsa|gresit|gresita|gresite|gresiti|invalid|invalida|invalide|incorect|incorecta|incorecte|fara)\b/u,
  nl: /\b(niet|geen|ontbreekt|ontbreken|fout|foute|verkeerd|verkeerde|ongeldig|ongeldige|onjuist|onjuiste|zonder)\b/u,
};
/** Where the fix must stand: further down, it matched the query too little (depths 3, 4 and 8 measured worse). */
const FAULT_DEPTH = 2;

/**
 * When the first result is a check with one fix, the query says something is
 * wrong ("cheile RSA nu au fost copiate pe toate XSP-urile") and that fix is
 * the second result, the fix comes first: the engineer has found the fault
 * and needs its fix. A check with several fixes needs its answer said to
 * tell which (afterAnswerSaid).
 */
function afterFaultSaid(graph: ContentGraph, locale: Locale, text: string, hits: SearchHit[]): SearchHit[] {
  const top = hits[0] && nodeOf(graph, hits[0].target);
  if (!top || !FAULT[locale].test(text)) return hits;
  const fixes = new Set(
    top.node.answers
      .filter((answer) => top.flow.nodes[answer.next]?.kind === 'resolution')
      .map((answer) => `flow:${top.flowId}/${answer.next}`),
  );
  if (fixes.size !== 1) return hits;
  return moveFirst(
    hits,
    hits.findIndex((hit, i) => i < FAULT_DEPTH && fixes.has(hit.target)),
  );
}

/**
 * Words that say the engineer has already checked something and found it in
 * order, and the problem remains: "already has Sales Full Administrator, still
 * sees no customers". ("Already", "fine" and the like also mark causes:
 * "already has a free account".)
 */
const RULED_OUT: Readonly<Record<Locale, RegExp>> = {
  en: /\b(still|even though|although|despite)\b/u,
  ro: /\b(inca|tot nu|totusi|desi|chiar daca|in continuare)\b/u,
  nl: /\b(nog steeds|nog altijd|toch|terwijl|ondanks)\b/u,
};
/**
 * Words that say what a check found is in order ("device types assigned", "RSA keys copied", "numărul principal e
 * setat", "primair nummer is toegewezen"). Without one, "still" may say something else ("the app still lists Webex
 * Calling", "how old can the app be and still support CSWV"). (Lower case, without diacritics.)
 */
const IN_ORDER: Readonly<Record<Locale, RegExp>> = {
  en: /\b(ok|okay|fine|right|correct|assigned|copied|set|checked|verified|done|true|reset|configured|enabled|present|uploaded|installed|exists?)\b/u,
  ro: /\b(ok|bine|corect|corecta|corecte|setat|setata|alocat|alocate|atribuit|verificat|resetat|copiat|copiate|configurat|activat|exista|pus|incarcat)\b/u,
  nl: /\b(ok|goed|klopt|correct|juist|toegewezen|ingesteld|gecontroleerd|gereset|gekopieerd|aanwezig|geconfigureerd|ingeschakeld|geupload)\b/u,
};
/** How far down the results the first step of a diagnosis is looked for, for a check in order. */
const TOP_STEP_DEPTH = 2;
/** How far down the results the step after a ruled-out one is looked for. */
const RULED_OUT_DEPTH = 8;
/** How far down the results the checks a query names are looked for (1, 2, 5 and 8 measured worse). */
const NAMED_DEPTH = 3;

/**
 * When the query says a check is already in order and the problem stays
 * ("the domain is claimed by no other org, still users cannot register"), the
 * step that check leads to comes first, if it is among the first results.
 * - The check: of the diagnosis's checks among the first results, the one
 *   furthest down the diagnosis ("RSA keys copied, URL right, allowClientApp
 *   true, still no SSO session" names the authentication-service check, past
 *   its fix); the first result when it names none.
 * - Where it leads: a check in order leads on, not to its fix, so when some of
 *   its answers lead to something other than a fix, only those count; a
 *   hand-over to another diagnosis is no step after it.
 * - When the ranking lacks that step, it is added, if it is the check's only
 *   step after, a check itself, and the query says a finding in order
 *   (IN_ORDER).
 * A diagnosis's first question says too little of what was checked.
 */
function afterRuledOut(graph: ContentGraph, locale: Locale, text: string, hits: SearchHit[]): SearchHit[] {
  // The first step of a diagnosis among the first two results: a procedure's own page, a code or a log may come
  // before it ("am resetat baza de date … tot nu apare SSO" puts the reset procedure first). 3 measured the same.
  const first = hits.slice(0, TOP_STEP_DEPTH).find((hit) => nodeOf(graph, hit.target));
  const top = first && nodeOf(graph, first.target);
  if (!top || top.isStart || !RULED_OUT[locale].test(text)) return hits;
  const { flow } = top;
  const distance = (nodeId: string) => answersTo(flow, nodeId)?.length ?? 0;
  // The checks of this diagnosis among the first results; the furthest down it is where the engineer got to.
  const named = hits.slice(0, NAMED_DEPTH).flatMap((hit) => {
    const n = nodeOf(graph, hit.target);
    return n && n.flowId === top.flowId && (n.node.kind === 'question' || n.node.kind === 'procedure') ? [n] : [];
  });
  /** Where a check in order leads: its answers that lead to something other than a fix, when some do. */
  const onwardOf = (check: FlowNode) => {
    // (A fix's "fixed" answer leads back to the fix itself, a fix: never onward. A hand-over to another diagnosis
    // stays on the check.)
    const after = check.answers.filter((answer) => answer.next !== check.id).map((answer) => answer.next);
    const onward = after.filter((id) => flow.nodes[id]?.kind !== 'resolution');
    return new Set((onward.length > 0 ? onward : after).map((id) => `flow:${top.flowId}/${id}`));
  };
  const found = (n: { node: FlowNode }) => hits.some((hit, i) => i < RULED_OUT_DEPTH && onwardOf(n.node).has(hit.target));
  // Of checks as far down, one whose next step the ranking has too ("entitlements and calling behavior right, still
  // no calling icon" names both entitlement checks; only the no-icon one's next step matched).
  const further = (n: { node: FlowNode }, best: { node: FlowNode }) =>
    distance(n.node.id) > distance(best.node.id) || (distance(n.node.id) === distance(best.node.id) && found(n) && !found(best));
  const check = named.reduce((best, n) => (further(n, best) ? n : best), named[0] ?? top);
  const next = onwardOf(check.node);
  const at = hits.findIndex((hit, i) => i < RULED_OUT_DEPTH && next.has(hit.target));
  if (at !== -1) return moveFirst(hits, at);
  // The ranking lacks the step after: added when the check has one, a check of its own, and the query says a
  // finding in order in so many words.
  const [only, ...others] = [...next];
  const kind = only === undefined ? undefined : nodeOf(graph, only)?.node.kind;
  if (only === undefined || others.length > 0 || (kind !== 'question' && kind !== 'procedure') || !IN_ORDER[locale].test(text)) return hits;
  return [
    { target: only, kind: hitKind(graph, only), exact: false, terms: [], words: [], after: `flow:${top.flowId}/${check.node.id}` },
    ...hits,
  ];
}

/**
 * The results, reordered by what the query says a check found, in this
 * order: a diagnosis's first symptom, an answer of the first result, a fault
 * at it, a check in order while the problem stays; then a how or where
 * question's procedure. `termBag` gives the
 * query's terms with their synonyms, asked for only when needed.
 */
export function readFindings(
  graph: ContentGraph,
  index: SearchIndex,
  query: string,
  hits: SearchHit[],
  termBag: () => ReadonlySet<string>,
): SearchHit[] {
  const text = normaliseTerm(query.slice(0, MAX_QUERY));
  const sequence = answerTerms(query.slice(0, MAX_QUERY), index.locale, termFor(index.stem));
  const bySymptom = afterSymptomSaid(graph, index, sequence, termBag, hits);
  const byAnswer = afterAnswerSaid(graph, index, sequence, termBag, bySymptom);
  const ruledOut = afterRuledOut(graph, index.locale, text, afterFaultSaid(graph, index.locale, text, byAnswer));
  return afterHowAsked(graph, index.locale, text, ruledOut);
}

/** A question of how or where to do or see something (lower case, without diacritics). */
const HOW: Readonly<Record<Locale, RegExp>> = {
  en: /^\s*(how (do|can|should) (i|we|you)|how to|where (do|can|does|is|are))\b/u,
  ro: /^\s*(cum|unde)\b/u,
  nl: /^\s*(hoe|waar)\b/u,
};
/** How far down the results a procedure is looked for, for a how or where question (2 and 4 measured the same). */
const HOW_DEPTH = 3;

/**
 * When the query asks how or where ("how do I check a user's entitlements in
 * Help Desk", "unde văd entitlement-urile userului") and the first result is
 * a fix or an escalation, a procedure among the first results comes first:
 * it says how. (Moving a diagnosis's check first instead measured worse: "how
 * do I set the template to allow new organizations" asks for the fix.)
 */
function afterHowAsked(graph: ContentGraph, locale: Locale, text: string, hits: SearchHit[]): SearchHit[] {
  const kind = hits[0] && nodeOf(graph, hits[0].target)?.node.kind;
  if ((kind !== 'resolution' && kind !== 'escalation') || !HOW[locale].test(text)) return hits;
  return moveFirst(
    hits,
    hits.findIndex((hit, i) => i < HOW_DEPTH && hit.target.startsWith('procedure:')),
  );
}
