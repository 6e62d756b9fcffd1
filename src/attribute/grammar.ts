/** Small readings of a sentence's grammar that several attribution rules and the discourse share. */
import type { Mention } from '../actors/index.js';
import type { CueHit } from '../clauses/index.js';
import type { Token } from '../nlp/wink.js';
import type { Sentence } from '../segment/index.js';
import { inPrepositionalPhrase, mentionCovering } from './subject.js';

/** A list item that opens with a bare verb: "Halt the flow ...", "Effectively eliminate ...", "Open its market ..." (wink may tag it ADJ or NOUN). */
export function startsWithVerb(s: Sentence): boolean {
  let i = s.bodyFrom;
  while (s.tokens[i]?.pos === 'ADV') i++;
  const t = s.tokens[i];
  const next = s.tokens[i + 1];
  if (!t || !next || t.lemma !== t.lower || !/^[A-Za-z]+$/.test(t.text)) return false;
  if (i === s.bodyFrom && !/^[A-Z]/.test(t.text)) return false;
  if (t.pos === 'VERB') return true;
  return (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && /^(DET|PRON|ADJ|PROPN|NUM)$/.test(next.pos);
}

/** Is the token at `i` inside a quotation of the sentence (an odd number of quote marks before it)? */
export function insideQuotes(tokens: readonly Token[], i: number): boolean {
  let n = 0;
  for (let k = 0; k < i; k++) if (tokens[k]?.text === '"') n++;
  return n % 2 === 1;
}

/** After the reporting verb: "that", a colon or quote, or a clause of its own ("said China will ..."). */
export function introducesContent(tokens: readonly Token[], cue: CueHit): boolean {
  let k = cue.end;
  while (tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k];
  if (!next) return false;
  if (/^(that|:|"|,)$/.test(next.lower)) return true;
  // "said China will", "stressed the two sides should": a subject, then a verb within a few words
  for (let q = k + 1; q < Math.min(tokens.length, k + 6); q++) if (tokens[q]?.pos === 'VERB' || tokens[q]?.pos === 'AUX') return true;
  return false;
}

/** ", and the United States recognizes": a subject that opens a coordinated clause, not a complement. */
export function newClause(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  const w = tokens[k]?.lower ?? '';
  return w === ';' || ((w === 'and' || w === 'but' || w === 'while' || w === 'whereas') && tokens[k - 1]?.text === ',');
}

/** Partners of an agreement: "a deal with President Xi Jinping of China". */
export function withPartners(tokens: readonly Token[], mentions: readonly Mention[], from: number): string[] {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    if (tokens[k]?.lower === 'with') {
      const m = mentionCovering(mentions, k + 1) ?? mentionCovering(mentions, k + 2);
      if (m && inPrepositionalPhrase(tokens, m) && m.kind !== 'pronoun') return [...m.states];
      return [];
    }
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.text === ',') return [];
  }
  return [];
}
