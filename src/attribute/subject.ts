/**
 * The subject of a cue: the nearest noun phrase before it that is not inside a
 * prepositional phrase ("by the ROK", "in the ROK") nor a possessor
 * ("China's position"), found by walking left over auxiliaries and adverbs.
 */
import type { Mention } from '../actors/index.js';
import { TIME_WORDS } from '../clauses/data/adverbials.js';
import type { CueHit } from '../clauses/index.js';
import type { Token } from '../nlp/wink.js';

export type Subject =
  | {
      readonly type: 'actor';
      readonly mention: Mention /** Grammar rules that led past words to it ("time-place-words"). */;
      readonly via?: string;
    }
  | { readonly type: 'inherit' }
  | { readonly type: 'nonactor'; readonly text: string; readonly at: number }
  | { readonly type: 'none' };

/** The id recorded in `because` when a subject was found past time and place words ("China on Thursday rejected"). */
export const TIME_PLACE_WORDS = 'time-place-words';
/** The id recorded when the subject opens a clause after a preposition ("hours after Beijing threatened"). */
export const SUBORDINATE_CLAUSE = 'subordinate-clause';

const BOUNDARY = new Set([';', ':', '(', ')', '--', '\u2014', '\u2013']);
const CLAUSE_WORDS = new Set(['that', 'whether', 'if', 'because', 'while', 'although', 'though', 'since', 'as', 'when', 'where', 'so']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

export function mentionCovering(mentions: readonly Mention[], i: number): Mention | undefined {
  for (const m of mentions) if (i >= m.start && i < m.end) return m;
  return undefined;
}

/** Is the mention the object of a preposition ("by the ROK", "of China", "among the ROK, the US and Japan")? */
export function inPrepositionalPhrase(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k--;
  const t = tokens[k];
  return !!t && t.pos === 'ADP' && t.lower !== 'that';
}

/** Could the mention be the subject of a clause (not a possessor, modifier, object of a preposition or of a verb)? */
export function subjectLike(tokens: readonly Token[], m: Mention): boolean {
  if (m.possessive || m.modifier || inPrepositionalPhrase(tokens, m)) return false;
  if (m.kind === 'pronoun') return SUBJECT_PRONOUNS.has(m.pronoun ?? '');
  let k = m.start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  const prev = tokens[k];
  return prev?.pos !== 'VERB';
}

/** The first actor before `at` that stands as a subject: "The two leaders" in "The two leaders discussed X and tasked ...". */
export function mainSubjectBefore(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention | null {
  for (const m of mentions) if (m.start < at && subjectLike(tokens, m)) return m;
  return null;
}

/**
 * Walk left from the cue at `at` (not past `from`) to its subject: an actor mention that is no possessor,
 * modifier or object of a preposition; "which"/"who" after an actor; a coordination that shares the earlier
 * subject; a noun phrase that is no actor; or nothing before a clause boundary.
 */
export function findSubject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  from: number,
  canInherit: boolean,
): Subject {
  let j = at - 1;
  let adverbial = false;
  while (j >= from) {
    const t = tokens[j] as Token;
    const m = mentionCovering(mentions, j);
    if (m) {
      // "... broke down, with both sides blaming the other": the actor before a gerund after "with" is its subject
      if (m.end === at && absoluteWith(tokens, m, at)) return { type: 'actor', mention: m };
      // "hours after Beijing threatened to ...": a preposition that also joins clauses opens one whose subject is the actor
      if (clauseAfterPreposition(tokens, m, at)) return { type: 'actor', mention: m, via: SUBORDINATE_CLAUSE };
      const skip = passedMention(tokens, m);
      if (skip === null) return adverbial ? { type: 'actor', mention: m, via: TIME_PLACE_WORDS } : { type: 'actor', mention: m };
      j = skip;
      continue;
    }
    const lower = t.lower;
    if (lower === 'which' || lower === 'who') return relativeAntecedent(tokens, mentions, j);
    // "The two leaders discussed X and tasked their teams", "... security, noting that": the verb shares the clause's subject
    if (lower === 'each' || lower === 'all' || t.pos === 'CCONJ') return { type: 'inherit' };
    if (t.text === ',') {
      if (canInherit || /ing$/.test(tokens[at]?.lower ?? '')) return { type: 'inherit' };
      j--;
      continue;
    }
    // "China (the PRC) agreed": a parenthesis between subject and verb is passed over
    if (t.text === ')') {
      const open = openingParenthesis(tokens, j, from);
      if (open >= from) {
        j = open - 1;
        continue;
      }
    }
    if (BOUNDARY.has(t.text)) return { type: 'none' };
    if (t.pos === 'SCONJ' || CLAUSE_WORDS.has(lower)) return { type: 'none' };
    if (t.pos === 'VERB') return { type: 'none' };
    // "The US on Thursday rejected", "China today warned", "Seoul here Wednesday said": time and place words are passed over
    if (TIME_WORDS.has(lower) && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADV')) {
      adverbial = true;
      j--;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') {
      const k = nounPhraseStart(tokens, mentions, j, from);
      const before = tokens[k - 1];
      // "the alliance between the ROK and ...": a phrase that is a preposition's object is passed over
      if (before && before.pos === 'ADP' && before.lower !== 'that') {
        j = k - 2;
        continue;
      }
      const text = tokens
        .slice(k, j + 1)
        .map((x) => x.text)
        .join(' ');
      return { type: 'nonactor', text, at: k };
    }
    j--;
  }
  return { type: 'none' };
}

/** Prepositions that also open a clause ("after Seoul rejected ...", "before Tokyo agreed ..."). */
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'as']);

