/**
 * The literal strings a regular expression cannot match without: for a
 * pattern, a short list of strings such that every match holds one of them.
 * `[Cc]ustomer\s+[Oo]rg` gives ["Customer", "customer"]; `\d+` gives nothing
 * (undefined), since a match may hold any digit.
 *
 * The log scan (line-finder.ts) looks for these strings in the file's bytes
 * and decodes and matches only the lines that hold one: most lines of a log
 * hold none, and decoding costs a browser more than reading.
 *
 * It reads the syntax of JavaScript patterns without flags. Where it is not
 * sure (a back-reference, a large character class, `.`) it assumes the part
 * may match anything: the list is then shorter or missing, never wrong.
 */

/** More strings than this are no longer worth following as a part's exact strings. */
const MAX_STRINGS = 64;
/**
 * A list of more strings than this is no filter worth having. Far more than
 * MAX_STRINGS: the catalogue's error codes are one alternation of a few dozen,
 * and growing, and a list too long would have the scan decode every line.
 */
const MAX_LITERALS = 1024;
/** A character class with more characters than this may match anything. */
const MAX_CLASS = 16;

/** What a part of a pattern tells. */
interface Facts {
  /** Every string the part matches, when they are few (undefined: many, or unbounded). */
  readonly exact: readonly string[] | undefined;
  /** Every match holds one of these (undefined: none is sure). */
  readonly must: readonly string[] | undefined;
}

const ANYTHING: Facts = { exact: undefined, must: undefined };
const EMPTY: Facts = { exact: [''], must: undefined };

/** How good a list is as a filter: its shortest string's length (-1: useless). */
function quality(strings: readonly string[] | undefined): number {
  if (strings === undefined || strings.length === 0 || strings.length > MAX_LITERALS) return -1;
  return Math.min(...strings.map((s) => s.length));
}

/** The better filter of two: longer shortest strings, then fewer strings. */
function better(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  const qa = quality(a);
  const qb = quality(b);
  if (qb > qa || (qb === qa && qb > 0 && (b?.length ?? 0) < (a?.length ?? 0))) return b;
  return qa > 0 ? a : undefined;
}

const best = (facts: Facts) => better(facts.must, facts.exact);
const unique = (strings: readonly string[]) => [...new Set(strings)];

function product(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  return unique(a.flatMap((x) => b.map((y) => x + y)));
}

/** One item after the other. */
function sequence(items: readonly Facts[]): Facts {
  // The exact strings of the items since the last one that broke the run.
  let run: readonly string[] = [''];
  let exactAll = true;
  let must: readonly string[] | undefined;
  for (const item of items) {
    const joined = item.exact === undefined ? undefined : product(run, item.exact);
    if (joined) {
      run = joined;
      continue;
    }
    exactAll = false;
    must = better(better(must, run), best(item));
    run = item.exact ?? [''];
  }
  must = better(must, run);
  return { exact: exactAll ? run : undefined, must };
}

/** One of several. */
function either(options: readonly Facts[]): Facts {
  const exacts = options.map((o) => o.exact);
  const exact = exacts.every((e) => e !== undefined) ? unique(exacts.flat()) : undefined;
  const musts = options.map(best);
  const must = musts.every((m) => quality(m) > 0) ? unique(musts.flatMap((m) => m ?? [])) : undefined;
  return {
    exact: exact && exact.length <= MAX_STRINGS ? exact : undefined,
    must: quality(must) > 0 ? must : undefined,
  };
}

/** An item repeated `min` to `max` times. */
function repeat(item: Facts, min: number, max: number): Facts {
  if (min === 0) {
    // Optional once: its strings or nothing. Any more and it is not followed.
    const exact = max === 1 && item.exact ? unique([...item.exact, '']) : undefined;
    return { exact: exact && exact.length <= MAX_STRINGS ? exact : undefined, must: undefined };
  }
  let exact: readonly string[] | undefined = min === max ? [''] : undefined;
  for (let i = 0; exact && i < min; i += 1) exact = item.exact ? product(exact, item.exact) : undefined;
  // At least once: what the item must hold, the repetition holds.
  return { exact, must: best(item) };
}

