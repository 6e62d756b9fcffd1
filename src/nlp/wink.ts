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
let instance: Nlp | undefined;

function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

/**
 * Sentences (as token arrays) of `text.slice(from, to)`, with offsets into `text`.
 * Offsets are found by locating each token after the previous one, so they are
 * exact even where wink's own spacing record is not.
 */
/** wink's tokenizer takes time quadratic in the length of a run without spaces: no real word is this long. */
const LONGEST_RUN = 400;

/** The same string with a space put in (in place of a character) every LONGEST_RUN characters of a run without spaces. */
export function breakLongRuns(s: string): string {
  if (s.length <= LONGEST_RUN || !new RegExp(`\\S{${LONGEST_RUN + 1}}`).test(s)) return s;
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
  const back = (i: number) => (at0 ? (at0[i] as number) : i);
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(piece);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // only the two readings the pipeline needs: lemmas come from the expanded lexicon, negation from the words before

  const all: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink's line-break tokens ("\n\n") take no place here: they are dropped below
    if (value.trim() === '') {
      all.push({ text: '', lower: '', start: from + back(cursor), end: from + back(cursor), pos: 'SPACE', lemma: '', verbLemma: null });
      continue;
    }
    // the token starts after the spaces; if wink changed its form, the nearest match within a few characters
    let at = cursor;
    while (at < piece.length && /\s/.test(piece[at] as string)) at++;
    if (!piece.startsWith(value, at)) {
      const near = piece.indexOf(value, at);
      if (near >= 0 && near - at <= 8) at = near;
    }
    const end = Math.min(piece.length, at + value.length);
    const surface = piece.slice(at, end);
    const lower = surface.toLowerCase();
    const verbLemma = FORMS.get(lower) ?? null;
    all.push({
      text: surface,
      lower,
      start: from + back(at),
      end: from + back(end - 1) + 1,
      pos: pos[i] ?? 'X',
      lemma: verbLemma ?? lower,
      verbLemma,
    });
    cursor = end;
  }

  // wink gives line breaks as tokens of their own ("\n\n", tagged SPACE): they are boundaries, not words
  const out: Token[][] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const sent = all.slice(a, b + 1).filter((t, k) => pos[a + k] !== 'SPACE' && t.text.trim() !== '');
    if (sent.length > 0) out.push(sent);
  });
  return out;
}
