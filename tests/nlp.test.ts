/**
 * The wink-nlp module: the reduced pipe (sentences and POS only) reads every
 * text exactly as wink's default pipe does, and the per-word memo gives every
 * token what a fresh reading would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { VERB_FORMS } from '../src/nlp/data/verb-forms.js';
import { CLOSED_CLASS, tokenize, WINK_PIPE } from '../src/nlp/wink.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const texts: [string, string][] = [
  ['fixtures/thaad-2017-china-daily.txt', fs.readFileSync(path.join(root, 'fixtures/thaad-2017-china-daily.txt'), 'utf8')],
  ...fs
    .readdirSync(path.join(root, 'fixtures/samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [`fixtures/samples/${f}`, fs.readFileSync(path.join(root, 'fixtures/samples', f), 'utf8')]),
  ['headline case', 'China States Its Opposition; ROK Says It Hopes For Talks'],
  ['negation and quotes', '"We do not accept it," he said. China never agreed and won\'t.'],
];

describe('wink with only the annotations the pipeline reads', () => {
  const full = winkNLP(model);
  const reduced = winkNLP(model, WINK_PIPE as Parameters<typeof winkNLP>[1]);
  const read = (w: ReturnType<typeof winkNLP>, t: string) => {
    const doc = w.readDoc(t);
    return {
      values: doc.tokens().out(w.its.value),
      pos: doc.tokens().out(w.its.pos),
      sentences: doc.sentences().out(w.its.span),
    };
  };
  it.each(texts)('%s: the same tokens, tags and sentences as the default pipe', (_name, text) => {
    const r = read(reduced, text);
    expect(r.values.length).toBeGreaterThan(0);
    expect(r).toEqual(read(full, text));
  });
});

describe('tokenize', () => {
  const forms = new Map(Object.entries(VERB_FORMS));
  it.each(texts)('%s: every token as read fresh, before and after the word memo is warm', (_name, text) => {
    const first = tokenize(text, 0, text.length);
    const again = tokenize(text, 0, text.length);
    expect(again).toEqual(first);
    for (const t of first.flat()) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.verbLemma).toBe(CLOSED_CLASS.has(t.pos) ? null : (forms.get(t.lower) ?? null));
      expect(t.lemma).toBe(t.verbLemma ?? t.lower);
    }
  });

  it('reads "States" and "states" apart: the memo is keyed by the exact word', () => {
    const text = 'The United States states its view. States say so.';
    const words = tokenize(text, 0, text.length)
      .flat()
      .filter((t) => /^states$/i.test(t.text));
    expect(words.map((t) => [t.text, t.lower])).toEqual([
      ['States', 'states'],
      ['states', 'states'],
      ['States', 'states'],
    ]);
  });

  it('drops line-break tokens: no token is empty or white space', () => {
    const text = 'China said so.\n\n\nThe ROK agreed.\r\n\r\nBoth sides met.';
    const tokens = tokenize(text, 0, text.length).flat();
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) expect(t.text.trim()).not.toBe('');
  });
});

/** Tokens as text and tag: what a reading of `probe` gives. */
const reading = (probe: string) =>
  tokenize(probe, 0, probe.length)
    .flat()
    .map((t) => `${t.text}/${t.pos}`);

// wink adds every word it has not seen to its lexicon, and its tokenizer consults that lexicon before splitting
// a word: a text read earlier must not change how a later one is split (a fresh wink instance is the reference)
describe('a text is split as if nothing had been read before it', () => {
  const rows: [string, string][] = [
    ['a possessive before a comma, then before a noun', "North Korea's, as reported.|North Korea's nuclear programs"],
    ["a capital's possessive", "It matched Seoul's, he said.|Seoul's position is clear."],
    ["a surname's possessive", "The plan was Kishida's, not Yun's.|Kishida's remarks drew praise."],
    ['a hyphenated compound', 'The US-ROK, the ROK-Japan ties.|US-ROK drills resumed.'],
    ['an apostrophe in a name', "He met O'Brien, then left.|O'Brien said no."],
    ['a number with a unit', 'It cost 40bn, officials said.|A 40bn deal was signed.'],
    ['a title before a full stop', 'He met Sec. Blinken, then.|Sec. Blinken spoke.'],
    ['a word in parentheses', "The group (ASEAN) met.|ASEAN's members agreed."],
    ['an abbreviation before a comma', 'U.K., France and Japan.|U.K. officials said so.'],
    ['a quote mark after a word', "He called it 'unacceptable,' officials said.|'Unacceptable' was the word."],
  ];
  /** The probe read by a wink instance that has read nothing else. */
  const freshReading = (probe: string) => {
    const fresh = winkNLP(model, WINK_PIPE as Parameters<typeof winkNLP>[1]);
    const doc = fresh.readDoc(probe);
    const values = doc.tokens().out(fresh.its.value) as string[];
    const pos = doc.tokens().out(fresh.its.pos) as string[];
    return values.map((v, i) => `${v}/${pos[i]}`).filter((_, i) => pos[i] !== 'SPACE');
  };
  it.each(rows)('%s', (_name, row) => {
    const [before, probe] = row.split('|') as [string, string];
    const expected = freshReading(probe);
    expect(expected.length).toBeGreaterThan(2);
    expect(reading(probe)).toEqual(expected);
    reading(before);
    expect(reading(probe)).toEqual(expected);
  });
});
