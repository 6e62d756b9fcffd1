/**
 * The cue lexicon as the clause stage looks it up: the built-in one, or the
 * built-in one with a caller's compiled cues (`options.cues`) on top. A
 * lexicon is made once per extractor and travels with the sentences of a call,
 * so extractors with different cues never see each other's.
 */

import { StanceError } from '../errors.js';
import { CLOSED_CLASS } from '../nlp/wink.js';
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
  /** Inflected form -> lemma of the caller's verbs, put on the tokens by `withCues` as the built-in forms are by `tokenize`. */
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

// ---- options.cues: checked up front (here and by compileCues), then merged with the built-in lexicon

/** `that`, `to`, `object`, a preposition, or `object` and one of those. */
const COMPLEMENT = /^(object|(object )?[a-z]+)$/;
const KINDS = STANCE_KINDS.join(', ');

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A word as tokens are looked up: lower case, no spaces ("slam", "rebuke", "démarche"). */
export function isWord(x: unknown): x is string {
  return typeof x === 'string' && x !== '' && x === x.toLowerCase() && !/\s/.test(x);
}

/** Checks of one call's input; each failure is a StanceError naming the call and the field ("compileCues verbs[2].kinds[0]"). */
export function checker(call: string) {
  const fail = (where: string, expected: string, found: unknown): never => {
    throw new StanceError('INVALID_OPTIONS', where === '' ? call : `${call} ${where}`, expected, found);
  };
  return {
    fail,
    record(x: unknown, where: string, expected: string, allowed: readonly string[]): Record<string, unknown> {
      if (!isRecord(x)) fail(where, expected, x);
      const r = x as Record<string, unknown>;
      for (const k of Object.keys(r)) if (!allowed.includes(k)) fail(where, `only the fields ${allowed.join(', ')}`, k);
      return r;
    },
    list(x: unknown, where: string): unknown[] {
      if (x === undefined) return [];
      if (!Array.isArray(x)) fail(where, 'an array', x);
      return x as unknown[];
    },
    words(x: unknown, where: string, test: (w: unknown) => boolean, expected: string): string[] {
      if (!Array.isArray(x) || x.length === 0) fail(where, `a non-empty array of ${expected}`, x);
      (x as unknown[]).forEach((w, i) => {
        if (!test(w)) fail(`${where}[${i}]`, expected, w);
      });
      return x as string[];
    },
    kinds(x: unknown, where: string, mayBeEmpty: boolean): StanceKind[] {
      if (!Array.isArray(x) || (!mayBeEmpty && x.length === 0))
        fail(where, `${mayBeEmpty ? 'an' : 'a non-empty'} array of stance kinds (${KINDS})`, x);
      (x as unknown[]).forEach((k, i) => {
        if (!STANCE_KINDS.includes(k as StanceKind)) fail(`${where}[${i}]`, `a stance kind (${KINDS})`, k);
      });
      return x as StanceKind[];
    },
    id(x: unknown, where: string): string {
      if (typeof x !== 'string' || x.trim() === '') fail(where, 'a non-empty string id', x);
      return x as string;
    },
    flag(x: unknown, where: string): void {
      if (x !== undefined && typeof x !== 'boolean') fail(where, 'true or false', x);
    },
    /** `{ that: 'state', to: 'urge' }`: complement keys, and ids of verb entries (built-in, or among `ids`). */
    complements(x: unknown, where: string, ids: ReadonlySet<string>): void {
      if (x === undefined) return;
      if (!isRecord(x) || Object.keys(x).length === 0) fail(where, "an object { complement: entry id }, as { that: 'state' }", x);
      for (const [key, target] of Object.entries(x as Record<string, unknown>)) {
        if (!COMPLEMENT.test(key)) fail(where, "complements 'that', 'to', 'object', a preposition, or 'object' and one of those", key);
        if (typeof target !== 'string' || !(ids.has(target) || BUILT_IN.entries.has(target)))
          fail(`${where}.${key}`, 'the id of a verb entry, built-in (state, urge, oppose, ...) or given', target);
      }
    },
  };
}

