/**
 * Stage 6: kinds and topics. The kinds come from the cue (and its object and
 * negation) in the attribute stage; here they are ordered and deduplicated,
 * and the sentence's topics are found with tolerant acronym matching.
 */

import type { StanceKind } from '../types.js';
import { TOPICS } from './data/topics.js';

/** Topic phrases by their first word, longest first: matched on a sentence's words, so a sentence is read once. */
const BY_FIRST = new Map<string, { words: readonly string[]; id: string }[]>();
for (const t of TOPICS) {
  for (const p of t.phrases) {
    const words = p.toLowerCase().split(/[\s-]+/);
    const list = BY_FIRST.get(words[0] as string) ?? [];
    list.push({ words, id: t.id });
    BY_FIRST.set(words[0] as string, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);
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

/** The topics of a sentence, from its words (lower case, hyphens dropped) and its upper-case words ("THHAD"). */
export function topicsOf(words: readonly string[], upper: readonly string[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const list = BY_FIRST.get(words[i] as string);
    if (!list) continue;
    for (const p of list) {
      if (p.words.every((w, k) => words[i + k] === w)) {
        found.add(p.id);
        break;
      }
    }
  }
  for (const w of upper) for (const [a, id] of ACRONYMS) if (w.length >= 4 && nearlyEqual(w, a)) found.add(id);
  // in the lexicon's order, so that output is stable
  return TOPICS.filter((t) => found.has(t.id)).map((t) => t.id);
}

/** Deduplicated kinds, the cue's main kind first. */
export function orderKinds(kinds: readonly StanceKind[]): StanceKind[] {
  return [...new Set(kinds)];
}
