/**
 * What the search box can find, in one locale: every diagnosis, step,
 * procedure, error code, log file, reference page and document. The build
 * packs these into an index per locale (search-ranker.ts, served by
 * src/build/content-plugin.ts); the browser loads the index of its locale
 * only when search is first used.
 */
import type { ContentGraph, ContentText, Locale, SynonymGroup } from '../content/types';
import type { AnswerTerms, SymptomTerms } from './search-answers';
import type { RankIndex } from './search-ranker';

export type SearchKind = 'flow' | 'step' | 'procedure' | 'code' | 'log' | 'article' | 'reference';

export interface SearchDocument {
  /** A content target (see target-href.ts), or `reference:<id>`. */
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  readonly text: string;
  readonly keywords: string;
  /** Words that place the document: a step's diagnosis. */
  readonly context: string;
  /** What engineers type for it, in their own words (content/text/<locale>/search-phrases.yaml): searched, never shown. */
  readonly phrases: string;
}

/** Lower case, without diacritics or ampersands: "sesiune" finds "Sesiune", "sablon" finds "șablon", "imp" finds "IM&P". */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\p{M}&]/gu, '')
    .toLowerCase();
}

/**
 * The languages that write their terms as compound words
 * ("gebruikerssynchronisatie"): the index also holds the parts of their
 * compounds. (English would split "download" into "down" and "load".)
 */
export const COMPOUNDS: Readonly<Record<Locale, boolean>> = { en: false, ro: false, nl: true };

/** A language's Snowball stemmer (from @orama/stemmers), given by the caller so each locale loads only its own. */
export type Stemmer = (word: string) => string;

/** The same stemmer, remembering its answers: a query is stemmed against the whole vocabulary, word by word, at every keystroke. */
export function rememberingStemmer(stem: Stemmer): Stemmer {
  const known = new Map<string, string>();
  return (word) => {
    let stemmed = known.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (known.size >= 20_000) known.clear();
      known.set(word, stemmed);
    }
    return stemmed;
  };
}

/** One locale's search, as loaded: the index, the stemmer it was built with, and the field's vocabulary. */
export interface SearchIndex {
  readonly locale: Locale;
  readonly ranker: RankIndex;
  readonly stem: Stemmer;
  readonly synonyms: readonly SynonymGroup[];
  /** The answers of every check, with their negations (search-answers.ts). */
  readonly answers: readonly AnswerTerms[];
  /** What each question's answers say the engineer saw, by their own terms (questionSymptoms in search-answers.ts). */
  readonly symptoms: readonly SymptomTerms[];
}

/*
 * Words that carry no meaning of their own in a query ("the user cannot …"):
 * left out of the index and of queries, so any-word matching ranks by the
 * words that matter.
 */
const STOP_WORDS = new Set(
  [
    'a an and are at be been being but by can cannot cant could did didn didnt do does doesn doesnt don dont for from get got has have how i in into is isn isnt it its me my no not of on or so that the their then there this to s t was wasn wasnt were weren what when where which who why will with without won wont would wouldn you your',
    'a al ale am are as au ca cand ce cel cea cu dar de din e este fara il in ii la le lui mai nu o pe pentru sa sau se si sunt un una unde care cum',
    'aan al als bij dan dat de die dit door een en er geen het hoe ik in is kan maar met na naar niet of om op te tot van voor wat welke wie zijn zonder',
  ]
    .join(' ')
    .split(' '),
);

/*
 * Words that say something failed without saying what ("fails", "error",
 * "not working"): nearly every query carries one, so in a query they count
 * for little, and the words that name the thing decide.
 */
