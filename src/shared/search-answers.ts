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
import { queryWords } from './search-synonyms';

/** Where a negation stands among an answer's or a query's terms. */
export const NEGATION = '¬';

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

/** A text's index terms in order, with NEGATION where a word denies what follows. */
export function answerTerms(text: string, locale: Locale, term: (word: string) => string | null): string[] {
  const terms: string[] = [];
  // "isn't" and "doesn't" are split at the apostrophe by queryWords: joined first, they read as one negation.
  for (const word of queryWords(text.replace(/(\p{L})['’]t\b/gu, '$1t'))) {
    const plain = normaliseTerm(word);
    if (NEGATIONS[locale].has(plain)) {
      if (terms[terms.length - 1] !== NEGATION) terms.push(NEGATION);
      continue;
    }
    const processed = term(word);
    if (processed !== null) terms.push(processed);
  }
  return terms;
}

/** How many terms after a negation it denies: "not set up on the connection". */
const NEGATION_REACH = 3;

/** Each term of a sequence, and whether a negation denies it. */
function denied(terms: readonly string[]): Map<string, boolean> {
  const result = new Map<string, boolean>();
  let reach = 0;
  for (const t of terms) {
    if (t === NEGATION) {
      reach = NEGATION_REACH;
      continue;
    }
    const isDenied = reach > 0;
    reach = Math.max(0, reach - 1);
    // A term said both ways counts as said plainly.
    result.set(t, (result.get(t) ?? true) && isDenied);
  }
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
        // Only an answer that denies something can be told by its words from the check's others (answerSaid).
        if (terms.includes(NEGATION)) result.push([`flow:${flowId}/${node.id}`, `flow:${flowId}/${answer.next}`, terms]);
      }
    }
  }
  return result;
}

/** How much of an answer's terms the query must say, and how many at least. */
const ANSWER_COVER = 0.6;
const ANSWER_MIN_TERMS = 2;

/**
 * The answer of `check` that the query says, if one stands out: the query
 * holds most of its terms, denied where the answer denies them and plain
 * where it says them plainly, and no other answer of the check is said as
 * fully. Returns where that answer leads.
 */
export function answerSaid(answers: readonly AnswerTerms[], check: string, queryTerms: readonly string[]): string | undefined {
  const query = denied(queryTerms);
  let best: { to: string; cover: number } | undefined;
  let tie = false;
  for (const [from, to, terms] of answers) {
    if (from !== check) continue;
    const own = denied(terms);
    let said = 0;
    let deniedSaid = 0;
    let contradicted = false;
    for (const [t, isDenied] of own) {
      const inQuery = query.get(t);
      if (inQuery === undefined) continue;
      if (inQuery !== isDenied) contradicted = true;
      said += 1;
      if (isDenied) deniedSaid += 1;
    }
    // The negation is what tells this answer from the check's others, which share its words.
    if (contradicted || deniedSaid === 0 || said < ANSWER_MIN_TERMS) continue;
    const cover = said / own.size;
    if (cover < ANSWER_COVER) continue;
    if (best === undefined || cover > best.cover) {
      best = { to, cover };
      tie = false;
    } else if (cover === best.cover && to !== best.to) tie = true;
  }
  return tie ? undefined : best?.to;
}
