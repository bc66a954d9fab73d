/**
 * The search's own word index and ranking (issue 13). The build packs each
 * locale's documents into a small index: the vocabulary (stemmed terms) and,
 * for every document, each field's terms in their order. The browser ranks
 * with it as support engineers expect:
 *  - any word may match; a document's score adds up, per word of the query,
 *    how well that word matches it (BM25 per field, the title counting most,
 *    rarer words more), and is then weighed by how much of the query it
 *    covers, so more matched words and rarer ones rank first;
 *  - a word of the field's vocabulary counts once, through its best synonym;
 *  - query words found next to each other in a document, as typed, count
 *    extra (a phrase of the guide typed from memory);
 *  - long words match by prefix and with typos, for less than the word itself.
 * MiniSearch, used before, could not weigh phrases or count a synonym once.
 */

/** A document to index: what search-documents.ts gives, with the step's diagnosis as context. */
export interface IndexedDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly keywords: string;
  /** Words that place the document (a step's diagnosis): they count little, and not for how rare a word is. */
  readonly context: string;
  /** What engineers type for the document, in their own words: never shown. */
  readonly phrases: string;
}

export const FIELDS = ['title', 'text', 'keywords', 'context', 'phrases'] as const;
export type Field = (typeof FIELDS)[number];

/** The index as shipped: the vocabulary, and per document its id and each field's term numbers in order, -1 where a sentence or part ends. */
export interface PackedIndex {
  readonly terms: readonly string[];
  readonly docs: readonly (readonly [string, ...(readonly number[])[]])[];
}

const BREAK = -1;

/** Whether a value has the shape of a packed index (what the build emits, read back from its JSON). */
export function isPackedIndex(value: unknown): value is PackedIndex {
  if (typeof value !== 'object' || value === null || !('terms' in value) || !('docs' in value)) return false;
  const { terms, docs } = value;
  return (
    Array.isArray(terms) &&
    terms.every((term) => typeof term === 'string') &&
    Array.isArray(docs) &&
    docs.every(
      (doc) =>
        Array.isArray(doc) &&
        typeof doc[0] === 'string' &&
        doc.length === FIELDS.length + 1 &&
        doc.slice(1).every((field) => Array.isArray(field) && field.every((t) => Number.isInteger(t) && t >= BREAK && t < terms.length)),
    )
  );
}

/** Product names written in camelCase are one word: "BroadWorks" is not "broad works". */
const WHOLE = /^broad(works|soft|cloud)$/iu;

/**
 * Romanian writes the article of a foreign word after a hyphen
 * ("bridge-ul", "patch-ul", "log-urile", "SMS-uri"): that ending is not a
 * word of its own, or "ul" would match every page that says "patch-ul".
 */
const ARTICLE = /^(?:ul|ului|ua|uri|urile|urilor|lui|le|lor|ii|ei|a|i)$/iu;

/** A hyphenated word's parts, a Romanian article ending after the hyphen left out. */
export function hyphenParts(word: string): string[] {
  const parts = word.split('-');
  return parts.length > 1 && parts[0] !== '' && ARTICLE.test(parts.at(-1) ?? '') ? parts.slice(0, -1) : parts;
}

/**
 * A text's words in order, `undefined` where a sentence or a part ends. A
 * product label joined by an ampersand ("IM&P") is one word. A
 * word written in camelCase ("XsiActionsLog", "subscriberProfile") is also
 * given as its parts, and in a document a hyphenated one ("e-mail") also
 * written together, so a query finds it in either form. (A query keeps a
 * hyphenated word as its parts: "sign-in" also finds "sign in".)
 */
export function textWords(
  text: string,
  { joined = false, marked = false }: { readonly joined?: boolean; readonly marked?: boolean } = {},
): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const [chunk] of text.matchAll(marked ? MARKED_CHUNKS : CHUNKS)) {
    if (/[\p{L}\p{N}]/u.test(chunk)) {
      // A denied word's every form is denied.
      const mark = chunk.startsWith(DENIED) ? DENIED : '';
      // A hyphenated word ("e-mail", "sign-in") is its parts, and also the parts written together.
      const hyphenated = hyphenParts(chunk.slice(mark.length));
      for (const word of hyphenated) {
        out.push(mark + word);
        const parts = WHOLE.test(word) ? [] : word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
        if (parts.length > 1) out.push(...parts.map((part) => mark + part));
      }
      if (joined && hyphenated.length > 1) out.push(mark + hyphenated.join(''));
    } else if (/[.!?;]\s|\n|^[.!?;]+$/u.test(chunk) && out.at(-1) !== undefined) out.push(undefined);
  }
  return out;
}

