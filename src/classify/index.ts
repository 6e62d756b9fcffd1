/**
 * Stage 6: kinds and topics. The kinds come from the cue (and its object and
 * negation) in the attribute stage; here they are ordered and deduplicated,
 * and the sentence's topics are found with tolerant acronym matching.
 */

import { escapeRegExp } from '../shared/regex.js';
import type { StanceKind } from '../types.js';
import { TOPICS } from './data/topics.js';

interface CompiledTopic {
  readonly id: string;
  readonly re: RegExp | null;
  readonly acronyms: readonly string[];
}

const COMPILED: readonly CompiledTopic[] = TOPICS.map((t) => ({
  id: t.id,
  re:
    t.phrases.length > 0
      ? new RegExp(`(?<![A-Za-z])(?:${t.phrases.map((p) => escapeRegExp(p).replace(/[\s-]+/g, '[\\s-]')).join('|')})(?![A-Za-z])`, 'i')
      : null,
  acronyms: t.acronyms ?? [],
}));

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
  const found: string[] = [];
  const upper = sentence.match(UPPER_WORD) ?? [];
  for (const t of COMPILED) {
    if (t.re?.test(sentence) || t.acronyms.some((a) => upper.some((w) => nearlyEqual(w, a)))) found.push(t.id);
  }
  return found;
}

/** Deduplicated kinds, the cue's main kind first. */
export function orderKinds(kinds: readonly StanceKind[]): StanceKind[] {
  return [...new Set(kinds)];
}
