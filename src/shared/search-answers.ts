/**
 * A question's answers, as the search reads them: when a query says what a
 * check found ("mTLS is not set up between Webex and the XSPs"), it names an
 * answer of that check, and the step that answer leads to is the one to open.
 *
 * The index leaves "not", "no" and their kind out (they are stop words), yet
 * here they decide: "mTLS is set up" and "mTLS is not set up" are different
 * answers. So each answer is kept as its index terms with the negations
 * between them, built at build time and shipped with the index.
 */
import type { ContentGraph, ContentText, Locale } from '../content/types';
import { normaliseTerm } from './search-documents';
import { DENIED } from './search-ranker';
import { queryWords } from './search-synonyms';

/** Where a negation stands among an answer's or a query's terms: it denies the few terms after it. */
export const NEGATION = '¬';
/** Where a word saying something is missing stands: it denies the few terms before it ("calling icon missing"). */
export const MISSING = '∅';

/** Where a clause ends (a comma, a semicolon, a full stop): no negation reaches across it. */
export const BOUNDARY = '|';

/** A check's answer: the check, where the answer leads, and its terms with the negations in place. */
export type AnswerTerms = readonly [from: string, to: string, terms: readonly string[]];

/** Words that deny what follows them (lower case, without diacritics, as normaliseTerm gives). */
const NEGATIONS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set(
    'no not never none nothing without cannot cant isnt arent wasnt werent doesnt dont didnt hasnt havent wont couldnt nor'.split(' '),
  ),
  ro: new Set('nu niciun nicio niciunul nicidecum fara nici'.split(' ')),
  nl: new Set('niet geen zonder nooit niets nergens noch'.split(' ')),
};
/** Words that say what stands before them is missing. */
const MISSING_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  en: new Set('missing absent gone lacking disappeared'.split(' ')),
  ro: new Set('lipseste lipsesc lipsa absent absenta disparut disparuta'.split(' ')),
  nl: new Set('ontbreekt ontbreken ontbrekend ontbrekende kwijt verdwenen'.split(' ')),
};