const CHUNKS = /[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;
const MARKED_CHUNKS = /¬?[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+)*|[^\p{L}\p{N}¬]+|¬/gu;

/**
 * Put before a word of a phrase that a negation denies ("¬icon" in "calling
 * icon missing"): it is indexed as a term of its own, which only a query word
 * denied in the same way matches ("no calling icon", not "the icon is there").
 */
export const DENIED = '¬';

/** Compounds are looked for in words this long or longer; their parts are this long or longer. */
const COMPOUND_LENGTH = 8;
const HEAD_LENGTH = 3;
const TAIL_LENGTH = 4;

/**
 * A compound word (in lower case) as two words the language knows, the longest known tail
 * first: "gebruikerssynchronisatie" is "gebruikers" + "synchronisatie", with
 * a linking s or e dropped from the head when only that makes it a word
 * ("verkoopsbeheerder"). Dutch writes most of its terms this way.
 */
export function splitCompound(word: string, known: (part: string) => boolean): [string, string] | undefined {
  if (word.length < COMPOUND_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
  for (let i = HEAD_LENGTH; i <= word.length - TAIL_LENGTH; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!known(tail)) continue;
    if (known(head)) return [head, tail];
    const linked = /(?:s|e|en)$/u.exec(head);
    const bare = linked ? head.slice(0, head.length - linked[0].length) : '';
    if (bare.length >= HEAD_LENGTH && known(bare)) return [bare, tail];
  }
  return undefined;
}

/** Packs documents: terms numbered by frequency (the commonest get the shortest numbers). */
export function packIndex(
  docs: readonly IndexedDocument[],
  term: (word: string) => string | null,
  { compounds = false }: { readonly compounds?: boolean } = {},
): PackedIndex {
  // The terms of the documents, to split compounds into (a stop word is no part).
  const known = new Set<string>();
  if (compounds)
    for (const doc of docs)
      for (const field of FIELDS)
        for (const word of textWords(doc[field], { joined: true })) {
          const processed = word === undefined ? null : term(word);
          if (processed !== null) known.add(processed);
        }
  const isKnown = (part: string) => {
    const processed = term(part);
    return processed !== null && known.has(processed);
  };
  const markedTerm = (word: string) => {
    if (!word.startsWith(DENIED)) return term(word);
    const processed = term(word.slice(DENIED.length));
    return processed === null ? null : DENIED + processed;
  };
  const sequences = docs.map((doc) =>
    FIELDS.map((field) => {
      const seq: (string | undefined)[] = [];
      for (const word of textWords(doc[field], { joined: true, marked: field === 'phrases' })) {
        const processed = word === undefined ? undefined : markedTerm(word);
        if (processed === null) continue;
        if (processed === undefined && (seq.length === 0 || seq.at(-1) === undefined)) continue;
        seq.push(processed);
        const parts =
          word === undefined || !compounds || WHOLE.test(word) || word.startsWith(DENIED)
            ? undefined
            : splitCompound(word.toLowerCase(), isKnown);
        for (const part of parts ?? []) {
          const partTerm = term(part);
          if (partTerm !== null) seq.push(partTerm);
        }
      }
      if (seq.at(-1) === undefined) seq.pop();
      return seq;
    }),
  );
  const counts = new Map<string, number>();
  for (const fields of sequences)
    for (const seq of fields) for (const t of seq) if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
  const terms = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  const ids = new Map(terms.map((t, i) => [t, i]));
  return {
    terms,
    docs: docs.map((doc, d) => [
      doc.id,
      ...(sequences[d] ?? []).map((seq) => seq.map((t) => (t === undefined ? BREAK : (ids.get(t) ?? BREAK)))),
    ]),
  };
}

interface PreparedDoc {
  readonly id: string;
  /** Per field: how often each term occurs, and where. */
  readonly positions: readonly ReadonlyMap<number, readonly number[]>[];
  readonly lengths: readonly number[];
}

/** The packed index, ready to rank with. */
export interface RankIndex {
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  readonly docs: readonly PreparedDoc[];
  /** Per term: the documents holding it in any field. */
  readonly postings: readonly (readonly number[])[];
  /** Per term: how rare it is (inverse document frequency, context left out). */
  readonly idf: readonly number[];
  /** Per field: the average length of the documents that have that field. */
  readonly averages: readonly number[];
  /** The term numbers in alphabetical order of their terms, for prefix look-ups. */
  readonly sorted: readonly number[];
  /** Per term: which letters it holds, one bit each, to rule out typo matches cheaply. */
  readonly letters: Uint32Array;
  /** Per term: the number of the same term denied in a phrase ("¬icon" for "icon"), where there is one. */
  readonly denied: ReadonlyMap<number, number>;
}

/** The letters a term holds, one bit each (a–z, digits together, anything else together). */
function letterMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i += 1) {
    const code = term.charCodeAt(i);
    const bit = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 : 27;
    mask |= 1 << bit;
  }
  return mask >>> 0;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Positions jump this far at a break, so no two words across a sentence end count as neighbours. */
