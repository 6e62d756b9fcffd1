/**
 * The cue lexicon as the clause stage looks it up: the built-in one, or the
 * built-in one with a caller's compiled cues (`options.cues`) on top. A
 * lexicon is made once per extractor and travels with the sentences of a call,
 * so extractors with different cues never see each other's.
 */

import { StanceError } from '../errors.js';
import type { Sentence } from '../segment/index.js';
import { type CompiledCues, STANCE_KINDS, type StanceKind } from '../types.js';
import { NARRATION, NOUN_CUES, type NounCue, PARTICLE_CUES, VERB_CUES, type VerbCue } from './data/cues.js';

/** A verb followed by particles: "call on", "take note", "lash out at". */
export interface ParticleCue {
  readonly words: readonly string[];
  readonly id: string;
  readonly kinds: readonly StanceKind[];
}

export interface Lexicon {
  /** lemma -> verb entry */
  readonly verbs: ReadonlyMap<string, VerbCue>;
  /** id -> verb entry: what a complement turns a verb into */
  readonly entries: ReadonlyMap<string, VerbCue>;
  /** verb lemma -> its particle phrases, longest first */
  readonly particles: ReadonlyMap<string, readonly ParticleCue[]>;
  /** lemma (or plural form) -> noun entry */
  readonly nouns: ReadonlyMap<string, NounCue>;
  /** Verbs that narrate (less any the caller made a cue). */
  readonly narration: ReadonlySet<string>;
  /** Inflected form -> lemma of the caller's verbs; the built-in forms are on the tokens (`Token.verbLemma`). */
  readonly forms: ReadonlyMap<string, string> | null;
}

/** A sentence with the lexicon of the call that reads it; without one, the built-in lexicon. */
export type CueSentence = Sentence & { readonly cues?: Lexicon };

