import { describe, expect, it } from 'vitest';
import {
  editDistance,
  hyphenParts,
  isPackedIndex,
  packIndex,
  prepareIndex,
  rank,
  RANK_WEIGHTS,
  splitCompound,
  textWords,
  type IndexedDocument,
  type QueryConcept,
  type RankOptions,
} from './search-ranker';
import { normaliseTerm } from './search-documents';
import { queryWords } from './search-synonyms';

/** Lower case, a few stop words, no stemming: what the ranking does is seen plainly. */
const STOP = new Set(['the', 'a', 'of', 'is', 'in']);
const term = (word: string) => (STOP.has(word.toLowerCase()) ? null : word.toLowerCase());

const doc = (id: string, title: string, text = '', keywords = '', context = '', phrases = ''): IndexedDocument => ({
  id,
  title,
  text,
  keywords,
  context,
  phrases,
});
/** Packed, through its JSON, and prepared, as the browser does. */
function index(docs: readonly IndexedDocument[], compounds = false) {
  const packed: unknown = JSON.parse(JSON.stringify(packIndex(docs, term, { compounds })));
  if (!isPackedIndex(packed)) throw new Error('not a packed index');
  return prepareIndex(packed);
}
/** Each word its own concept, typed by the engineer. */
const typed = (query: string): QueryConcept[] =>
  query.split(' ').map((word) => ({ alternatives: [{ terms: [word], weight: 1, typed: true }] }));
const OPTIONS: RankOptions = { prefixLength: 3, typos: (length) => (length >= 7 ? 2 : length >= 5 ? 1 : 0) };
const ids = (results: readonly { id: string }[]) => results.map((r) => r.id);

describe('the words of a text', () => {
  it('gives camelCase parts, joins hyphenated words for the index only, and marks sentence ends', () => {
    expect(textWords('XsiActionsLog and XSLog')).toEqual(['XsiActionsLog', 'Xsi', 'Actions', 'Log', 'and', 'XSLog', 'XS', 'Log']);
    expect(textWords('BroadWorks')).toEqual(['BroadWorks']);
    expect(textWords('the e-mail address')).toEqual(['the', 'e', 'mail', 'address']);
    expect(textWords('the e-mail address', { joined: true })).toEqual(['the', 'e', 'mail', 'email', 'address']);
    expect(textWords('One ends. Two starts\nthree')).toEqual(['One', 'ends', undefined, 'Two', 'starts', undefined, 'three']);
  });

  it('leaves out a Romanian article written after a hyphen, and nothing else', () => {
    expect(textWords('bridge-ul răspunde', { joined: true })).toEqual(['bridge', 'răspunde']);
    expect(textWords('log-urile SMS-uri patch-ului')).toEqual(['log', 'SMS', 'patch']);
    expect(textWords('sign-in Wi-Fi', { joined: true })).toEqual(['sign', 'in', 'signin', 'Wi', 'Fi', 'WiFi']);
    expect(hyphenParts('-ul')).toEqual(['', 'ul']);
    expect(hyphenParts('ul')).toEqual(['ul']);
    expect(queryWords('bridge-ul a răspuns; user-ului e-mail')).toEqual(['bridge', 'a', 'răspuns', 'user', 'e', 'mail']);
  });

  it('marks every form of a denied word of a phrase, and reads the mark only where asked', () => {
    expect(textWords('¬e-mail ¬XsiLog ok', { joined: true, marked: true })).toEqual([
      '¬e',
      '¬mail',
      '¬email',
      '¬XsiLog',
      '¬Xsi',
      '¬Log',
      'ok',
    ]);
    expect(textWords('¬icon')).toEqual(['icon']);
  });

  it('reads a label joined by an ampersand as one word, in a text and in a query', () => {
    expect(textWords('Integrated IM&P & R&D')).toEqual(['Integrated', 'IM&P', 'R&D']);
    expect(queryWords('Integrated IM&P & more &x')).toEqual(['Integrated', 'IM&P', 'more', '&x']);
    expect(['IM&P', 'imp', 'Imp'].map(normaliseTerm)).toEqual(['imp', 'imp', 'imp']);
  });

  it('splits a compound into two known words, dropping a linking s, and leaves other words whole', () => {
    const known = new Set(['gebruikers', 'synchronisatie', 'verkoop', 'beheerder']);
    const isKnown = (part: string) => known.has(part);
    expect(splitCompound('gebruikerssynchronisatie', isKnown)).toEqual(['gebruikers', 'synchronisatie']);
    expect(splitCompound('verkoopsbeheerder', isKnown)).toEqual(['verkoop', 'beheerder']);
    expect(splitCompound('synchronisatie', isKnown)).toBeUndefined();
    expect(splitCompound('onbekendewoorden', isKnown)).toBeUndefined();
    expect(splitCompound('kort', isKnown)).toBeUndefined();
  });

  it('measures typos as letters added, left out, changed or swapped, and stops past the bound', () => {
    expect(editDistance('certifcate', 'certificate', 2)).toBe(1);
    expect(editDistance('certifiacte', 'certificate', 2)).toBe(1);
    expect(editDistance('domian', 'domain', 1)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('short', 'muchlongerword', 2)).toBe(3);
  });
});