const BREAK_GAP = 10;

export function prepareIndex(packed: PackedIndex): RankIndex {
  const postings: number[][] = packed.terms.map(() => []);
  const df = packed.terms.map(() => 0);
  const totals = FIELDS.map(() => 0);
  const present = FIELDS.map(() => 0);
  const docs = packed.docs.map(([id, ...fields], d): PreparedDoc => {
    const seen = new Set<number>();
    const counted = new Set<number>();
    const lengths: number[] = [];
    const positions = FIELDS.map((field, f) => {
      const map = new Map<number, number[]>();
      let pos = 0;
      let length = 0;
      for (const t of fields[f] ?? []) {
        if (t === BREAK) {
          pos += BREAK_GAP;
          continue;
        }
        const list = map.get(t);
        if (list) list.push(pos);
        else map.set(t, [pos]);
        pos += 1;
        length += 1;
        if (!seen.has(t)) {
          seen.add(t);
          postings[t]?.push(d);
        }
        if (field !== 'context' && !counted.has(t)) {
          counted.add(t);
          df[t] = (df[t] ?? 0) + 1;
        }
      }
      lengths.push(length);
      totals[f] = (totals[f] ?? 0) + length;
      if (length > 0) present[f] = (present[f] ?? 0) + 1;
      return map;
    });
    return { id, positions, lengths };
  });
  const n = docs.length;
  const termIds = new Map(packed.terms.map((t, i) => [t, i]));
  return {
    terms: packed.terms,
    termIds,
    docs,
    postings,
    idf: df.map((count) => Math.log(1 + (n - count + 0.5) / (count + 0.5))),
    averages: totals.map((total, f) => (present[f] ? total / (present[f] ?? 1) : 1)),
    sorted: packed.terms.map((_, i) => i).sort((a, b) => ((packed.terms[a] ?? '') < (packed.terms[b] ?? '') ? -1 : 1)),
    letters: Uint32Array.from(packed.terms, letterMask),
    denied: new Map(
      packed.terms.flatMap((t, id) => {
        const plain = t.startsWith(DENIED) ? termIds.get(t.slice(DENIED.length)) : undefined;
        return plain === undefined ? [] : [[plain, id] as const];
      }),
    ),
  };
}

/** One thing the query asks for: a typed word, or a group of the vocabulary with its words, each worth a weight. */
export interface QueryConcept {
  /** `typed`: the engineer's own words, which may be a prefix or carry typos; the others are matched exactly. */
  readonly alternatives: readonly {
    readonly terms: readonly string[];
    readonly weight: number;
    readonly typed: boolean;
    /** The query denies these words ("no calling icon"): they also match what a phrase denies, as the same words. */
    readonly denied?: boolean;
  }[];
  /** A word that only says something failed: it does not make the query more specific (see RankOptions.prior). */
  readonly weak?: boolean;
}