/** A text's index terms in order, each with the word it comes from, and the markers (NEGATION, MISSING, BOUNDARY). */
function termsWithWords(text: string, locale: Locale, term: (word: string) => string | null): { term: string; word?: string }[] {
  const terms: { term: string; word?: string }[] = [];
  const last = () => terms[terms.length - 1]?.term;
  // "isn't" and "doesn't" are split at the apostrophe by queryWords: joined first, they read as one negation.
  for (const clause of text.replace(/(\p{L})['’]t\b/gu, '$1t').split(/[,;:()]|\.(?!\S)/u)) {
    if (terms.length > 0 && last() !== BOUNDARY) terms.push({ term: BOUNDARY });
    for (const word of queryWords(clause)) {
      const plain = normaliseTerm(word);
      const marker = NEGATIONS[locale].has(plain) ? NEGATION : MISSING_WORDS[locale].has(plain) ? MISSING : undefined;
      if (marker !== undefined) {
        if (last() !== marker) terms.push({ term: marker });
        continue;
      }
      const processed = term(word);
      if (processed !== null) terms.push({ term: processed, word });
    }
  }
  if (last() === BOUNDARY) terms.pop();
  return terms;
}

/** A text's index terms in order, with NEGATION and MISSING where a word denies what follows or precedes it, and BOUNDARY where a clause ends. */
export function answerTerms(text: string, locale: Locale, term: (word: string) => string | null): string[] {
  return termsWithWords(text, locale, term).map((t) => t.term);
}

/**
 * A phrase's words in order, those a negation denies marked with DENIED
 * ("the calling icon is missing from the sidebar" gives "¬calling ¬icon
 * sidebar"): a query saying the denied words plainly ("the calling icon is
 * there") must not match them, one denying them too ("no calling icon") should.
 */
export function markDenied(text: string, locale: Locale, term: (word: string) => string | null): string[] {
  const terms = termsWithWords(text, locale, term);
  const isDenied = deniedAt(
    terms.map((t) => t.term),
    NEGATION_REACH,
  );
  return terms.flatMap((t, i) => (t.word === undefined ? [] : [isDenied[i] === true ? DENIED + t.word : t.word]));
}

/** The words of a query a negation denies, as normaliseTerm gives them ("no SSO session" denies "sso" and "session"). */
export function deniedWords(text: string, locale: Locale, term: (word: string) => string | null): Set<string> {
  const terms = termsWithWords(text, locale, term);
  const isDenied = deniedAt(
    terms.map((t) => t.term),
    NEGATION_REACH,
  );
  return new Set(terms.flatMap((t, i) => (t.word !== undefined && isDenied[i] === true ? [normaliseTerm(t.word)] : [])));
}

/** How many terms after a negation it denies ("not set up on the connection"), and before a word for missing. */
const NEGATION_REACH = 3;
const MISSING_REACH = 2;
/**
 * In an answer, a negation denies fewer terms: the content's sentences are
 * written out ("no organization other than the user's own claims the
 * domain"), a query's are cut short. 3 and 1 measured worse.
 */
const ANSWER_REACH = 2;

/** Whether a negation denies the term at each place of a sequence. */
function deniedAt(terms: readonly string[], reach: number): boolean[] {
  const isDenied = terms.map(() => false);
  terms.forEach((t, i) => {
    if (t === NEGATION)
      for (let k = i + 1, left = reach; k < terms.length && left > 0 && terms[k] !== BOUNDARY; k += 1, left -= 1) isDenied[k] = true;
    if (t === MISSING)
      for (let k = i - 1, left = MISSING_REACH; k >= 0 && left > 0 && terms[k] !== BOUNDARY; k -= 1, left -= 1) isDenied[k] = true;
  });
  return isDenied;
}

/** Each term of a sequence, and whether a negation denies it. */
function denied(terms: readonly string[], reach = NEGATION_REACH): Map<string, boolean> {
  const isDenied = deniedAt(terms, reach);
  const result = new Map<string, boolean>();
  terms.forEach((t, i) => {
    if (t === NEGATION || t === MISSING || t === BOUNDARY) return;
    // A term said both ways counts as said plainly.
    result.set(t, (result.get(t) ?? true) && (isDenied[i] ?? false));
  });
  return result;
}

/** The answers of every check of every diagnosis, as the index of a locale ships them. */
export function checkAnswers(graph: ContentGraph, text: ContentText, locale: Locale, term: (word: string) => string | null): AnswerTerms[] {
  const result: AnswerTerms[] = [];
  for (const flowId of graph.flowOrder) {
    const flow = graph.flows[flowId];
    const detail = text.flowDetails[flowId];
    if (!flow || !detail) continue;
    for (const node of Object.values(flow.nodes)) {
      if (node.kind !== 'question' && node.kind !== 'procedure') continue;
      for (const answer of node.answers) {
        const said = detail.nodes[node.id]?.answers[answer.id];
        if (said === undefined || answer.confirms !== undefined || answer.handover !== undefined || answer.next === node.id) continue;
        const terms = answerTerms(said, locale, term);
        // Only an answer that denies something can be told by its words from the check's others (bestAnswer).
        if (terms.some((t) => t === NEGATION || t === MISSING))
          result.push([`flow:${flowId}/${node.id}`, `flow:${flowId}/${answer.next}`, terms]);
      }
    }
  }
  return result;
}

/**
 * How much of an answer's terms the query must say, and how many at least.
 * Half: the content's answers are written out ("mTLS is not set up on the
 * connection from Webex"), the queries that say them are short. 0.6 measured
 * 4 first results fewer on the tuned queries.
 */
const ANSWER_COVER = 0.5;
const ANSWER_MIN_TERMS = 2;

/** An answer the query says: where it leads, and how much of it the query says. */
export interface SaidAnswer {
  /** The check whose answer it is. */
  readonly from: string;
  readonly to: string;
  readonly cover: number;
  /** The terms the answer denies that the query says (denied). */
  readonly denies: readonly string[];
}

/**
 * The answer among `answers` (of the checks `isCheck` accepts) that the query
 * says, if one stands out: the query holds most of its terms, denied where the
 * answer denies them (and plain where it says them plainly, unless a negation
 * of the query reaches them), and no answer that leads elsewhere is said as
 * fully. With `needDenial`, the query must deny
 * something the answer denies: a check's answers share their words, and
 * the negation is what tells them apart.
 */
export function bestAnswer(
  answers: readonly AnswerTerms[],
  isCheck: (from: string) => boolean,
  queryTerms: readonly string[],
  { needDenial }: { readonly needDenial: boolean },
): SaidAnswer | undefined {
  const query = denied(queryTerms);
  let best: SaidAnswer | undefined;
  let tie = false;
  for (const [from, to, terms] of answers) {
    if (!isCheck(from)) continue;
    const own = denied(terms, ANSWER_REACH);
    let said = 0;
    const denies: string[] = [];
    let contradicted = false;
    for (const [t, isDenied] of own) {
      const inQuery = query.get(t);
      if (inQuery === undefined) continue;
      // Said plainly where the answer denies it: another answer. Denied where the answer says it plainly is not
      // a contradiction: the query's negation may reach further than the answer's ("no other org claims the
      // domain" against "no org other than the user's own claims the domain").
      if (isDenied && !inQuery) contradicted = true;
      said += 1;
      if (isDenied) denies.push(t);
    }
    if (contradicted || (needDenial && denies.length === 0) || said < ANSWER_MIN_TERMS) continue;
    const cover = said / own.size;
    if (cover < ANSWER_COVER) continue;
    if (best === undefined || cover > best.cover) {
      best = { from, to, cover, denies };
      tie = false;
    } else if (cover === best.cover && to !== best.to) tie = true;
  }
  return tie ? undefined : best;
}

/** The answer of `check` that the query says, by its negations (see bestAnswer): where it leads. */
export function answerSaid(answers: readonly AnswerTerms[], check: string, queryTerms: readonly string[]): string | undefined {
  return bestAnswer(answers, (from) => from === check, queryTerms, { needDenial: true })?.to;
}

/** What a question's answer says the engineer saw: the question, where the answer leads, and the terms only this answer has. */
export type SymptomTerms = readonly [from: string, to: string, distinct: readonly string[]];

/**
 * The answers of every question (a check that asks what the engineer sees,
 * not a procedure that reports findings) that deny nothing ("clicking the
 * link shows a blank page", "the desktop app lost Phone Services once the user
 * signed in on another computer"), by the terms that tell each from the
 * question's other answers and from its title. A diagnosis's first question
 * gives the symptoms it starts with; the others, what a check in progress found.
 */
export function questionSymptoms(
  graph: ContentGraph,
  text: ContentText,
  locale: Locale,
  term: (word: string) => string | null,
): SymptomTerms[] {
  const result: SymptomTerms[] = [];
  for (const flowId of graph.flowOrder) {
    for (const node of Object.values(graph.flows[flowId]?.nodes ?? {})) {
      const nodeText = text.flowDetails[flowId]?.nodes[node.id];
      if (node.kind !== 'question' || !nodeText) continue;
      const answers = node.answers.filter((a) => a.confirms === undefined && a.handover === undefined && a.next !== node.id);
      const termsOf = (id: string) => answerTerms(nodeText.answers[id] ?? '', locale, term);
      for (const answer of answers) {
        const own = termsOf(answer.id);
        // An answer that leads where another does says nothing the question would not.
        if (own.some((t) => t === NEGATION || t === MISSING) || answers.some((a) => a !== answer && a.next === answer.next)) continue;
        const shared = new Set([
          ...answers.filter((a) => a !== answer).flatMap((a) => termsOf(a.id)),
          ...answerTerms(nodeText.title, locale, term),
        ]);
        const distinct = [...new Set(own.filter((t) => t !== BOUNDARY && !shared.has(t)))];
        if (distinct.length >= SYMPTOM_MIN_TERMS) result.push([`flow:${flowId}/${node.id}`, `flow:${flowId}/${answer.next}`, distinct]);
      }
    }
  }
  return result;
}

/** How many of a symptom's own terms the query must say, and what part of them. */
const SYMPTOM_MIN_TERMS = 2;
const SYMPTOM_COVER = 0.5;

/**
 * The symptom the query says, if one stands out: it holds enough of the
 * symptom's own terms (`queryTerms` may hold synonyms too), none of them
 * denied (`querySequence`, as answerTerms gives it), and no other symptom
 * is said as fully. Returns where the symptom leads.
 */
export function symptomSaid(
  symptoms: readonly SymptomTerms[],
  queryTerms: ReadonlySet<string>,
  querySequence: readonly string[],
  isCheck: (from: string) => boolean = () => true,
  minCover = SYMPTOM_COVER,
): string | undefined {
  const deniedInQuery = denied(querySequence);
  let best: { to: string; cover: number } | undefined;
  let tie = false;
  for (const [from, to, distinct] of symptoms) {
    if (!isCheck(from)) continue;
    const said = distinct.filter((t) => queryTerms.has(t));
    if (said.length < SYMPTOM_MIN_TERMS || said.some((t) => deniedInQuery.get(t) === true)) continue;
    const cover = said.length / distinct.length;
    if (cover < minCover) continue;
    if (best === undefined || cover > best.cover) {
      best = { to, cover };
      tie = false;
    } else if (cover === best.cover && to !== best.to) tie = true;
  }
  return tie ? undefined : best?.to;
}
