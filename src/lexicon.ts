/**
 * stances/lexicon: custom cues, as event coders extend their verb dictionaries.
 *
 * Verbs are given by lemma ("rebuff", or a verb and the words after it: "lash
 * out at") and nouns in the singular ("rebuke"), each with its kinds.
 * `compileCues` conjugates the verbs and pluralizes the nouns with compromise
 * and returns a plain JSON object for `options.cues`:
 *
 * ```ts
 * import { createExtractor } from 'stances';
 * import { compileCues } from 'stances/lexicon';
 * const cues = compileCues({ verbs: [{ lemmas: ['rebuff', 'lash out at'], kinds: ['oppose'] }] });
 * createExtractor({ cues }).extract('Chile rebuffed the offer.');
 * ```
 *
 * This entry is the only one that loads compromise; `stances` itself never does,
 * and takes the compiled object (which can be written to a file and read back).
 */

import { BUILT_IN, checker, isWord } from './clauses/lexicon.js';
import { pluralize } from './nlp/compromise.js';
import { verbForms } from './nlp/lexicon.js';
import type { CompiledCues, CompiledVerb, CueSource, StanceKind } from './types.js';

export type { CompiledCues, CompiledVerb, CueSource, CueSourceNoun, CueSourceVerb, StanceKind } from './types.js';

const VERB_FIELDS = ['lemmas', 'kinds', 'id', 'speech', 'complements'];
const PHRASE = 'lemmas: a verb, or a verb and the words after it ("lash out at")';

/** The words of a lemma as given: "Lash  out at" -> ["lash", "out", "at"]. */
function wordsOf(lemma: unknown): string[] | null {
  if (typeof lemma !== 'string') return null;
  const words = lemma.trim().toLowerCase().split(/\s+/);
  return words.every(isWord) ? words : null;
}

/** Custom verbs and nouns, conjugated and pluralized with compromise, as `options.cues` takes them. */
export function compileCues(source: CueSource): CompiledCues {
  const c = checker('compileCues');
  const top = c.record(source, '', '{ verbs?: [{ lemmas, kinds, id?, speech?, complements? }], nouns?: [{ lemmas, kinds, id? }] }', [
    'verbs',
    'nouns',
  ]);

  // every entry first, so that a complement can name an entry given after it
  const entries = c.list(top.verbs, 'verbs').map((x, i) => {
    const where = `verbs[${i}]`;
    const v = c.record(x, where, '{ lemmas, kinds, id?, speech?, complements? }', VERB_FIELDS);
    c.words(v.lemmas, `${where}.lemmas`, (l) => wordsOf(l) !== null, PHRASE);
    const lemmas = (v.lemmas as string[]).map((l) => wordsOf(l) as string[]);
    const phrase = lemmas.some((w) => w.length > 1);
    if (phrase && (v.complements !== undefined || v.speech !== undefined))
      c.fail(
        `${where}.lemmas`,
        'one-word verbs only in an entry with speech or complements (give the phrases an entry of their own)',
        v.lemmas,
      );
    const kinds = c.kinds(v.kinds, `${where}.kinds`, v.complements !== undefined);
    c.flag(v.speech, `${where}.speech`);
    const id = v.id === undefined ? (lemmas[0] as string[]).join('-') : c.id(v.id, `${where}.id`);
    return { where, v, id, lemmas, kinds };
  });
  const ids = new Set(entries.map((e) => e.id));

  const verbs: CompiledVerb[] = [];
  const particles: { verb: string; words: string[]; id: string; kinds: StanceKind[] }[] = [];
  const heads: string[] = [];
  for (const { where, v, id, lemmas, kinds } of entries) {
    c.complements(v.complements, `${where}.complements`, ids);
    const single = lemmas.filter((w) => w.length === 1).map((w) => w[0] as string);
    if (single.length > 0)
      verbs.push({
        id,
        lemmas: single,
        kinds,
        ...(v.speech === undefined ? {} : { speech: v.speech as boolean }),
        ...(v.complements === undefined ? {} : { complements: v.complements as Record<string, string> }),
      });
    for (const w of lemmas) if (w.length > 1) particles.push({ verb: w[0] as string, words: w.slice(1), id, kinds });
    heads.push(...lemmas.map((w) => w[0] as string));
  }

  // inflected form -> lemma; a form that is itself a lemma, here or built in, stays that lemma ("lay" of "lie")
  const lemmaSet = new Set(heads);
  const isLemma = (f: string) => lemmaSet.has(f) || BUILT_IN.verbs.has(f) || BUILT_IN.particles.has(f) || BUILT_IN.narration.has(f);
  const forms: Record<string, string> = {};
  for (const lemma of lemmaSet) for (const f of verbForms(lemma)) if (!isLemma(f)) forms[f] ??= lemma;

  const nouns = c.list(top.nouns, 'nouns').map((x, i) => {
    const where = `nouns[${i}]`;
    const n = c.record(x, where, '{ lemmas, kinds, id? }', ['lemmas', 'kinds', 'id']);
    c.words(n.lemmas, `${where}.lemmas`, (l) => wordsOf(l)?.length === 1, 'nouns of one word, in the singular ("rebuke")');
    const singular = (n.lemmas as string[]).map((l) => l.trim().toLowerCase());
    const kinds = c.kinds(n.kinds, `${where}.kinds`, false);
    const id = n.id === undefined ? `n:${singular[0]}` : c.id(n.id, `${where}.id`);
    const lemmas = [...new Set(singular.flatMap((l) => [l, pluralize(l).toLowerCase()]))].filter(isWord);
    return { id, lemmas, kinds };
  });

  const sorted = Object.fromEntries(Object.entries(forms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { version: 1, forms: sorted, verbs, particles, nouns };
}