function particleLists(extra: readonly (ParticleCue & { verb: string })[]): Map<string, ParticleCue[]> {
  const out = new Map<string, ParticleCue[]>();
  const add = (verb: string, p: ParticleCue) => {
    const list = out.get(verb) ?? [];
    // a caller's phrase replaces a built-in one of the same words
    const same = list.findIndex((q) => q.words.join(' ') === p.words.join(' '));
    if (same >= 0) list.splice(same, 1);
    list.push(p);
    out.set(verb, list);
  };
  for (const [verb, ps] of Object.entries(PARTICLE_CUES)) for (const [w, p] of Object.entries(ps)) add(verb, { words: [w], ...p });
  for (const { verb, ...p } of extra) add(verb, p);
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

function build(verbs: readonly VerbCue[], nouns: readonly NounCue[], particles: readonly (ParticleCue & { verb: string })[]): Lexicon {
  const verbMap = new Map<string, VerbCue>();
  const entries = new Map<string, VerbCue>();
  // the caller's entries come last, so they replace built-in ones of the same lemma or id
  for (const v of [...VERB_CUES, ...verbs]) {
    for (const l of v.lemmas) verbMap.set(l, v);
    entries.set(v.id, v);
  }
  const nounMap = new Map<string, NounCue>();
  for (const n of [...NOUN_CUES, ...nouns]) for (const l of n.lemmas) nounMap.set(l, n);
  const own = new Set([...verbs.flatMap((v) => v.lemmas), ...particles.map((p) => p.verb)]);
  const narration = own.size === 0 ? NARRATION : new Set([...NARRATION].filter((l) => !own.has(l)));
  return { verbs: verbMap, entries, particles: particleLists(particles), nouns: nounMap, narration, forms: null };
}

export const BUILT_IN: Lexicon = build([], [], []);

// ---- options.cues: checked up front, then merged with the built-in lexicon

const TOP = ['version', 'forms', 'verbs', 'particles', 'nouns'];
const WORD = /^[a-z][a-z'-]*$/;
/** `that`, `to`, `object`, a preposition, or `object` and one of those. */
const COMPLEMENT = /^(object|(object )?[a-z]+)$/;

type Check = (value: unknown, where: string) => void;

function fail(call: string, where: string, expected: string, found: unknown): never {
  throw new StanceError('INVALID_OPTIONS', `${call}${where}`, expected, found);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks and returns the caller's compiled cues as a lexicon on top of the built-in one. */
export function lexiconOf(value: unknown, call: string): Lexicon {
  if (!isRecord(value)) fail(call, '', 'the object compileCues() returns: { version: 1, forms, verbs, particles, nouns }', value);
  for (const k of Object.keys(value)) if (!TOP.includes(k)) fail(call, '', `only the fields ${TOP.join(', ')}`, k);
  if (value.version !== 1) fail(call, '.version', '1 (the format compileCues() writes)', value.version);

  const words: Check = (x, where) => {
    if (!Array.isArray(x) || x.length === 0) fail(call, where, 'a non-empty array of lower-case words', x);
    x.forEach((w, i) => {
      if (typeof w !== 'string' || !WORD.test(w)) fail(call, `${where}[${i}]`, 'a lower-case word ("slam")', w);
    });
  };
  const kinds = (x: unknown, where: string, empty: boolean): void => {
    if (!Array.isArray(x) || (!empty && x.length === 0))
      fail(call, where, `${empty ? 'an' : 'a non-empty'} array of stance kinds (${STANCE_KINDS.join(', ')})`, x);
    x.forEach((k, i) => {
      if (!STANCE_KINDS.includes(k as StanceKind)) fail(call, `${where}[${i}]`, `a stance kind (${STANCE_KINDS.join(', ')})`, k);
    });
  };
  const id = (x: unknown, where: string) => {
    if (typeof x !== 'string' || x.trim() === '') fail(call, where, 'a non-empty string id', x);
  };
  const fields = (r: Record<string, unknown>, allowed: readonly string[], where: string) => {
    for (const k of Object.keys(r)) if (!allowed.includes(k)) fail(call, where, `only the fields ${allowed.join(', ')}`, k);
  };
  const list = (x: unknown, where: string): unknown[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) fail(call, where, 'an array', x);
    return x;
  };

  const verbs = list(value.verbs, '.verbs').map((v, i): VerbCue => {
    const where = `.verbs[${i}]`;
    if (!isRecord(v)) fail(call, where, '{ id, lemmas, kinds, speech?, complements? }', v);
    fields(v, ['id', 'lemmas', 'kinds', 'speech', 'complements'], where);
    id(v.id, `${where}.id`);
    words(v.lemmas, `${where}.lemmas`);
    kinds(v.kinds, `${where}.kinds`, v.complements !== undefined);
    if (v.speech !== undefined && typeof v.speech !== 'boolean') fail(call, `${where}.speech`, 'true or false', v.speech);
    if (v.complements !== undefined && (!isRecord(v.complements) || Object.keys(v.complements).length === 0))
      fail(call, `${where}.complements`, 'an object { complement: entry id }', v.complements);
    return v as unknown as VerbCue;
  });
  const ids = new Set([...VERB_CUES.map((v) => v.id), ...verbs.map((v) => v.id)]);
  verbs.forEach((v, i) => {
    for (const [key, target] of Object.entries(v.complements ?? {})) {
      const where = `.verbs[${i}].complements`;
      if (!COMPLEMENT.test(key))
        fail(call, where, "a complement: 'that', 'to', 'object', a preposition, or 'object' and one of those", key);
      if (typeof target !== 'string' || !ids.has(target))
        fail(call, `${where}.${key}`, 'the id of a verb entry, built-in or given', target);
    }
  });

  const particles = list(value.particles, '.particles').map((p, i) => {
    const where = `.particles[${i}]`;
    if (!isRecord(p)) fail(call, where, '{ verb, words, id, kinds }', p);
    fields(p, ['verb', 'words', 'id', 'kinds'], where);
    if (typeof p.verb !== 'string' || !WORD.test(p.verb)) fail(call, `${where}.verb`, 'a lower-case verb lemma ("lash")', p.verb);
    words(p.words, `${where}.words`);
    id(p.id, `${where}.id`);
    kinds(p.kinds, `${where}.kinds`, false);
    return p as unknown as ParticleCue & { verb: string };
  });

  const nouns = list(value.nouns, '.nouns').map((n, i): NounCue => {
    const where = `.nouns[${i}]`;
    if (!isRecord(n)) fail(call, where, '{ id, lemmas, kinds }', n);
    fields(n, ['id', 'lemmas', 'kinds'], where);
    id(n.id, `${where}.id`);
    words(n.lemmas, `${where}.lemmas`);
    kinds(n.kinds, `${where}.kinds`, false);
    return n as unknown as NounCue;
  });

  if (!isRecord(value.forms)) fail(call, '.forms', 'an object { "slammed": "slam", ... }', value.forms);
  const known = new Set([...verbs.flatMap((v) => v.lemmas), ...particles.map((p) => p.verb)]);
  const forms = new Map<string, string>();
  for (const [form, lemma] of Object.entries(value.forms)) {
    if (!WORD.test(form)) fail(call, '.forms', 'inflected forms in lower case as keys', form);
    if (typeof lemma !== 'string' || !known.has(lemma)) fail(call, `.forms.${form}`, 'the lemma of one of the given verbs', lemma);
    forms.set(form, lemma);
  }
  return { ...build(verbs, nouns, particles), forms };
}

/** The sentences of one call, each carrying the call's lexicon. */
export function withCues(sentences: readonly Sentence[], cues: Lexicon): CueSentence[] {
  return sentences.map((s) => ({ ...s, cues }));
}

export type { CompiledCues };