const TOP = ['version', 'forms', 'verbs', 'particles', 'nouns'];

/** Checks the caller's compiled cues and returns them as a lexicon on top of the built-in one. */
export function lexiconOf(value: unknown, call: string): Lexicon {
  const c = checker(call);
  const top = c.record(value, '', 'the object compileCues() returns: { version: 1, forms, verbs, particles, nouns }', TOP);
  if (top.version !== 1) c.fail('version', '1 (the format compileCues() writes)', top.version);
  const lower = 'lower-case words ("slam")';
  const verbs = c.list(top.verbs, 'verbs').map((x, i): VerbCue => {
    const where = `verbs[${i}]`;
    const v = c.record(x, where, '{ id, lemmas, kinds, speech?, complements? }', ['id', 'lemmas', 'kinds', 'speech', 'complements']);
    c.id(v.id, `${where}.id`);
    c.words(v.lemmas, `${where}.lemmas`, isWord, lower);
    c.kinds(v.kinds, `${where}.kinds`, v.complements !== undefined);
    c.flag(v.speech, `${where}.speech`);
    return v as unknown as VerbCue;
  });
  const ids = new Set(verbs.map((v) => v.id));
  verbs.forEach((v, i) => {
    c.complements(v.complements, `verbs[${i}].complements`, ids);
  });
  const particles = c.list(top.particles, 'particles').map((x, i) => {
    const where = `particles[${i}]`;
    const p = c.record(x, where, '{ verb, words, id, kinds }', ['verb', 'words', 'id', 'kinds']);
    if (!isWord(p.verb)) c.fail(`${where}.verb`, 'a lower-case verb lemma ("lash")', p.verb);
    c.words(p.words, `${where}.words`, isWord, lower);
    c.id(p.id, `${where}.id`);
    c.kinds(p.kinds, `${where}.kinds`, false);
    return p as unknown as ParticleCue & { verb: string };
  });
  const nouns = c.list(top.nouns, 'nouns').map((x, i): NounCue => {
    const where = `nouns[${i}]`;
    const n = c.record(x, where, '{ id, lemmas, kinds }', ['id', 'lemmas', 'kinds']);
    c.id(n.id, `${where}.id`);
    c.words(n.lemmas, `${where}.lemmas`, isWord, lower);
    c.kinds(n.kinds, `${where}.kinds`, false);
    return n as unknown as NounCue;
  });
  if (!isRecord(top.forms)) c.fail('forms', 'an object of inflected forms { "slammed": "slam", ... }', top.forms);
  const known = new Set([...verbs.flatMap((v) => v.lemmas), ...particles.map((p) => p.verb)]);
  const forms = new Map<string, string>();
  for (const [form, lemma] of Object.entries(top.forms as Record<string, unknown>)) {
    if (!isWord(form)) c.fail('forms', 'inflected forms in lower case as keys', form);
    if (typeof lemma !== 'string' || !known.has(lemma)) c.fail(`forms.${form}`, 'the lemma of one of the verbs or particles given', lemma);
    forms.set(form, lemma as string);
  }
  return { ...build(verbs, nouns, particles), forms };
}

/**
 * The sentences of one call, each carrying the call's lexicon; a word that is an inflected form of one of the
 * caller's verbs gets its lemma as `verbLemma`, as the built-in forms do when tokens are made, so that every
 * stage knows "Chile rebuffs the offer" has a verb, whatever wink tagged it.
 */
export function withCues(sentences: readonly Sentence[], cues: Lexicon): CueSentence[] {
  const forms = cues.forms;
  return sentences.map((s) => {
    if (!forms || forms.size === 0 || !s.tokens.some((t) => forms.has(t.lower))) return { ...s, cues };
    const tokens = s.tokens.map((t) => {
      const lemma = CLOSED_CLASS.has(t.pos) ? undefined : forms.get(t.lower);
      return lemma === undefined ? t : { ...t, lemma, verbLemma: lemma };
    });
    return { ...s, tokens, cues };
  });
}

export type { CompiledCues };