export interface RankOptions {
  /** Typed terms this long or longer also match longer terms that start with them (a word cut short, or still being typed). */
  readonly prefixLength: number;
  /** How many typos a term of this length may have. */
  readonly typos: (length: number) => number;
  /** A document's prior (its kind), given how many of the query's concepts the index knows, weak ones left out: multiplies its score. */
  readonly prior?: (id: string, concepts: number) => number;
  readonly weights?: RankWeights;
  /** How many results are wanted: the ranking may stop early once no other document can reach them. */
  readonly limit?: number;
}

export interface Ranked {
  readonly id: string;
  readonly score: number;
  /** For each concept of the query, whether the document matched it. */
  readonly matched: readonly boolean[];
  /** The index terms the document matched (for highlighting). */
  readonly terms: readonly string[];
}

/** The ranking's weights; see rank(). */
export interface RankWeights {
  /** How much each field counts, and how much its length matters (BM25's b). */
  readonly field: Readonly<Record<Field, number>>;
  readonly length: Readonly<Record<Field, number>>;
  /** The saturation of a repeated word (BM25's k1). */
  readonly k1: number;
  /** What a prefix or a typo match is worth against the word itself. */
  readonly prefix: number;
  readonly typo: number;
  /** What a stem variant is worth: a term of the index that the query term starts with, a few letters shorter. */
  readonly variant: number;
  /** How much covering more of the query counts: the score is multiplied by the covered share to this power. */
  readonly coverage: number;
  /** The most that query words found side by side add, as a share of the score. */
  readonly phrase: number;
  /** What the longest run of query words found in order, side by side, adds (per word beyond the first, as a share of the score). */
  readonly run: number;
  /** How far apart two words may be and still count as side by side (after stop words are left out). */
  readonly window: number;
}

// The phrases engineers type for a step count as much as its own text: 2 and 0.5 measured fewer first results.
export const RANK_WEIGHTS: RankWeights = {
  field: { title: 3, text: 1, keywords: 2, context: 0.5, phrases: 1 },
  length: { title: 0.5, text: 0.75, keywords: 0.5, context: 0, phrases: 0.5 },
  k1: 1.2,
  prefix: 0.4,
  typo: 0.3,
  variant: 0.6,
  coverage: 1,
  phrase: 0.5,
  run: 0.25,
  window: 2,
};

/** A stem variant: a term of the index this long or longer, that the query term starts with and goes on for at most this many letters. */
const VARIANT_LENGTH = 5;
const VARIANT_EXTRA = 3;

/** Optimal string alignment distance, or `max + 1` once it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prevPrev = new Array<number>(width).fill(0);
  let prev = Array.from({ length: width }, (_, j) => j);
  let row = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length] ?? max + 1;
}

/** The index terms a query term matches, each with what the match is worth. */
function expand(
  index: RankIndex,
  term: string,
  loose: boolean,
  options: RankOptions,
  weights: RankWeights,
  denied = false,
): Map<number, number> {
  const found = new Map<number, number>();
  // A word that only a phrase holds, and only denied, is found as that when the query denies it too.
  const exact = index.termIds.get(term) ?? (denied ? index.termIds.get(DENIED + term) : undefined);
  if (exact !== undefined) found.set(exact, 1);
  if (!loose) return found;
  if (term.length >= options.prefixLength) {
    // The terms that start with it sit together in alphabetical order.
    let low = 0;
    let high = index.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((index.terms[index.sorted[mid] ?? 0] ?? '') < term) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < index.sorted.length; i += 1) {
      const id = index.sorted[i] ?? 0;
      const candidate = index.terms[id] ?? '';
      if (!candidate.startsWith(term)) break;
      if (id === exact) continue;
      const extra = candidate.length - term.length;
      found.set(id, (weights.prefix * candidate.length) / (candidate.length + 0.3 * extra));
    }
  }
  // The same word stemmed a little differently ("organizat", "organiz"): a shorter term of the index that the query term starts with.
  if (term.length > VARIANT_LENGTH && !/\d/.test(term))
    for (let length = Math.max(VARIANT_LENGTH, term.length - VARIANT_EXTRA); length < term.length; length += 1) {
      const id = index.termIds.get(term.slice(0, length));
      if (id !== undefined) found.set(id, Math.max(found.get(id) ?? 0, weights.variant));
    }
  const typos = /\d/.test(term) ? 0 : options.typos(term.length);
  if (typos === 0) return found;
  const mask = letterMask(term);
  index.terms.forEach((candidate, id) => {
    // One typo changes at most two of the letters a word holds.
    // A typo is never in the first letter: "incorrect" is not a typo of "correct", "unassigned" not of "assigned".
    if (
      found.has(id) ||
      candidate[0] !== term[0] ||
      Math.abs(candidate.length - term.length) > typos ||
      bitCount(mask ^ (index.letters[id] ?? 0)) > 2 * typos
    )
      return;
    const distance = editDistance(term, candidate, typos);
    if (distance <= typos) found.set(id, (weights.typo * candidate.length) / (candidate.length + distance));
  });
  return found;
}