const CLASS_ESCAPES: Readonly<Record<string, string | undefined>> = {
  d: '0123456789',
  // \w and \s are larger than MAX_CLASS, \D \W \S larger still: anything.
};
const CHAR_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  parse(): Facts {
    const facts = this.alternation();
    if (this.pos < this.source.length) throw new Error(`unexpected ")" at ${String(this.pos)}`);
    return facts;
  }

  private peek(offset = 0): string {
    return this.source[this.pos + offset] ?? '';
  }

  private alternation(): Facts {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? ANYTHING) : either(options);
  }

  private sequence(): Facts {
    const items: Facts[] = [];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(item: Facts): Facts {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.pos += 1;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!braces) return item;
      this.pos += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    }
    // A lazy quantifier matches the same strings.
    if (this.peek() === '?') this.pos += 1;
    return repeat(item, min, max);
  }

  private atom(): Facts {
    const c = this.peek();
    this.pos += 1;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANYTHING;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    return { exact: [c], must: undefined };
  }

  private group(): Facts {
    let lookaround = false;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.pos, this.pos + 3);
      if (kind.startsWith('?:')) this.pos += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        lookaround = true;
        this.pos += 2;
      } else if (kind === '?<=' || kind === '?<!') {
        lookaround = true;
        this.pos += 3;
      } else if (kind.startsWith('?<')) {
        // A named group: (?<name>…).
        const end = this.source.indexOf('>', this.pos);
        if (end === -1) throw new Error('unterminated group name');
        this.pos = end + 1;
      } else {
        // Another kind of group (a modifier such as (?i:…)) changes what matches: not followed.
        throw new Error(`unknown group ${kind}`);
      }
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Error('unterminated group');
    this.pos += 1;
    // A look-around matches no characters of its own.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Facts {
    const c = this.peek();
    this.pos += 1;
    if (c === 'b' || c === 'B') return EMPTY;
    const chars = CLASS_ESCAPES[c];
    if (chars !== undefined) return { exact: chars.split(''), must: undefined };
    if ('DwWsS'.includes(c) || /[1-9k]/.test(c)) return ANYTHING;
    const char = this.escapedChar(c);
    return char === undefined ? ANYTHING : { exact: [char], must: undefined };
  }

  /** The character an escape stands for, once its letter is read; undefined when unsure. */
  private escapedChar(c: string): string | undefined {
    const known = CHAR_ESCAPES[c];
    if (known !== undefined) return known;
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (hex > 0) {
      const digits = this.source.slice(this.pos, this.pos + hex);
      if (!new RegExp(`^[0-9a-fA-F]{${String(hex)}}$`).test(digits)) return undefined;
      this.pos += hex;
      return String.fromCharCode(parseInt(digits, 16));
    }
    if (c === 'c') return undefined;
    return c;
  }

  private charClass(): Facts {
    const negated = this.peek() === '^';
    if (negated) this.pos += 1;
    const chars = new Set<string>();
    let sure = true;
    while (this.pos < this.source.length && this.peek() !== ']') {
      const from = this.classChar();
      if (from === undefined) {
        sure = false;
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.pos += 1;
        const to = this.classChar();
        if (to === undefined || from.length !== 1 || to.length !== 1) {
          sure = false;
          continue;
        }
        const span = (to.codePointAt(0) ?? 0) - (from.codePointAt(0) ?? 0);
        if (span > MAX_CLASS) sure = false;
        else for (let code = from.codePointAt(0) ?? 0; code <= (to.codePointAt(0) ?? 0); code += 1) chars.add(String.fromCharCode(code));
        continue;
      }
      for (const char of from) chars.add(char);
    }
    if (this.peek() !== ']') throw new Error('unterminated character class');
    this.pos += 1;
    if (negated || !sure || chars.size === 0 || chars.size > MAX_CLASS) return ANYTHING;
    return { exact: [...chars], must: undefined };
  }

  /** One character of a class, or the characters of a class escape (\d); undefined when unsure. */
  private classChar(): string | undefined {
    const c = this.peek();
    this.pos += 1;
    if (c !== '\\') return c;
    const e = this.peek();
    this.pos += 1;
    // Inside a class, \b is the backspace.
    if (e === 'b') return '\b';
    const chars = CLASS_ESCAPES[e];
    if (chars !== undefined) return chars;
    if ('DwWsS'.includes(e)) return undefined;
    return this.escapedChar(e);
  }
}

/**
 * Strings one of which every match of `source` holds, each at least two
 * characters long; undefined when no such list is known.
 */
export function requiredLiterals(source: string): string[] | undefined {
  let facts: Facts;
  try {
    facts = new Parser(source).parse();
  } catch {
    return undefined;
  }
  const strings = best(facts);
  return strings !== undefined && quality(strings) >= 2 ? [...strings] : undefined;
}

/**
 * Whether a match of `source` in one line is a match in the text around the
 * line too: the pattern has no anchor (^ $) and no look-around, which see
 * the line's ends differently in a longer text. Character classes and
 * escapes aside, as they say nothing of where a match is.
 */
export function readsOnlyItsLine(source: string): boolean {
  const bare = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return !/[$^]|\(\?<?[=!]/.test(bare);
}