const WEAK_WORDS = new Set(
  [
    'fail fails failed failing failure failures error errors problem problems issue issues broken work works working trouble wrong',
    'esueaza esuat esuata esuate esec eroare erori eroarea problema probleme problemei functioneaza merge defect gresit gresita',
    'mislukt mislukken mislukte mislukking fout fouten foutmelding probleem problemen werkt werken kapot lukt verkeerd',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word only says that something failed (see WEAK_WORDS). */
export function isWeakWord(word: string): boolean {
  return WEAK_WORDS.has(normaliseTerm(word));
}

/** How the index and the queries turn words into terms: lower case, no diacritics, no stop words, stemmed. */
export function termFor(stem: Stemmer): (term: string) => string | null {
  return (term) => {
    const word = normaliseTerm(term);
    if (word === '' || STOP_WORDS.has(word)) return null;
    // Codes, versions and identifiers stay whole; words are stemmed.
    return /\d/.test(word) ? word : stem(word);
  };
}

const join = (...parts: readonly (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' \n');

export function searchDocuments(graph: ContentGraph, text: ContentText): SearchDocument[] {
  const docs: Omit<SearchDocument, 'phrases'>[] = [];
  for (const flowId of graph.flowOrder) {
    const flow = graph.flows[flowId];
    const flowText = text.flows[flowId];
    const detail = text.flowDetails[flowId];
    if (!flow || !flowText || !detail) continue;
    docs.push({
      id: `flow:${flowId}/${flow.start}`,
      kind: 'flow',
      title: flowText.title,
      text: flowText.summary,
      keywords: '',
      context: '',
    });
    // A step is also what the engineer saw that led to it: the answers that lead there ("there is no calling icon").
    const arrivals = new Map<string, string[]>();
    for (const node of Object.values(flow.nodes)) {
      for (const answer of node.answers) {
        const said = detail.nodes[node.id]?.answers[answer.id];
        if (answer.confirms !== undefined || answer.handover !== undefined || said === undefined || answer.next === node.id) continue;
        arrivals.set(answer.next, [...(arrivals.get(answer.next) ?? []), said]);
      }
    }
    for (const node of Object.values(flow.nodes)) {
      const nodeText = detail.nodes[node.id];
      if (!nodeText || node.id === flow.start) continue;
      docs.push({
        id: `flow:${flowId}/${node.id}`,
        kind: 'step',
        title: nodeText.title,
        text: join(
          nodeText.body,
          nodeText.why,
          ...Object.values(nodeText.answers),
          ...Object.values(nodeText.steps),
          ...(arrivals.get(node.id) ?? []),
        ),
        keywords: join(...node.codes, ...node.steps.map((s) => s.code), ...node.answers.map((a) => a.code)),
        context: flowText.title,
      });
    }
  }
  for (const procedure of Object.values(graph.procedures)) {
    const procedureText = text.procedures[procedure.id];
    if (!procedureText) continue;
    docs.push({
      id: `procedure:${procedure.id}`,
      kind: 'procedure',
      title: procedureText.title,
      text: join(procedureText.body, ...Object.values(procedureText.steps)),
      keywords: join(...procedure.steps.map((s) => s.code)),
      context: '',
    });
  }
  for (const code of graph.codes) {
    const codeText = text.codes[code.code];
    docs.push({
      id: `code:${code.code}`,
      kind: 'code',
      title: join(code.code, codeText?.meaning),
      text: codeText?.action ?? '',
      keywords: code.code,
      context: '',
    });
  }
  for (const log of graph.logs) {
    const logText = text.logs[log.id];
    docs.push({
      id: `log:${log.id}`,
      kind: 'log',
      title: logText?.name ?? log.id,
      text: logText?.purpose ?? '',
      keywords: join(log.host, log.windows, log.mac),
      context: '',
    });
  }
  for (const article of graph.articles) {
    const articleText = text.articles[article.id];
    docs.push({
      id: `article:${article.id}`,
      kind: 'article',
      title: articleText?.title ?? article.id,
      text: articleText?.body ?? '',
      keywords: '',
      context: '',
    });
  }
  for (const reference of Object.values(graph.references)) {
    docs.push({
      id: `reference:${reference.id}`,
      kind: 'reference',
      title: text.references[reference.id] ?? reference.id,
      text: '',
      keywords: reference.url,
      context: '',
    });
  }
  return docs.map((doc) => ({ ...doc, phrases: join(...(text.searchPhrases?.[doc.id] ?? [])) }));
}