/** A term's BM25 score in a document, over its fields; with `twin`, that term's occurrences count as the term's own (a denied word, for a query that denies it). */
function fieldScore(index: RankIndex, doc: PreparedDoc, termId: number, weights: RankWeights, twin?: number): number {
  let score = 0;
  FIELDS.forEach((field, f) => {
    const tf = (doc.positions[f]?.get(termId)?.length ?? 0) + (twin === undefined ? 0 : (doc.positions[f]?.get(twin)?.length ?? 0));
    if (tf === 0) return;
    const b = weights.length[field];
    const norm = 1 - b + (b * (doc.lengths[f] ?? 0)) / (index.averages[f] ?? 1);
    score += (weights.field[field] * (tf * (weights.k1 + 1))) / (tf + weights.k1 * norm);
  });
  return score * (index.idf[termId] ?? 0);
}

/** Ranks the documents for the concepts of a query; documents that match none are left out. */
export function rank(index: RankIndex, concepts: readonly QueryConcept[], options: RankOptions): Ranked[] {
  const weights = options.weights ?? RANK_WEIGHTS;
  const expanded = concepts.map((concept) =>
    concept.alternatives.map((alt) => ({
      weight: alt.weight,
      typed: alt.typed,
      denied: alt.denied === true,
      terms: alt.terms.map((term) => expand(index, term, alt.typed, options, weights, alt.denied)),
    })),
  );
  // How much each concept is worth: the rarest of its words, as it can best be matched.
  const worth = expanded.map((alts) => {
    let best = 0;
    for (const alt of alts)
      for (const found of alt.terms) for (const [id, w] of found) best = Math.max(best, alt.weight * w * (index.idf[id] ?? 0));
    return best;
  });
  const total = worth.reduce((sum, w) => sum + w, 0);
  if (total === 0) return [];
  const known = worth.filter((w) => w > 0).length;
  // How specific the query is: "provisioning failed" names one thing, as "provisioning" does.
  const specific = worth.filter((w, c) => w > 0 && concepts[c]?.weak !== true).length;
  // Each index term of the query scored once per document holding it; a denied one under its own key, with its twin.
  const scores = new Map<number, Map<number, number>>();
  const keyOf = (id: number, denied: boolean) => (denied && index.denied.has(id) ? -1 - id : id);
  for (const alts of expanded)
    for (const alt of alts)
      for (const found of alt.terms)
        for (const id of found.keys()) {
          const key = keyOf(id, alt.denied);
          if (scores.has(key)) continue;
          const twin = key === id ? undefined : index.denied.get(id);
          const perDoc = new Map<number, number>();
          const holding = index.postings[id] ?? [];
          for (const d of twin === undefined ? holding : new Set([...holding, ...(index.postings[twin] ?? [])])) {
            const doc = index.docs[d];
            if (doc) perDoc.set(d, fieldScore(index, doc, id, weights, twin));
          }
          scores.set(key, perDoc);
        }
  const candidates = new Set<number>();
  for (const perDoc of scores.values()) for (const d of perDoc.keys()) candidates.add(d);

  // First each document's score from its words, then, best first, what its phrases add.
  const scored: { doc: PreparedDoc; score: number; matched: boolean[]; terms: Set<number>; hitsOf: number[][] }[] = [];
  for (const d of candidates) {
    const doc = index.docs[d];
    if (!doc) continue;
    let score = 0;
    let covered = 0;
    const matched: boolean[] = [];
    const terms = new Set<number>();
    // Per concept, the terms it matched in this document, to find neighbours with.
    const hitsOf: number[][] = [];
    expanded.forEach((alts, c) => {
      let best = 0;
      let bestTerms: number[] = [];
      for (const alt of alts) {
        let sum = 0;
        const used: number[] = [];
        for (const found of alt.terms) {
          let termBest = 0;
          for (const [id, w] of found) {
            const base = scores.get(keyOf(id, alt.denied))?.get(d);
            if (base === undefined) continue;
            used.push(id);
            termBest = Math.max(termBest, w * base);
          }
          sum += termBest;
        }
        // A phrase of the vocabulary that the engineer did not type counts in full only side by side, as a phrase.
        const phrase =
          alt.typed ||
          alt.terms.length < 2 ||
          runs(
            doc,
            alt.terms.map((found) => [...found.keys()]),
            weights.window,
          ).longest === alt.terms.length;
        const altScore = (alt.weight * sum) / (phrase ? 1 : alt.terms.length);
        if (altScore > best) {
          best = altScore;
          bestTerms = used;
        }
      }
      matched.push(best > 0);
      hitsOf.push(bestTerms);
      if (best > 0) {
        score += best;
        covered += worth[c] ?? 0;
        for (const id of bestTerms) terms.add(id);
      }
    });
    if (score === 0) continue;
    score *= (covered / total) ** weights.coverage * (options.prior?.(doc.id, specific) ?? 1);
    scored.push({ doc, score, matched, terms, hitsOf });
  }
  scored.sort((a, b) => b.score - a.score);
  const most = known > 1 ? 1 + weights.phrase + weights.run : 1;
  const results: Ranked[] = [];
  let bar = 0;
  for (const { doc, score, matched, terms, hitsOf } of scored) {
    // Once even the most that phrases can add cannot reach the last place wanted, the rest stays below.
    if (options.limit !== undefined && results.length >= options.limit && score * most < bar) break;
    const final =
      score *
      phraseFactor(
        doc,
        hitsOf.filter((_, c) => (worth[c] ?? 0) > 0),
        weights,
      );
    results.push({ id: doc.id, score: final, matched, terms: [...terms].map((id) => index.terms[id] ?? '') });
    if (options.limit !== undefined && results.length >= options.limit) {
      results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      bar = results[options.limit - 1]?.score ?? 0;
    }
  }
  results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return options.limit === undefined ? results : results.slice(0, options.limit);
}

