/**
 * The one module that owns wink-nlp: it builds the instance on first use and
 * turns a stretch of text into sentences of tokens with exact offsets.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { FILLER } from '../shared/filler.js';
import { VERB_FORMS } from './data/verb-forms.js';

/** A token with offsets into the working copy (the same offsets as the caller's text). */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink ("VERB", "PROPN", ...). */
  readonly pos: string;
  /** The lemma of a verb the lexicon knows ("reiterated" -> "reiterate"), else the word in lower case. */
  readonly lemma: string;
  /** The lemma when the word is an inflection of a known verb ("states" -> "state"), whatever wink tagged it. */
  readonly verbLemma: string | null;
}

type Nlp = ReturnType<typeof winkNLP>;
const FORMS: ReadonlyMap<string, string> = new Map(Object.entries(VERB_FORMS));
/** Tags of words that are never verbs: their verb lemma is not looked up. */
export const CLOSED_CLASS: ReadonlySet<string> = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'NUM', 'SYM', 'SPACE']);
let instance: Nlp | undefined;

interface Word {
  readonly lower: string;
  /** The lemma when the word is an inflection of a known verb. */
  readonly form: string | null;
}

/**
 * Per word type, not per token: the lower-case form and its verb lemma. wink hands back the same string object
 * for every token of a word, so one lookup here replaces a case conversion and a lexicon lookup, and every later
 * lookup of `lower` finds its hash already computed. Bounded: cleared when it grows past WORDS_MAX.
 */
const WORDS = new Map<string, Word>();
const WORDS_MAX = 50_000;

function wordOf(surface: string): Word {
  let w = WORDS.get(surface);
  if (w === undefined) {
    const lower = surface.toLowerCase();
    w = { lower, form: FORMS.get(lower) ?? null };
    if (WORDS.size >= WORDS_MAX) WORDS.clear();
    WORDS.set(surface, w);
  }
  return w;
}

/**
 * Only the annotations the pipeline reads: sentence boundaries and POS tags.
 * wink's default pipe also runs named-entity, negation and sentiment automata
 * (about 40% of readDoc's time); none of them changes tokens, tags or sentences.
 */
export const WINK_PIPE = ['sbd', 'pos'];

/**
 * wink's tokenizer asks its lexicon whether a piece of text is a known word before it splits it, and the
 * lexicon grows by every word wink has not seen before: after a text with "Korea's," (one token), "North
 * Korea's nuclear" in the next text came out as "Korea's" where it had been "Korea" + "'s". Tokens, tags and
 * so stances then depended on what the process had read before. The lookup the tokenizer uses is handed a
 * view of the lexicon that holds the model's own words and the words added while reading the current text
 * (`tokenize` starts a text), so a text is split as a fresh instance would split it; wink's word store
 * itself still keeps each new word once, so memory stays bounded by the vocabulary as before.
 *
 * The view is a plain object whose prototype is the real table: a word not of the model that some text
 * added is an own property of the view, its index while the current text has met it and `undefined` (so
 * unknown) once another text begins. The tokenizer's lookups are plain property reads; only adding a
 * word goes through a proxy, which notes the words the current text meets.
 */
function historyFree(m: typeof model): typeof model {
  return {
    ...m,
    core() {
      const core = (m.core as () => WinkCore)();
      const lexeme = core.features.lexeme;
      const table = lexeme.hash;
      const own = lexeme.intrinsicSize;
      const seen = Object.create(table) as Record<string, number | undefined>;
      view = seen;
      // what adding a word reads and writes: the real table; each word not of the model becomes visible to this text's lookups
      const adding = new Proxy(table, {
        get: (t, k) => {
          const v = t[k as string];
          // (every word added after the model is an own property of the view: undefined while another text met it last)
          if (v !== undefined && v >= own && seen[k as string] === undefined) {
            seen[k as string] = v;
            touched.push(k as string);
          }
          return v;
        },
        set: (t, k, v: number) => {
          t[k as string] = v;
          seen[k as string] = v;
          touched.push(k as string);
          return true;
        },
      });
      // the lookup reads the table once, while the instance is built; adding a word reads it every time
      Object.defineProperty(lexeme, 'hash', { get: () => (building ? seen : adding), configurable: true });
      return core;
    },
  } as typeof model;
}

/** The parts of wink's core model that historyFree reads. */
interface WinkCore {
  features: { lexeme: { hash: Record<string, number>; intrinsicSize: number } };
}