describe('the packed index', () => {
  it('reads back from its JSON, and a malformed one is refused', () => {
    const packed: unknown = JSON.parse(JSON.stringify(packIndex([doc('a', 'Alpha beta', 'Gamma. Delta')], term)));
    expect(isPackedIndex(packed)).toBe(true);
    expect(isPackedIndex({ terms: ['x'], docs: [['a', [0, 1], [], [], []]] })).toBe(false);
    expect(isPackedIndex({ terms: ['x'], docs: [['a', [0]]] })).toBe(false);
    expect(isPackedIndex({ terms: [1], docs: [] })).toBe(false);
    expect(isPackedIndex(null)).toBe(false);
  });

  it('indexes the parts of a compound when the language writes compounds', () => {
    const docs = [doc('sync', 'Gebruikerssynchronisatie mislukt'), doc('words', 'Gebruikers en synchronisatie')];
    expect(ids(rank(index(docs, true), typed('synchronisatie'), OPTIONS))).toContain('sync');
    expect(ids(rank(index(docs, false), typed('synchronisatie'), OPTIONS))).not.toContain('sync');
  });
});

describe('the ranking', () => {
  it('matches any word, and more matched words rank first', () => {
    const docs = [doc('one', 'Alpha alpha alpha'), doc('both', 'Alpha beta'), doc('none', 'Gamma')];
    expect(ids(rank(index(docs), typed('alpha beta'), OPTIONS))).toEqual(['both', 'one']);
    // Even when the one word is in the title and repeated: the share of the query covered counts.
    const strong = [
      doc('one', 'Alpha', 'alpha alpha alpha'),
      doc('both', 'Other', 'beta, then alpha'),
      doc('x', 'Gamma'),
      doc('y', 'Delta'),
    ];
    expect(ids(rank(index(strong), typed('alpha beta'), OPTIONS))[0]).toBe('both');
  });

  it('does not count a diagnosis named on every step as a common word', () => {
    const steps = Array.from({ length: 6 }, (_, i) => doc(`step${String(i)}`, `Step ${String(i)}`, 'Check this', '', 'Alpha'));
    const docs = [...steps, doc('title', 'Alpha'), doc('zeta', 'Other', 'Zeta is here')];
    expect(ids(rank(index(docs), typed('alpha zeta'), OPTIONS))[0]).toBe('title');
  });

  it('ranks a rarer word above a common one', () => {
    const docs = [doc('rare', 'Zeta'), doc('common', 'Common'), doc('c2', 'Common x'), doc('c3', 'Common y'), doc('c4', 'Common z')];
    expect(ids(rank(index(docs), typed('common zeta'), OPTIONS))[0]).toBe('rare');
  });

  it('counts a word in the title more than in the text, and the context least', () => {
    const docs = [
      doc('text', 'Other', 'Alpha here'),
      doc('title', 'Alpha', 'Other here'),
      doc('context', 'Other', 'Other here', '', 'Alpha'),
    ];
    expect(ids(rank(index(docs), typed('alpha'), OPTIONS))).toEqual(['title', 'text', 'context']);
  });

  it('counts a group of the vocabulary once, through its best word', () => {
    // Each word of the group is in two documents, so each is as rare as the others.
    const docs = [doc('three', 'Login signin logon'), doc('one', 'Login alpha beta'), doc('two', 'Signin logon gamma')];
    const group: QueryConcept[] = [
      {
        alternatives: ['login', 'signin', 'logon'].map((word) => ({ terms: [word], weight: 1, typed: true })),
      },
    ];
    const scores = new Map(rank(index(docs), group, OPTIONS).map((r) => [r.id, r.score]));
    expect(scores.get('three')).toBeCloseTo(scores.get('one') ?? 0);
    expect(scores.get('two')).toBeCloseTo(scores.get('one') ?? 0);
    // A second word of the query outweighs a second word of the same group.
    const withPrinter: QueryConcept[] = [...group, { alternatives: [{ terms: ['alpha'], weight: 1, typed: true }] }];
    expect(ids(rank(index(docs), withPrinter, OPTIONS))[0]).toBe('one');
  });

  it('counts a phrase of the vocabulary in full only where its words stand side by side', () => {
    const docs = [doc('phrase', 'Call settings here'), doc('apart', 'Call here. Settings'), doc('x', 'Other')];
    const vocabulary: QueryConcept[] = [{ alternatives: [{ terms: ['call', 'settings'], weight: 1, typed: false }] }];
    const scores = new Map(rank(index(docs), vocabulary, OPTIONS).map((r) => [r.id, r.score]));
    expect(scores.get('apart')).toBeCloseTo((scores.get('phrase') ?? 0) / 2, 1);
    // The engineer's own words count each, wherever they stand.
    const typedWords: QueryConcept[] = [{ alternatives: [{ terms: ['call', 'settings'], weight: 1, typed: true }] }];
    const typedScores = new Map(rank(index(docs), typedWords, OPTIONS).map((r) => [r.id, r.score]));
    expect(typedScores.get('apart')).toBeGreaterThan((typedScores.get('phrase') ?? 0) * 0.8);
  });

  it('ranks words found side by side, in the order typed, above the same words apart', () => {
    const docs = [
      doc('apart', 'Notes', 'Load first, then portal, then page.'),
      doc('phrase', 'Notes', 'Portal first, then page, then load.'),
    ];
    expect(ids(rank(index(docs), typed('page load'), OPTIONS))[0]).toBe('phrase');
    // Without the phrase bonus, the two tie and fall back to their order by id.
    const flat = rank(index(docs), typed('page load'), { ...OPTIONS, weights: { ...RANK_WEIGHTS, phrase: 0, run: 0 } });
    expect(flat[0]?.score).toBeCloseTo(flat[1]?.score ?? 0);
  });

  it('finds a typed word by its prefix and with a typo, for less than the word itself', () => {
    const docs = [doc('exact', 'Certificate'), doc('other', 'Provisioning')];
    expect(ids(rank(index(docs), typed('certifcate'), OPTIONS))).toEqual(['exact']);
    expect(ids(rank(index(docs), typed('provis'), OPTIONS))).toEqual(['other']);
    const whole = rank(index(docs), typed('certificate'), OPTIONS)[0]?.score ?? 0;
    expect(rank(index(docs), typed('certifcate'), OPTIONS)[0]?.score ?? 0).toBeLessThan(whole);
    // A word the engineer did not type (the vocabulary's) is matched exactly.
    const exactOnly: QueryConcept[] = [{ alternatives: [{ terms: ['certifcate'], weight: 1, typed: false }] }];
    expect(rank(index(docs), exactOnly, OPTIONS)).toEqual([]);
    // Never in the first letter: "incorrect" is no typo of "correct", though two letters apart.
    const opposite = [doc('correct', 'Password correct'), doc('other', 'Provisioning')];
    expect(rank(index(opposite), typed('incorrect'), OPTIONS)).toEqual([]);
    expect(ids(rank(index(opposite), typed('corect'), OPTIONS))).toEqual(['correct']);
  });

  it('finds a stem variant: an index term the typed term starts with, a few letters shorter', () => {
    const docs = [doc('variant', 'Organiz'), doc('far', 'Organ')];
    // Three letters longer: too many for a typo, close enough for a variant.
    expect(ids(rank(index(docs), typed('organizati'), OPTIONS))).toEqual(['variant']);
  });

  it('keeps to the results wanted, in the same order as a full ranking, a phrase lifting one from below', () => {
    const apart = Array.from({ length: 10 }, (_, i) => doc(`apart${String(i)}`, 'Alpha gamma gamma beta', `note ${String(i)}`));
    const docs = [...apart, doc('phrase', 'Alpha beta gamma gamma gamma')];
    const full = ids(rank(index(docs), typed('alpha beta'), OPTIONS));
    expect(full[0]).toBe('phrase');
    expect(ids(rank(index(docs), typed('alpha beta'), { ...OPTIONS, limit: 1 }))).toEqual(['phrase']);
    expect(ids(rank(index(docs), typed('alpha beta'), { ...OPTIONS, limit: 4 }))).toEqual(full.slice(0, 4));
  });
});

