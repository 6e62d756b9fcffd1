/**
 * The one module that touches compromise. It is not on the extraction path
 * (compromise is about 20 times slower per byte than wink here): it expands the
 * cue lexicon's lemmas into their inflected forms, for the build script that
 * writes `src/nlp/data/verb-forms.ts` and for the test that checks it, and a
 * caller's verbs and nouns for `compileCues` (the `stances/lexicon` entry).
 */
import nlp from 'compromise';

export interface Conjugation {
  readonly infinitive: string;
  readonly past: string | null;
  readonly present: string | null;
  readonly gerund: string | null;
  readonly participle: string | null;
}

/** Inflected forms of a verb: "reiterate" -> reiterated, reiterates, reiterating. */
export function conjugate(lemma: string): Conjugation {
  const doc = nlp(lemma);
  doc.tag('Verb');
  const forms = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
  return {
    infinitive: lemma,
    past: forms.PastTense ?? null,
    present: forms.PresentTense ?? null,
    gerund: forms.Gerund ?? null,
    participle: forms.Participle ?? forms.PastTense ?? null,
  };
}

/** The plural of a noun: "rebuke" -> "rebukes", "apology" -> "apologies", "crisis" -> "crises". */
export function pluralize(noun: string): string {
  const doc = nlp(noun);
  doc.tag('Noun');
  return doc.nouns().toPlural().text() || noun;
}