/** The lookup view of the lexicon (see historyFree). */
let view: Record<string, number | undefined> | null = null;
/** Words outside the model's lexicon that the current text has added or met: unknown again to the next text. */
const touched: string[] = [];
let building = false;

/** A new text begins: the words the last one met are unknown to the lookup again. */
function beginText(): void {
  if (view) for (const k of touched) view[k] = undefined;
  touched.length = 0;
}

function nlp(): Nlp {
  if (instance === undefined) {
    building = true;
    try {
      instance = winkNLP(historyFree(model), WINK_PIPE);
    } finally {
      building = false;
    }
  }
  return instance;
}

/**
 * Sentences (as token arrays) of `text.slice(from, to)`, with offsets into `text`.
 * Offsets are found by locating each token after the previous one, so they are
 * exact even where wink's own spacing record is not.
 */
/** Space, tab, line breaks, and the other white space the working copy keeps. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f
  );
}

/** Nothing but white space, as String.prototype.trim counts it (wink's line-break tokens), read without a trimmed copy. */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x85 && isSpace(c)) continue;
    if (c === 0xa0 || c === 0xfeff || c === 0x202f || c === 0x3000) continue;
    return false;
  }
  return true;
}

/** wink's tokenizer takes time quadratic in the length of a run without spaces: no real word is this long. */
const LONGEST_RUN = 400;

/** The same string with a space put in (in place of a character) every LONGEST_RUN characters of a run without spaces. */
export function breakLongRuns(s: string): string {
  if (s.length <= LONGEST_RUN) return s;
  let longest = 0;
  for (let i = 0, run = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c === 32 || c === 10 || c === 9 ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  if (longest <= LONGEST_RUN) return s;
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    run = ch === ' ' || ch === '\n' || ch === '\t' ? 0 : run + 1;
    if (run > LONGEST_RUN) {
      out += ' ';
      run = 0;
    } else out += ch;
  }
  return out;
}

export function tokenize(text: string, from: number, to: number): Token[][] {
  // fillers (where an HTML entity was longer than its character) are read past: "China&#8217;s" is "China's"
  const raw = breakLongRuns(text.slice(from, to));
  let piece = raw;
  let at0: number[] | null = null;
  if (raw.includes(FILLER)) {
    at0 = [];
    piece = '';
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === FILLER) continue;
      piece += raw[i];
      at0.push(i);
    }
    at0.push(raw.length);
  }
  const w = nlp();
  const its = w.its;
  beginText();
  const doc = w.readDoc(piece);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // only the two readings the pipeline needs: lemmas come from the expanded lexicon, negation from the words before

  // (null where wink has a line-break token)
  const all: (Token | null)[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink's line-break tokens ("\n\n") take no place here: they are dropped below
    const tag = pos[i] ?? 'X';
    if (tag === 'SPACE' || blank(value)) {
      all.push(null);
      continue;
    }
    // the token starts after the spaces; if wink changed its form, the nearest match within a few characters
    let at = cursor;
    while (at < piece.length && isSpace(piece.charCodeAt(at))) at++;
    const exact = piece.startsWith(value, at);
    if (!exact) {
      // look only a few characters on: a search to the end of the text for every such token would be quadratic
      for (let k = at + 1; k <= at + 8 && k < piece.length; k++) {
        if (piece.startsWith(value, k)) {
          at = k;
          break;
        }
      }
    }
    const end = Math.min(piece.length, at + value.length);
    if (end <= at) {
      all.push(null);
      continue;
    }
    const surface = exact ? value : piece.slice(at, end);
    const word = wordOf(surface);
    const lower = word.lower;
    // only words that can be verbs are looked up ("the", "of", "," never are)
    const verbLemma = CLOSED_CLASS.has(tag) ? null : word.form;
    all.push({
      text: surface,
      lower,
      start: at0 ? from + (at0[at] as number) : from + at,
      end: at0 ? from + (at0[end - 1] as number) + 1 : from + end,
      pos: tag,
      lemma: verbLemma ?? lower,
      verbLemma,
    });
    cursor = end;
  }

  // wink gives line breaks as tokens of their own ("\n\n", tagged SPACE): they are boundaries, not words
  const out: Token[][] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    const sent: Token[] = [];
    for (let k = a; k <= b; k++) {
      const t = all[k];
      if (t) sent.push(t);
    }
    if (sent.length > 0) out.push(sent);
  }
  return out;
}
