/**
 * The cue lexicon, expanded with compromise: the committed verb forms are up to
 * date, and every inflected form of every cue verb is found as that cue in a
 * sentence, whatever tag wink gives it.
 */
import { describe, expect, it } from 'vitest';
import { VERB_CUES } from '../src/clauses/data/cues.js';
import { extractStances } from '../src/index.js';
import { conjugate } from '../src/nlp/compromise.js';
import { VERB_FORMS } from '../src/nlp/data/verb-forms.js';
import { expandVerbForms, verbForms } from '../src/nlp/lexicon.js';

describe('src/nlp/data/verb-forms.ts', () => {
  it('is what scripts/build-lexicon.mjs makes from the lexicon today (run `npm run lexicon` if not)', () => {
    expect(VERB_FORMS).toEqual(expandVerbForms());
  });
});

const rows: [string, string, string][] = [];
for (const v of VERB_CUES) {
  for (const lemma of v.lemmas) {
    const c = conjugate(lemma);
    for (const form of new Set([c.past, c.present])) {
      // compromise truncates "express" to "expres" in the present: that form is not in the lexicon
      if (!form || lemma.startsWith(form)) continue;
      // a light verb takes its kind from a stance object: "voiced its concern"; a verb read through its
      // complements ("threatened to", "declined the plan") is the entry its object or infinitive makes it
      const c = v.complements;
      let object = 'the plan';
      let id = c?.object ?? v.id;
      if (v.light) [object, id] = ['its concern about the plan', 'express'];
      else if (c?.['object as']) [object, id] = ['the plan as a threat', c['object as']];
      else if (v.kinds.length === 0 && !c?.object) [object, id] = ['to end the plan', c?.to ?? v.id];
      // a reaction is held by its object: "The plan angered China."
      if (v.id.startsWith('x:')) rows.push([`The plan ${form} China.`, `cue:${id}`, form]);
      else rows.push([`China ${form} ${object}.`, `cue:${id}`, form]);
    }
  }
}

describe('every inflected form of every cue verb', () => {
  it.each(rows)('%s', (text, id) => {
    const st = extractStances(text);
    expect(st.map((s) => [s.holder, s.cue.id])).toContainEqual(['China', id]);
  });
});

describe('British spelling: a final "l" after one vowel doubles', () => {
  it.each([
    ['label', ['labelled', 'labelling'], []],
    ['signal', ['signalled', 'signalling'], []],
    ['travel', ['travelled', 'travelling'], []],
    ['cancel', ['cancelled', 'cancelling'], []],
    ['appeal', ['appealed', 'appealing'], ['appealled']],
    ['feel', [], ['feelled', 'feelling']],
    ['call', ['called', 'calling'], ['callled']],
  ] as const)('%s', (lemma, has, hasNot) => {
    const forms = verbForms(lemma);
    for (const f of has) expect(forms).toContain(f);
    for (const f of hasNot) expect(forms).not.toContain(f);
  });
});
