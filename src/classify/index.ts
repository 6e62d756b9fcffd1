/**
 * Stage 6: kinds and topics. The kinds come from the cue (and its object and
 * negation) in the attribute stage; here they are ordered and deduplicated,
 * and the sentence's topics are found with tolerant acronym matching.
 */

import { escapeRegExp } from '../shared/regex.js';
import type { StanceKind } from '../types.js';
import { TOPICS } from './data/topics.js';

/** Every topic phrase in one pattern, so a sentence is read once: the matched phrase names its topic. */
const PHRASE_TOPIC = new Map<string, string>();
for (const t of TOPICS) for (const p of t.phrases) PHRASE_TOPIC.set(p.toLowerCase().replace(/[\s-]+/g, ' '), t.id);
const PHRASES = new RegExp(
  `(?<![A-Za-z])(?:${[...PHRASE_TOPIC.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '[\\s-]'))
    .join('|')})(?![A-Za-z])`,
  'gi',
);
const ACRONYMS: readonly (readonly [string, string])[] = TOPICS.flatMap((t) => (t.acronyms ?? []).map((a) => [a, t.id] as const));

/** One edit (substitution, insertion, deletion or swap) apart: "THHAD" ~ "THAAD". */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const UPPER_WORD = /\b[A-Z]{4,8}\b/g;

export function topicsOf(sentence: string): string[] {
  const found = new Set<string>();
  for (const m of sentence.matchAll(PHRASES)) {
    const id = PHRASE_TOPIC.get(m[0].toLowerCase().replace(/[\s-]+/g, ' '));
    if (id) found.add(id);
  }
  for (const w of sentence.match(UPPER_WORD) ?? []) for (const [a, id] of ACRONYMS) if (nearlyEqual(w, a)) found.add(id);
  // in the lexicon's order, so that output is stable
  return TOPICS.filter((t) => found.has(t.id)).map((t) => t.id);
}

/** Deduplicated kinds, the cue's main kind first. */
export function orderKinds(kinds: readonly StanceKind[]): StanceKind[] {
  return [...new Set(kinds)];
}