/**
 * What a document's phrases add: consecutive concepts of the query found side
 * by side, in order, in one field, and the longest run of them (a phrase of
 * the guide typed from memory). The factor is 1 plus at most `phrase + run`.
 */
function phraseFactor(doc: PreparedDoc, informative: readonly (readonly number[])[], weights: RankWeights): number {
  if (informative.length < 2 || informative.filter((ids) => ids.length > 0).length < 2) return 1;
  const { longest, near } = runs(doc, informative, weights.window);
  const pairs = near.filter(Boolean).length;
  return 1 + (weights.phrase * pairs + weights.run * (longest - 1)) / (informative.length - 1);
}

/**
 * Groups of terms (each group: the terms one word of the query matched)
 * found in order, side by side, in one field: which neighbouring groups were
 * (near[i] for groups i and i + 1), and the longest run of them.
 */
function runs(doc: PreparedDoc, groups: readonly (readonly number[])[], window: number): { longest: number; near: boolean[] } {
  const near = groups.slice(1).map(() => false);
  let longest = 1;
  for (const field of doc.positions) {
    // For each position of a group's term, how long a run ends there.
    let ends = new Map<number, number>();
    groups.forEach((ids, c) => {
      const next = new Map<number, number>();
      for (const id of ids)
        for (const q of field.get(id) ?? []) {
          let run = 1;
          for (const [p, length] of ends)
            if (q - p >= 1 && q - p <= window) {
              run = Math.max(run, length + 1);
              near[c - 1] = true;
            }
          next.set(q, Math.max(next.get(q) ?? 0, run));
          longest = Math.max(longest, run);
        }
      ends = next;
    });
  }
  return { longest, near };
}