/** "after Beijing (had) threatened": the actor after a clause-opening preposition, then only auxiliaries and adverbs before the cue. */
function clauseAfterPreposition(tokens: readonly Token[], m: Mention, at: number): boolean {
  if (m.possessive || m.modifier || m.kind === 'pronoun') return false;
  let k = m.start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  if (!CLAUSE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  for (let q = m.end; q < at; q++) if (!/^(AUX|ADV|PART)$/.test(tokens[q]?.pos ?? '')) return false;
  const verb = tokens[at];
  return !!verb && /^(VERB|AUX)$/.test(verb.pos);
}

/** "with both sides blaming the other": "with", an actor, and the gerund at `at` right after it. */
function absoluteWith(tokens: readonly Token[], m: Mention, at: number): boolean {
  let k = m.start - 1;
  while (k >= 0 && tokens[k]?.pos === 'DET') k--;
  return tokens[k]?.lower === 'with' && /ing$/.test(tokens[at]?.lower ?? '');
}

/** Where the walk goes on past a mention that cannot be the subject (a possessor, a modifier, a preposition's object); null when it is the subject. */
function passedMention(tokens: readonly Token[], m: Mention): number | null {
  if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(m.pronoun ?? '')) return m.start - 1;
  if (m.possessive || (m.modifier && m.kind !== 'pronoun')) return m.start - 1;
  if (inPrepositionalPhrase(tokens, m)) {
    let k = m.start - 1;
    while (k >= 0 && tokens[k]?.pos !== 'ADP') k--;
    return k - 1;
  }
  return null;
}

/** "the Republic of Korea, which will host": the antecedent of a relative pronoun at `j`. */
function relativeAntecedent(tokens: readonly Token[], mentions: readonly Mention[], j: number): Subject {
  let k = j - 1;
  if (tokens[k]?.text === ',') k--;
  const a = mentionCovering(mentions, k);
  if (a && !a.possessive) return { type: 'actor', mention: a };
  return { type: 'nonactor', text: tokens[j]?.lower ?? '', at: j };
}

/** The "(" that the ")" at `j` closes, or a position before `from` when there is none. */
function openingParenthesis(tokens: readonly Token[], j: number, from: number): number {
  let depth = 0;
  let k = j;
  for (; k >= from; k--) {
    if (tokens[k]?.text === ')') depth++;
    else if (tokens[k]?.text === '(' && --depth === 0) break;
  }
  return k;
}

const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The first token of the noun phrase that ends at `j`: its nouns, adjectives, determiners, possessors and hyphens. */
function nounPhraseStart(tokens: readonly Token[], mentions: readonly Mention[], j: number, from: number): number {
  let k = j;
  while (k - 1 >= from) {
    const p = tokens[k - 1] as Token;
    if (mentionCovering(mentions, k - 1)?.possessive || p.lower === "'s" || NOUN_PHRASE_POS.has(p.pos) || p.text === '-') k--;
    else break;
  }
  return k;
}

/** "Recognizing the threat ..., we commit": the subject of the main clause after the opening participle. */
export function subjectAfterIntro(tokens: readonly Token[], mentions: readonly Mention[], at: number): Subject {
  let k = at + 1;
  while (k < tokens.length && tokens[k]?.text !== ',') k++;
  for (let q = k + 1; q < tokens.length; q++) {
    const m = mentionCovering(mentions, q);
    if (m && subjectLike(tokens, m)) return { type: 'actor', mention: m };
    if (m) {
      q = m.end - 1;
      continue;
    }
    const t = tokens[q] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return { type: 'none' };
}

/**
 * "was welcomed by Seoul": the agent after "by". "It is hoped that", "it was agreed that": impersonal, nobody
 * in the clause (the speaker's or the authors'). "is expected to", "is valued at": no stance of anyone here.
 */
export function passiveAgent(tokens: readonly Token[], mentions: readonly Mention[], cue: CueHit): Subject | null {
  for (let k = cue.end; k < Math.min(tokens.length, cue.end + 3); k++) {
    if (tokens[k]?.lower === 'by') {
      const m = mentionCovering(mentions, k + 1) ?? mentionCovering(mentions, k + 2);
      return m ? { type: 'actor', mention: m } : { type: 'none' };
    }
  }
  let k = cue.head - 1;
  while (k >= 0 && tokens[k]?.pos === 'ADV') k--;
  return tokens[k - 1]?.lower === 'it' ? { type: 'none' } : null;
}

/** "its opposition", "China's position", "Chinese commitments", "their shared concerns". */
export function possessorOf(tokens: readonly Token[], mentions: readonly Mention[], cue: CueHit): Subject {
  let k = cue.head - 1;
  // skip the adjectives between a possessor and its noun ("its firm opposition", "their shared concerns"), but not a demonym ("Chinese commitments")
  while (
    k >= 0 &&
    !mentionCovering(mentions, k) &&
    (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV' || tokens[k]?.lower === 'shared' || tokens[k]?.lower === 'common')
  )
    k--;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "'") k--;
  const m = mentionCovering(mentions, k);
  if (m && (m.possessive || m.modifier)) return { type: 'actor', mention: m };
  return { type: 'none' };
}
