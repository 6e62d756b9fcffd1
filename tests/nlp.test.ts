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