describe('denied words of a phrase', () => {
  // "¬icon": a phrase said the icon is missing.
  const docs = [
    doc('plain', 'settings', 'icon'),
    doc('denied', 'sidebar', '', '', '', '¬icon'),
    doc('both', 'other', 'icon', '', '', '¬icon ¬icon'),
  ];
  const concept = (denied: boolean): QueryConcept[] => [{ alternatives: [{ terms: ['icon'], weight: 1, typed: true, denied }] }];

  it('match only a query that denies them too, added to the word found plainly', () => {
    const ranked = index(docs);
    expect(ranked.terms).toContain('¬icon');
    const plain = rank(ranked, concept(false), OPTIONS);
    expect(ids(plain).sort()).toEqual(['both', 'plain']);
    expect(plain[0]?.score).toBeCloseTo(plain[1]?.score ?? 0);
    const denied = rank(ranked, concept(true), OPTIONS);
    expect(ids(denied).sort()).toEqual(['both', 'denied', 'plain']);
    const score = (id: string, results: typeof plain) => results.find((r) => r.id === id)?.score ?? 0;
    // The denied word adds to the same word found plainly, as one word: more than either alone.
    expect(score('both', denied)).toBeGreaterThan(score('plain', denied));
    expect(score('both', denied)).toBeGreaterThan(score('denied', denied));
    expect(score('plain', denied)).toBeCloseTo(score('plain', plain));
  });

  it('are found by a query that denies them when no text holds them plainly', () => {
    const ranked = index([doc('denied', 'sidebar', '', '', '', '¬icon'), doc('other', 'settings')]);
    expect(ids(rank(ranked, concept(true), OPTIONS))).toEqual(['denied']);
    expect(rank(ranked, concept(false), OPTIONS)).toEqual([]);
  });
});
